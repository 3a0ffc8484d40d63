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
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { AddonBlueprint } from '@backstage/plugin-techdocs-react/alpha';
import FeedbackIcon from '@material-ui/icons/Feedback';
import { devzeroApiRef } from './api/DevzeroApi';
import { DevzeroClient } from './api/DevzeroClient';
import { ReportFrictionAddon } from './components/ReportFriction';
import { FINDING_KINDS_FILTER } from './kinds';
import { findingRouteRef, rootRouteRef } from './routes';

const devzeroApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: devzeroApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new DevzeroClient(deps),
    }),
});

const devzeroPage = PageBlueprint.make({
  params: {
    path: '/devzero',
    // Short enough for the sidebar.
    title: 'Friction',
    icon: <FeedbackIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    // The page draws its own header, with its tabs and "Report friction".
    noHeader: true,
    loader: () =>
      import('./components/DevzeroPage').then(m => <m.DevzeroPage />),
  },
});

const devzeroCard = EntityCardBlueprint.make({
  name: 'findings',
  params: {
    filter: FINDING_KINDS_FILTER,
    loader: () =>
      import('./components/Entity/EntityDevzeroCard').then(m => (
        <m.EntityDevzeroCard tabPath="devzero" />
      )),
  },
});

const devzeroContent = EntityContentBlueprint.make({
  name: 'findings',
  params: {
    path: '/devzero',
    title: 'Friction',
    group: 'fitsys',
    filter: FINDING_KINDS_FILTER,
    loader: () =>
      import('./components/Entity/EntityDevzeroContent').then(m => (
        <m.EntityDevzeroContent />
      )),
  },
});

const reportFrictionAddon = AddonBlueprint.make({
  name: 'report-friction',
  params: {
    name: 'DevzeroReportFriction',
    location: 'Content',
    component: ReportFrictionAddon,
  },
});

/** Developer Zero for apps on the new frontend system. */
export default createFrontendPlugin({
  pluginId: 'devzero',
  title: 'Developer Zero',
  icon: <FeedbackIcon />,
  routes: convertLegacyRouteRefs({
    root: rootRouteRef,
    finding: findingRouteRef,
  }),
  extensions: [
    devzeroApi,
    devzeroPage,
    devzeroCard,
    devzeroContent,
    reportFrictionAddon,
  ],
});
