import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
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
