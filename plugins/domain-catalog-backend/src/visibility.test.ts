import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
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
import { resolveRef } from '@internal/plugin-fitsys-node';
import request from 'supertest';
import { driftCatalog } from './__testUtils__/driftCatalog';
import domainCatalogPlugin from './index';

const HIDDEN_TEAM = 'group:default/ledger-team';
const OUTSIDER = 'user:default/outsider';
const INSIDER = 'user:default/insider';

/** A policy that hides the ledger team's entities from the outsider, through the catalog's own rule. */
class HideLedgerTeam implements PermissionPolicy {
  async handle(
    query: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (
      isResourcePermission(query.permission, 'catalog-entity') &&
      user?.info.userEntityRef === OUTSIDER
    ) {
      return createCatalogConditionalDecision(query.permission, {
        not: catalogConditions.isEntityOwner({ claims: [HIDDEN_TEAM] }),
      });
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

/** The drift catalog with the ledger context, its service and API owned by the ledger team, and owner relations as the catalog records them. */
function catalog(): Entity[] {
  return driftCatalog().map((entity): Entity => {
    const name = entity.metadata.name;
    const spec = { ...entity.spec };
    if (['ledger-service', 'ledger-api'].includes(name)) {
      spec.owner = 'ledger-team';
    }
    const owner = resolveRef(spec.owner, 'group');
    return {
      ...entity,
      spec,
      relations: [
        ...(entity.relations ?? []),
        ...(owner ? [{ type: 'ownedBy', targetRef: owner }] : []),
      ],
    };
  });
}

/** Text only the ledger team's entities hold. */
const LEDGER_ONLY = [
  'ledger-service',
  'ledger-team',
  'Posting',
  'balanced set of postings',
];

const policy = new HideLedgerTeam();

describe('domain catalog: each caller sees only what the catalog shows them', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        domainCatalogPlugin,
        // The policy's decisions reach the plugin as the permissions
        // service gives them (the mock auth cannot make the on-behalf-of
        // tokens the permission backend wants for conditional decisions).
        mockServices.permissions.mock({
          async authorizeConditional(requests, { credentials }) {
            const principal = credentials.principal as {
              userEntityRef?: string;
            };
            const userEntityRef = principal.userEntityRef;
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
        catalogServiceMock.factory({ entities: catalog() }),
      ],
    }));
  });

  /** Answers that mention the hidden team in no way at all. */
  const SILENT = [
    '/map',
    '/map?focus=settlement',
    '/drift',
    '/glossary?limit=500',
    '/glossary?q=transaction',
    '/glossary/collisions',
    '/entities/component/default/settlement-job/context',
    '/domains/default/finance',
    '/export?format=cml',
    '/export?format=mermaid',
    '/export?format=dot',
  ];
  /** Settlement's own pages: its declaration names ledger as its upstream. */
  const DECLARED = [
    '/contexts/default/settlement',
    '/contexts/default/settlement/canvas?format=json',
  ];

  const answer = async (path: string, user: string) => {
    const res = await request(server)
      .get(`/api/domain-catalog${path}`)
      .set('authorization', mockCredentials.user.header(user));
    expect(`${res.status} ${JSON.stringify(res.body)}`).toMatch(/^200/);
    return JSON.stringify(res.body) + res.text;
  };

  it.each(SILENT)('GET %s says nothing of the hidden team', async path => {
    expect(await answer(path, OUTSIDER)).not.toMatch(/ledger/i);
    // The insider's answer holds the team's entities, so the check can fail.
    expect(await answer(path, INSIDER)).toMatch(/ledger/i);
  });

  it.each(DECLARED)(
    'GET %s holds nothing only the hidden team declares',
    async path => {
      const outsider = await answer(path, OUTSIDER);
      for (const text of LEDGER_ONLY) expect(outsider).not.toContain(text);
    },
  );

  it('aggregates by domain only what the caller sees', async () => {
    const finance = async (user: string) => {
      const res = await request(server)
        .get('/api/domain-catalog/map/domains')
        .set('authorization', mockCredentials.user.header(user));
      return res.body.nodes.find(
        (n: any) => n.ref === 'domain:default/finance',
      );
    };
    expect(await finance(INSIDER)).toMatchObject({
      contextCount: 4,
      termCount: 3,
    });
    expect(await finance(OUTSIDER)).toMatchObject({
      contextCount: 3,
      termCount: 0,
    });
  });

  it('shows the insider what the hidden team declares', async () => {
    const insider = await answer('/contexts/default/settlement', INSIDER);
    expect(LEDGER_ONLY.some(text => insider.includes(text))).toBe(true);
  });

  it('counts only what the caller sees', async () => {
    const get = (user: string, path: string) =>
      request(server)
        .get(`/api/domain-catalog${path}`)
        .set('authorization', mockCredentials.user.header(user));
    const insiderMap = (await get(INSIDER, '/map')).body;
    const outsiderMap = (await get(OUTSIDER, '/map')).body;
    const names = (map: any) => map.contexts.map((c: any) => c.name);
    expect(names(insiderMap)).toContain('ledger');
    expect(names(outsiderMap)).not.toContain('ledger');
    expect(outsiderMap.contexts).toHaveLength(insiderMap.contexts.length - 1);

    const insiderTerms = (await get(INSIDER, '/glossary?limit=500')).body;
    const outsiderTerms = (await get(OUTSIDER, '/glossary?limit=500')).body;
    expect(outsiderTerms.totalItems).toBe(insiderTerms.totalItems - 3);

    const finance = (await get(OUTSIDER, '/domains/default/finance')).body;
    expect(finance.contexts.map((c: any) => c.name)).not.toContain('ledger');
    const hidden = await get(OUTSIDER, '/contexts/default/ledger');
    expect(hidden.status).toBe(404);
    expect((await get(INSIDER, '/contexts/default/ledger')).status).toBe(200);
  });
});
