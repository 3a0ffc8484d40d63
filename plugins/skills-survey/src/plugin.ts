import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createCardExtension } from '@backstage/plugin-home-react';
import { skillsSurveyApiRef } from './api/SkillsSurveyApi';
import { SkillsSurveyClient } from './api/SkillsSurveyClient';
import { rootRouteRef } from './routes';

/** The skills survey, for apps on the legacy frontend system. */
export const skillsSurveyPlugin = createPlugin({
  id: 'skills-survey',
  apis: [
    createApiFactory({
      api: skillsSurveyApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new SkillsSurveyClient(deps),
    }),
  ],
  routes: { root: rootRouteRef },
});

/** The skills-survey page: the survey, results, campaigns and helpers. */
export const SkillsSurveyPage = skillsSurveyPlugin.provide(
  createRoutableExtension({
    name: 'SkillsSurveyPage',
    component: () =>
      import('./components/SkillsSurveyPage').then(m => m.SkillsSurveyPage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The home page card: while a campaign is open and the signed-in person has
 * not answered, a prompt to answer it; otherwise a line saying so.
 */
export const SkillsSurveyHomeCard = skillsSurveyPlugin.provide(
  createCardExtension({
    name: 'SkillsSurveyHomeCard',
    title: 'Skills survey',
    description: 'A prompt to answer the open skills survey',
    components: () =>
      import('./components/SurveyPrompt/SkillsSurveyHomeCard').then(m => ({
        Content: m.SkillsSurveyHomeCardContent,
      })),
  }),
);
