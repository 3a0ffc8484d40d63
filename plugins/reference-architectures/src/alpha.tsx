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
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import { TypedSearchResultListItem } from '@internal/plugin-fitsys-react';
import GavelIcon from '@material-ui/icons/Gavel';
import LibraryBooksIcon from '@material-ui/icons/LibraryBooks';
import { referenceArchitecturesApiRef } from './api/ReferenceArchitecturesApi';
import { ReferenceArchitecturesClient } from './api/ReferenceArchitecturesClient';
import { isReferenceArchitectureAdopter } from './filters';
import {
  architectureRouteRef,
  compareRouteRef,
  decisionsRouteRef,
  rootRouteRef,
} from './routes';

const referenceArchitecturesApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: referenceArchitecturesApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new ReferenceArchitecturesClient(deps),
    }),
});

const referenceArchitecturesPage = PageBlueprint.make({
  params: {
    path: '/reference-architectures',
    // Short enough for the sidebar.
    title: 'Architectures',
    icon: <LibraryBooksIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    // Each page draws its own header, with its tabs.
    noHeader: true,
    loader: () =>
      import('./components/ReferenceArchitecturesPage').then(m => (
        <m.ReferenceArchitecturesPage />
      )),
  },
});

const referenceArchitectureCard = EntityCardBlueprint.make({
  name: 'reference-architecture',
  params: {
    filter: isReferenceArchitectureAdopter,
    loader: () =>
      import('./components/Entity').then(m => (
        <m.EntityReferenceArchitectureCard />
      )),
  },
});

// Search: reference architectures and decisions are result types of their own,
// each with a filter and an icon. The types are the collators' (the
// reference-architectures search backend module).
const searchTypes = [
  {
    name: 'architectures',
    value: 'reference-architecture',
    filterName: 'Reference architectures',
    typeLabel: 'Reference architecture',
    icon: LibraryBooksIcon,
  },
  {
    name: 'decisions',
    value: 'architecture-decision',
    filterName: 'Decisions',
    typeLabel: 'Decision',
    icon: GavelIcon,
  },
];

const searchExtensions = searchTypes.flatMap(type => {
  const Icon = type.icon;
  return [
    SearchFilterResultTypeBlueprint.make({
      name: type.name,
      params: { value: type.value, name: type.filterName, icon: <Icon /> },
    }),
    SearchResultListItemBlueprint.make({
      name: type.name,
      params: {
        icon: <Icon />,
        predicate: result => result.type === type.value,
        component: async () => props =>
          (
            <TypedSearchResultListItem
              result={props.result}
              rank={props.rank}
              icon={<Icon />}
              typeLabel={type.typeLabel}
            />
          ),
      },
    }),
  ];
});

/** The reference architectures for apps on the new frontend system. */
export default createFrontendPlugin({
  pluginId: 'reference-architectures',
  title: 'Reference architectures',
  icon: <LibraryBooksIcon />,
  routes: convertLegacyRouteRefs({
    root: rootRouteRef,
    architecture: architectureRouteRef,
    compare: compareRouteRef,
    decisions: decisionsRouteRef,
  }),
  extensions: [
    referenceArchitecturesApi,
    referenceArchitecturesPage,
    referenceArchitectureCard,
    ...searchExtensions,
  ],
});
