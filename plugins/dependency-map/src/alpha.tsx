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
import DeviceHubIcon from '@material-ui/icons/DeviceHub';
import { dependencyMapApiRef } from './api/DependencyMapApi';
import { DependencyMapClient } from './api/DependencyMapClient';
import { isInDependencyMap } from './filters';
import { graphRouteRef, impactRouteRef, rootRouteRef } from './routes';

const dependencyMapApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: dependencyMapApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new DependencyMapClient(deps),
    }),
});

const dependencyMapPage = PageBlueprint.make({
  params: {
    path: '/dependency-map',
    // Short enough for the sidebar.
    title: 'Dependencies',
    icon: <DeviceHubIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    // The page draws its own header, with its tabs.
    noHeader: true,
    loader: () =>
      import('./components/DependencyMapPage').then(m => (
        <m.DependencyMapPage />
      )),
  },
});

const dependencyMapCard = EntityCardBlueprint.make({
  name: 'dependency-map',
  params: {
    filter: isInDependencyMap,
    loader: () =>
      import('./components/Entity/EntityDependencyMapCard').then(m => (
        <m.EntityDependencyMapCard />
      )),
  },
});

/** The dependency map for apps on the new frontend system. */
export default createFrontendPlugin({
  pluginId: 'dependency-map',
  title: 'Dependency map',
  icon: <DeviceHubIcon />,
  routes: convertLegacyRouteRefs({
    root: rootRouteRef,
    impact: impactRouteRef,
    graph: graphRouteRef,
  }),
  extensions: [dependencyMapApi, dependencyMapPage, dependencyMapCard],
});
