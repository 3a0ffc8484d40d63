import { CatalogClient } from '@backstage/catalog-client';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  MockFetchApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { ReactElement } from 'react';
import { domainCatalogApiRef } from '../api/DomainCatalogApi';
import { DomainCatalogClient } from '../api/DomainCatalogClient';
import { rootRouteRef } from '../routes';

/** Where the tests' backend answers (msw). */
export const BASE = 'http://localhost:7007/api/domain-catalog';
/** Where the tests' catalog answers (msw). */
export const CATALOG_BASE = 'http://localhost:7007/api/catalog';

/** Renders with the real client against msw, and the routes links need. */
export function renderWithClient(
  element: ReactElement,
  routeEntries?: string[],
) {
  const fetchApi = new MockFetchApi();
  const client = new DomainCatalogClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi,
  });
  const catalog = new CatalogClient({
    discoveryApi: { getBaseUrl: async () => CATALOG_BASE },
    fetchApi,
  });
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [domainCatalogApiRef, client],
        [catalogApiRef, catalog],
      ]}
    >
      {element}
    </TestApiProvider>,
    {
      routeEntries,
      mountedRoutes: {
        '/domain-catalog': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}
