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
  EntityContextMenuItemBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import { AddonBlueprint } from '@backstage/plugin-techdocs-react/alpha';
import { TypedSearchResultListItem } from '@internal/plugin-fitsys-react';
import FeedbackIcon from '@material-ui/icons/Feedback';
import { devzeroApiRef } from './api/DevzeroApi';
import { DevzeroClient } from './api/DevzeroClient';
import { ReportFrictionAddon } from './components/ReportFriction';
import { useReportFrictionMenuItem } from './components/ReportFriction/useReportFrictionMenuItem';
import { FINDING_KINDS, FINDING_KINDS_FILTER } from './kinds';
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

// In the entity page's header menu, so filing is one click from anywhere on
// the page, not only from the card at the foot of the Overview.
const reportFrictionMenuItem = EntityContextMenuItemBlueprint.make({
  name: 'report-friction',
  params: {
    icon: <FeedbackIcon fontSize="small" />,
    filter: entity =>
      FINDING_KINDS.some(
        kind =>
          kind.toLocaleLowerCase('en-US') ===
          entity.kind.toLocaleLowerCase('en-US'),
      ),
    useProps: useReportFrictionMenuItem,
  },
});

// Search: findings are a result type of their own, with a filter and an icon.
const FINDING_TYPE = 'devzero-finding';

const findingSearchFilter = SearchFilterResultTypeBlueprint.make({
  name: 'findings',
  params: {
    value: FINDING_TYPE,
    name: 'Friction findings',
    icon: <FeedbackIcon />,
  },
});

const findingSearchResultItem = SearchResultListItemBlueprint.make({
  name: 'findings',
  params: {
    icon: <FeedbackIcon />,
    predicate: result => result.type === FINDING_TYPE,
    component: async () => props =>
      (
        <TypedSearchResultListItem
          result={props.result}
          rank={props.rank}
          icon={<FeedbackIcon />}
          typeLabel="Friction finding"
        />
      ),
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
    reportFrictionMenuItem,
    reportFrictionAddon,
    findingSearchFilter,
    findingSearchResultItem,
  ],
});
