import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  MockFetchApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { ReactElement } from 'react';
import { dependencyMapApiRef } from '../api/DependencyMapApi';
import { DependencyMapClient } from '../api/DependencyMapClient';
import { rootRouteRef } from '../routes';

/** Where the tests' backend answers (msw). */
export const BASE = 'http://localhost:7007/api/dependency-map';

/** Renders with the real client against msw, and the routes links need. */
export function renderWithClient(
  element: ReactElement,
  routeEntries?: string[],
) {
  const client = new DependencyMapClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: new MockFetchApi(),
  });
  return renderInTestApp(
    <TestApiProvider apis={[[dependencyMapApiRef, client]]}>
      {element}
    </TestApiProvider>,
    {
      routeEntries,
      mountedRoutes: {
        '/dependency-map': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}
