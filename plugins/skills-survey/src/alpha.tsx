import {
  convertLegacyRouteRef,
  convertLegacyRouteRefs,
} from '@backstage/core-compat-api';
import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import SchoolIcon from '@material-ui/icons/School';
import { skillsSurveyApiRef } from './api/SkillsSurveyApi';
import { SkillsSurveyClient } from './api/SkillsSurveyClient';
import { rootRouteRef } from './routes';

const skillsSurveyApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: skillsSurveyApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new SkillsSurveyClient(deps),
    }),
});

const skillsSurveyPage = PageBlueprint.make({
  params: {
    path: '/skills-survey',
    title: 'Skills survey',
    icon: <SchoolIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    // The page draws its own header and tabs.
    noHeader: true,
    loader: () =>
      import('./components/SkillsSurveyPage').then(m => <m.SkillsSurveyPage />),
  },
});

// On the home page: while a campaign is open and the signed-in person has
// not answered, a prompt to answer it; otherwise a line saying so.
const skillsSurveyHomeCard = HomePageWidgetBlueprint.make({
  name: 'prompt',
  params: {
    name: 'SkillsSurveyHomeCard',
    title: 'Skills survey',
    description: 'A prompt to answer the open skills survey',
    layout: { width: { defaultColumns: 6 }, height: { defaultRows: 3 } },
    components: () =>
      import('./components/SurveyPrompt/SkillsSurveyHomeCard').then(m => ({
        Content: m.SkillsSurveyHomeCardContent,
      })),
  },
});

/** The skills survey for apps on the new frontend system. */
export default createFrontendPlugin({
  pluginId: 'skills-survey',
  title: 'Skills survey',
  icon: <SchoolIcon />,
  routes: convertLegacyRouteRefs({ root: rootRouteRef }),
  extensions: [skillsSurveyApi, skillsSurveyPage, skillsSurveyHomeCard],
});
