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
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import { TypedSearchResultListItem } from '@internal/plugin-fitsys-react';
import AccountTreeIcon from '@material-ui/icons/AccountTree';
import TranslateIcon from '@material-ui/icons/Translate';
import { domainCatalogApiRef } from './api/DomainCatalogApi';
import { DomainCatalogClient } from './api/DomainCatalogClient';
import { hasBoundedContextSupport, isBoundedContext } from './filters';
import {
  contextRouteRef,
  driftRouteRef,
  glossaryRouteRef,
  importRouteRef,
  rootRouteRef,
} from './routes';

const domainCatalogApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: domainCatalogApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new DomainCatalogClient(deps),
    }),
});

const domainCatalogPage = PageBlueprint.make({
  params: {
    path: '/domain-catalog',
    // Short enough for the sidebar.
    title: 'Domains',
    icon: <AccountTreeIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    // The page draws its own header, with its tabs.
    noHeader: true,
    loader: () =>
      import('./components/DomainCatalogPage').then(m => (
        <m.DomainCatalogPage />
      )),
  },
});

const boundedContextCard = EntityCardBlueprint.make({
  name: 'bounded-context',
  params: {
    filter: hasBoundedContextSupport,
    type: 'info',
    loader: () =>
      import('./components/Entity/EntityBoundedContextCard').then(m => (
        <m.EntityBoundedContextCard />
      )),
  },
});

const domainContextsCard = EntityCardBlueprint.make({
  name: 'domain-contexts',
  params: {
    filter: 'kind:domain',
    loader: () =>
      import('./components/Entity/EntityDomainContextsCard').then(m => (
        <m.EntityDomainContextsCard />
      )),
  },
});

const boundedContextOverviewCard = EntityCardBlueprint.make({
  name: 'bounded-context-overview',
  params: {
    filter: isBoundedContext,
    type: 'info',
    loader: () =>
      import('./components/Entity/EntityBoundedContextOverviewCard').then(m => (
        <m.EntityBoundedContextOverviewCard />
      )),
  },
});

const boundedContextContent = EntityContentBlueprint.make({
  name: 'bounded-context',
  params: {
    path: '/context',
    title: 'Context',
    group: 'fitsys',
    filter: isBoundedContext,
    loader: () =>
      import('./components/Entity/EntityContextContent').then(m => (
        <m.EntityContextContent />
      )),
  },
});

// Search: glossary terms are a result type of their own, with a filter and an
// icon.
const GLOSSARY_TYPE = 'domain-glossary';

const glossarySearchFilter = SearchFilterResultTypeBlueprint.make({
  name: 'glossary',
  params: {
    value: GLOSSARY_TYPE,
    name: 'Glossary terms',
    icon: <TranslateIcon />,
  },
});

const glossarySearchResultItem = SearchResultListItemBlueprint.make({
  name: 'glossary',
  params: {
    icon: <TranslateIcon />,
    predicate: result => result.type === GLOSSARY_TYPE,
    component: async () => props =>
      (
        <TypedSearchResultListItem
          result={props.result}
          rank={props.rank}
          icon={<TranslateIcon />}
          typeLabel="Glossary term"
        />
      ),
  },
});

/** The domain catalog for apps on the new frontend system. */
export default createFrontendPlugin({
  pluginId: 'domain-catalog',
  title: 'Domain catalog',
  icon: <AccountTreeIcon />,
  routes: convertLegacyRouteRefs({
    root: rootRouteRef,
    context: contextRouteRef,
    glossary: glossaryRouteRef,
    drift: driftRouteRef,
    import: importRouteRef,
  }),
  extensions: [
    domainCatalogApi,
    domainCatalogPage,
    boundedContextCard,
    domainContextsCard,
    boundedContextOverviewCard,
    boundedContextContent,
    glossarySearchFilter,
    glossarySearchResultItem,
  ],
});
