import { configApiRef, identityApiRef } from '@backstage/core-plugin-api';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  catalogApiRef,
  entityPresentationApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  mockApis,
  MockFetchApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { Finding } from '@internal/plugin-devzero-common';
import { ReactElement } from 'react';
import { devzeroApiRef } from '../api/DevzeroApi';
import { DevzeroClient } from '../api/DevzeroClient';
import { rootRouteRef } from '../routes';
import { catalogPresentation } from './presentation';

/** Where the tests' backend answers (msw). */
export const BASE = 'http://localhost:7007/api/devzero';

export const riley = 'user:default/riley.novak';
export const jordan = 'user:default/jordan.lee';

const cardAuthoriser = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'card-authoriser', title: 'Card Authoriser' },
  spec: { owner: 'group:default/card-authorisation-team' },
};

const cardAuthorisationContext = {
  apiVersion: 'fitsystems.dev/v1alpha1',
  kind: 'BoundedContext',
  metadata: { name: 'card-authorisation', title: 'Card Authorisation' },
  spec: { owner: 'group:default/card-authorisation-team' },
};

const noor = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'noor.siddiqui' },
  spec: {
    profile: { displayName: 'Noor Siddiqui' },
    memberOf: ['developer-zero'],
  },
};

const catalogEntities = [cardAuthoriser, cardAuthorisationContext, noor];

/** Renders with the real client against msw, a catalog, and the routes links need. */
export function renderWithClient(
  element: ReactElement,
  options: {
    routeEntries?: string[];
    user?: string;
    mayFile?: boolean;
    /** The refs the user owns through (their own and their groups'). */
    ownership?: string[];
    /** The portal's configuration, as the frontend sees it. */
    config?: Record<string, unknown>;
  } = {},
) {
  const client = new DevzeroClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: new MockFetchApi(),
  });
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [devzeroApiRef, client],
        [configApiRef, mockApis.config({ data: options.config as any })],
        [catalogApiRef, catalogApiMock({ entities: catalogEntities })],
        [entityPresentationApiRef, catalogPresentation(catalogEntities)],
        [
          identityApiRef,
          mockApis.identity({
            userEntityRef: options.user ?? riley,
            ownershipEntityRefs: options.ownership,
          }),
        ],
        [
          permissionApiRef,
          mockApis.permission({
            // AuthorizeResult's values, without depending on its package.
            authorize: (options.mayFile === false ? 'DENY' : 'ALLOW') as any,
          }),
        ],
      ]}
    >
      {element}
    </TestApiProvider>,
    {
      routeEntries: options.routeEntries,
      mountedRoutes: {
        '/devzero': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}

const clock = (state: Finding['sla']['triage']['state']) => ({
  state,
  dueAt: '2026-11-25T10:00:00.000Z',
});

/** A finding as the API returns it, with overrides. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    entityRef: 'component:default/card-authoriser',
    ownerRef: 'group:default/card-authorisation-team',
    title: 'The local set-up guide misses the HSM simulator',
    scenario: 'I tried to run card-authoriser locally.',
    journeyStep: 'set-up',
    category: 'documentation',
    severity: 'blocked-me',
    minutesLost: 45,
    totalMinutesLost: 45,
    reporterRef: riley,
    reporterHidden: false,
    mayContact: true,
    status: 'new',
    links: [],
    meTooCount: 0,
    commentCount: 0,
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    sla: { triage: clock('at-risk'), resolve: clock('on-track') },
    ...overrides,
  };
}

/** A page of findings. */
export const page = (items: Finding[], totalItems = items.length) => ({
  items,
  totalItems,
  offset: 0,
  limit: 25,
});
