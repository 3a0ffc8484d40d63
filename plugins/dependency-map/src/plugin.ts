import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { dependencyMapApiRef } from './api/DependencyMapApi';
import { DependencyMapClient } from './api/DependencyMapClient';
import { graphRouteRef, impactRouteRef, rootRouteRef } from './routes';

/** The dependency map, for apps on the legacy frontend system. */
export const dependencyMapPlugin = createPlugin({
  id: 'dependency-map',
  apis: [
    createApiFactory({
      api: dependencyMapApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new DependencyMapClient(deps),
    }),
  ],
  routes: {
    root: rootRouteRef,
    impact: impactRouteRef,
    graph: graphRouteRef,
  },
});

/** The dependency map page: hot spots, groups, journeys, blast radius, graph, matrix, risks. */
export const DependencyMapPage = dependencyMapPlugin.provide(
  createRoutableExtension({
    name: 'DependencyMapPage',
    component: () =>
      import('./components/DependencyMapPage').then(m => m.DependencyMapPage),
    mountPoint: rootRouteRef,
  }),
);

/** Entity card: the hot spots an entity needs, its blast radius and its honest availability. */
export const EntityDependencyMapCard = dependencyMapPlugin.provide(
  createComponentExtension({
    name: 'EntityDependencyMapCard',
    component: {
      lazy: () =>
        import('./components/Entity/EntityDependencyMapCard').then(
          m => m.EntityDependencyMapCard,
        ),
    },
  }),
);
