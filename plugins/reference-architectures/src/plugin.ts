import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { referenceArchitecturesApiRef } from './api/ReferenceArchitecturesApi';
import { ReferenceArchitecturesClient } from './api/ReferenceArchitecturesClient';
import {
  architectureRouteRef,
  compareRouteRef,
  decisionsRouteRef,
  rootRouteRef,
} from './routes';

/** The reference architectures, for apps on the legacy frontend system. */
export const referenceArchitecturesPlugin = createPlugin({
  id: 'reference-architectures',
  apis: [
    createApiFactory({
      api: referenceArchitecturesApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new ReferenceArchitecturesClient(deps),
    }),
  ],
  routes: {
    root: rootRouteRef,
    architecture: architectureRouteRef,
    compare: compareRouteRef,
    decisions: decisionsRouteRef,
  },
});

/** The library, each architecture's page, the comparison and the decisions. */
export const ReferenceArchitecturesPage = referenceArchitecturesPlugin.provide(
  createRoutableExtension({
    name: 'ReferenceArchitecturesPage',
    component: () =>
      import('./components/ReferenceArchitecturesPage').then(
        m => m.ReferenceArchitecturesPage,
      ),
    mountPoint: rootRouteRef,
  }),
);

/** Entity card: the reference architecture a system or component follows, and how well. */
export const EntityReferenceArchitectureCard =
  referenceArchitecturesPlugin.provide(
    createComponentExtension({
      name: 'EntityReferenceArchitectureCard',
      component: {
        lazy: () =>
          import('./components/Entity').then(
            m => m.EntityReferenceArchitectureCard,
          ),
      },
    }),
  );
