import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { domainCatalogApiRef } from './api/DomainCatalogApi';
import { DomainCatalogClient } from './api/DomainCatalogClient';
import {
  contextRouteRef,
  driftRouteRef,
  glossaryRouteRef,
  importRouteRef,
  rootRouteRef,
} from './routes';

/** The domain catalog, for apps on the legacy frontend system. */
export const domainCatalogPlugin = createPlugin({
  id: 'domain-catalog',
  apis: [
    createApiFactory({
      api: domainCatalogApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new DomainCatalogClient(deps),
    }),
  ],
  routes: {
    root: rootRouteRef,
    context: contextRouteRef,
    glossary: glossaryRouteRef,
    drift: driftRouteRef,
    import: importRouteRef,
  },
});

/** The domain catalog page: context map, glossary, drift, CML import, contexts. */
export const DomainCatalogPage = domainCatalogPlugin.provide(
  createRoutableExtension({
    name: 'DomainCatalogPage',
    component: () =>
      import('./components/DomainCatalogPage').then(m => m.DomainCatalogPage),
    mountPoint: rootRouteRef,
  }),
);

/** Entity card: the bounded context of a component, API, resource or system. */
export const EntityBoundedContextCard = domainCatalogPlugin.provide(
  createComponentExtension({
    name: 'EntityBoundedContextCard',
    component: {
      lazy: () =>
        import('./components/Entity/EntityBoundedContextCard').then(
          m => m.EntityBoundedContextCard,
        ),
    },
  }),
);

/** Entity card: a Domain's sub-domains and contexts. */
export const EntityDomainContextsCard = domainCatalogPlugin.provide(
  createComponentExtension({
    name: 'EntityDomainContextsCard',
    component: {
      lazy: () =>
        import('./components/Entity/EntityDomainContextsCard').then(
          m => m.EntityDomainContextsCard,
        ),
    },
  }),
);

/** Entity card: a BoundedContext's purpose, classification and counts, linking to its page. */
export const EntityBoundedContextOverviewCard = domainCatalogPlugin.provide(
  createComponentExtension({
    name: 'EntityBoundedContextOverviewCard',
    component: {
      lazy: () =>
        import('./components/Entity/EntityBoundedContextOverviewCard').then(
          m => m.EntityBoundedContextOverviewCard,
        ),
    },
  }),
);

/** Entity content: the domain catalog's view of a BoundedContext entity. */
export const EntityBoundedContextContent = domainCatalogPlugin.provide(
  createComponentExtension({
    name: 'EntityBoundedContextContent',
    component: {
      lazy: () =>
        import('./components/Entity/EntityContextContent').then(
          m => m.EntityContextContent,
        ),
    },
  }),
);
