import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  MockFetchApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { ArchitectureSummary } from '@internal/plugin-reference-architectures-common';
import { http, HttpResponse } from 'msw';
import { ReactElement } from 'react';
import { referenceArchitecturesApiRef } from '../api/ReferenceArchitecturesApi';
import { ReferenceArchitecturesClient } from '../api/ReferenceArchitecturesClient';
import { rootRouteRef } from '../routes';

/** Where the tests' backend answers (msw). */
export const BASE = 'http://localhost:7007/api/reference-architectures';

/** Renders with the real client against msw, and the routes links need. */
export function renderWithClient(
  element: ReactElement,
  routeEntries?: string[],
) {
  const client = new ReferenceArchitecturesClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: new MockFetchApi(),
  });
  return renderInTestApp(
    <TestApiProvider apis={[[referenceArchitecturesApiRef, client]]}>
      {element}
    </TestApiProvider>,
    {
      routeEntries,
      mountedRoutes: {
        '/reference-architectures': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}

/** An msw handler answering the library with these designs (links to versions need it). */
export function libraryOf(...items: ArchitectureSummary[]) {
  return http.get(`${BASE}/architectures`, () =>
    HttpResponse.json({
      items,
      totalCount: items.length,
      facets: { owners: [], tags: [], lifecycles: [] },
    }),
  );
}
