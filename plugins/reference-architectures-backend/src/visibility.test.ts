import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import request from 'supertest';
import { fixtureCatalog } from './__testUtils__/fixture';
import referenceArchitecturesPlugin from './index';

const OUTSIDER = 'user:default/outsider';
const INSIDER = 'user:default/insider';

/** Hides the data team's entities (the batch-job architecture and its adopter) from the outsider. */
class HideDataTeam implements PermissionPolicy {
  async handle(
    query: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (
      isResourcePermission(query.permission, 'catalog-entity') &&
      user?.info.userEntityRef === OUTSIDER
    ) {
      return createCatalogConditionalDecision(query.permission, {
        not: catalogConditions.isEntityOwner({
          claims: ['group:default/data'],
        }),
      });
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
const policy = new HideDataTeam();

describe('reference architectures: each caller sees only what the catalog shows them', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        referenceArchitecturesPlugin,
        mockServices.permissions.mock({
          async authorizeConditional(requests, { credentials }) {
            const userEntityRef = (
              credentials.principal as { userEntityRef?: string }
            ).userEntityRef;
            return Promise.all(
              requests.map(r =>
                policy.handle(
                  r,
                  userEntityRef
                    ? ({ info: { userEntityRef } } as PolicyQueryUser)
                    : undefined,
                ),
              ),
            ) as any;
          },
        }).factory,
        catalogServiceMock.factory({ entities: fixtureCatalog() }),
        mockServices.rootConfig.factory({ data: {} }),
      ],
    }));
  });

  const get = (path: string, user: string) =>
    request(server)
      .get(`/api/reference-architectures${path}`)
      .set('authorization', mockCredentials.user.header(user));

  it('leaves hidden architectures out of the library and its facets', async () => {
    const insider = await get('/architectures', INSIDER);
    expect(insider.body.items.map((i: any) => i.series)).toEqual([
      'event-driven-service',
      'scheduled-batch-job',
    ]);
    const outsider = await get('/architectures', OUTSIDER);
    expect(outsider.status).toBe(200);
    expect(outsider.body.items.map((i: any) => i.series)).toEqual([
      'event-driven-service',
    ]);
    expect(JSON.stringify(outsider.body)).not.toMatch(
      /batch|group:default\/data/,
    );
  });

  it('answers a hidden architecture or adopter as one that does not exist', async () => {
    const hidden = await get('/architectures/scheduled-batch-job', OUTSIDER);
    const absent = await get('/architectures/no-such-thing', OUTSIDER);
    expect([hidden.status, absent.status]).toEqual([404, 404]);
    expect(hidden.body.error.message).toBe(
      'architecture: there is no reference architecture "scheduled-batch-job"; GET /architectures lists them',
    );
    expect(
      (
        await get(
          '/conformance?entity=component:default/nightly-report',
          OUTSIDER,
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await get(
          '/conformance?entity=component:default/nightly-report',
          INSIDER,
        )
      ).status,
    ).toBe(200);
  });

  it('needs a signed-in caller', async () => {
    const res = await request(server)
      .get('/api/reference-architectures/architectures')
      .set('authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });
});
