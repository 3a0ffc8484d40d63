import { identityApiRef } from '@backstage/core-plugin-api';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  MockFetchApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { ReactElement } from 'react';
import { SWRConfig } from 'swr';
import { skillsSurveyApiRef } from '../api/SkillsSurveyApi';
import { SkillsSurveyClient } from '../api/SkillsSurveyClient';
import { rootRouteRef } from '../routes';

/** Where the tests' backend answers (msw). */
export const BASE = 'http://localhost:7007/api/skills-survey';

export const jordan = 'user:default/jordan.lee';
export const sam = 'user:default/sam.okafor';

/** Renders with the real client against msw; `allowed` names the permissions granted. */
export function renderWithClient(
  element: ReactElement,
  options: {
    routeEntries?: string[];
    user?: string;
    /** Permission names the policy allows; every one when left out. */
    allowed?: string[];
  } = {},
) {
  const client = new SkillsSurveyClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: new MockFetchApi(),
  });
  const { allowed } = options;
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [skillsSurveyApiRef, client],
        [catalogApiRef, catalogApiMock({ entities: [] })],
        [
          identityApiRef,
          mockApis.identity({ userEntityRef: options.user ?? jordan }),
        ],
        [
          permissionApiRef,
          mockApis.permission({
            // AuthorizeResult's values, without depending on its package.
            authorize: request =>
              (!allowed || allowed.includes(request.permission.name)
                ? 'ALLOW'
                : 'DENY') as any,
          }),
        ],
      ]}
    >
      {/* usePermission caches decisions in SWR: a fresh cache per test. */}
      <SWRConfig value={{ provider: () => new Map() }}>{element}</SWRConfig>
    </TestApiProvider>,
    {
      routeEntries: options.routeEntries,
      mountedRoutes: {
        '/skills-survey': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}
