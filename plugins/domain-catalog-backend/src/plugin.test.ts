import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { driftCatalog } from './__testUtils__/driftCatalog';
import domainCatalogPlugin from './index';

const ctx = (name: string) => `boundedcontext:default/${name}`;

async function start() {
  const { server } = await startTestBackend({
    features: [
      domainCatalogPlugin,
      catalogServiceMock.factory({ entities: driftCatalog() }),
      mockServices.rootConfig.factory({
        data: {
          fitsys: {
            domainCatalog: {
              drift: {
                undeclaredCouplingExemptions: ['runtime'],
                sharedResourceTypes: ['database'],
              },
            },
          },
        },
      }),
    ],
  });
  return server;
}

describe('domain-catalog backend', () => {
  let server: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    server = await start();
  });

  it('serves the context map, filtered by domain', async () => {
    const res = await request(server).get(
      '/api/domain-catalog/map?domain=finance',
    );
    expect(res.status).toBe(200);
    expect(res.body.contexts.map((c: any) => c.name)).toEqual([
      'ledger',
      'payouts',
      'reporting',
      'settlement',
    ]);
    expect(res.body.edges.length).toBeGreaterThan(0);
  });

  it('focuses the map on a context', async () => {
    const res = await request(server).get(
      `/api/domain-catalog/map?focus=reporting&depth=1`,
    );
    expect(res.body.contexts.map((c: any) => c.name)).toEqual([
      'ledger',
      'reporting',
    ]);
  });

  it('answers bad map parameters with a 400 naming them', async () => {
    const depth = await request(server).get('/api/domain-catalog/map?depth=9');
    expect(depth.status).toBe(400);
    expect(depth.body.error.message).toMatch(
      /^depth: Number must be less than or equal to 3/,
    );
    const unknown = await request(server).get(
      '/api/domain-catalog/map?colour=red',
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe('query: unknown field(s) colour');
    const badRef = await request(server).get(
      '/api/domain-catalog/map?domain=a:b:c',
    );
    expect(badRef.status).toBe(400);
    expect(badRef.body.error.message).toContain(
      'domain: "a:b:c" is not a domain ref',
    );
    const missing = await request(server).get(
      '/api/domain-catalog/map?focus=nowhere',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(
      `focus: there is no BoundedContext ${ctx('nowhere')}`,
    );
  });

  it('aggregates the map by domain', async () => {
    const res = await request(server).get('/api/domain-catalog/map/domains');
    expect(res.status).toBe(200);
    expect(res.body.nodes.map((n: any) => n.name)).toEqual([
      'cards',
      'finance',
      'payments',
      'platform',
    ]);
  });

  it('details one context, and 404s an unknown one', async () => {
    const res = await request(server).get(
      '/api/domain-catalog/contexts/default/ledger',
    );
    expect(res.status).toBe(200);
    expect(res.body.context.terms.map((t: any) => t.term)).toEqual([
      'Transaction',
      'Acceptor',
      'Posting',
    ]);
    expect(res.body.members.map((m: any) => m.ref)).toEqual([
      'api:default/ledger-api',
      'component:default/ledger-service',
    ]);
    const missing = await request(server).get(
      '/api/domain-catalog/contexts/default/nope',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(
      `There is no BoundedContext ${ctx('nope')}`,
    );
  });

  it('serves the drift of the map or of one context, by kind', async () => {
    const all = await request(server).get('/api/domain-catalog/drift');
    expect(all.body.findings).toHaveLength(12);
    const one = await request(server).get(
      '/api/domain-catalog/drift?context=auth&kind=undeclared-coupling',
    );
    expect(one.body.findings.map((f: any) => f.id)).toEqual([
      `undeclared-coupling:${ctx('auth')}>${ctx('ledger')}`,
    ]);
    const bad = await request(server).get(
      '/api/domain-catalog/drift?kind=typo',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^kind: /);
  });

  it('searches the glossary with paging, and lists collisions', async () => {
    const res = await request(server).get(
      '/api/domain-catalog/glossary?q=transaction&limit=1',
    );
    expect(res.body).toMatchObject({ totalItems: 2, offset: 0, limit: 1 });
    expect(res.body.items).toHaveLength(1);
    const collisions = await request(server).get(
      '/api/domain-catalog/glossary/collisions',
    );
    expect(collisions.body.items.map((c: any) => c.term)).toEqual([
      'Acceptor',
      'Transaction',
    ]);
    const bad = await request(server).get(
      '/api/domain-catalog/glossary?limit=0',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^limit: /);
  });

  it("tells an entity's context, and refuses kinds that cannot have one", async () => {
    const res = await request(server).get(
      '/api/domain-catalog/entities/component/default/portal-web/context',
    );
    expect(res.body).toMatchObject({
      via: 'system',
      context: { name: 'portal' },
    });
    const none = await request(server).get(
      '/api/domain-catalog/entities/component/default/unknown/context',
    );
    expect(none.status).toBe(200);
    expect(none.body.context).toBeUndefined();
    const user = await request(server).get(
      '/api/domain-catalog/entities/user/default/sam/context',
    );
    expect(user.status).toBe(400);
    expect(user.body.error.message).toBe(
      'kind: a context applies to a component, api, resource or system, not "user"',
    );
  });

  it('lists the contexts of a domain', async () => {
    const res = await request(server).get(
      '/api/domain-catalog/domains/default/payments',
    );
    expect(res.body.contexts.map((c: any) => c.name)).toEqual([
      'auth',
      'card-vault',
      'fraud',
      'portal',
    ]);
    expect(
      (await request(server).get('/api/domain-catalog/domains/default/nope'))
        .status,
    ).toBe(404);
  });

  it('exports the map as CML, Mermaid and DOT', async () => {
    const cml = await request(server).get(
      '/api/domain-catalog/export?format=cml&domain=finance',
    );
    expect(cml.status).toBe(200);
    expect(cml.headers['content-disposition']).toBe(
      'attachment; filename="context-map.cml"',
    );
    expect(cml.text).toContain('BoundedContext Ledger implements Finance');
    const mermaid = await request(server).get(
      '/api/domain-catalog/export?format=mermaid',
    );
    expect(mermaid.text).toMatch(/^flowchart LR/);
    const dot = await request(server).get(
      '/api/domain-catalog/export?format=dot',
    );
    expect(dot.text).toMatch(/^digraph ContextMap/);
    const bad = await request(server).get(
      '/api/domain-catalog/export?format=png',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^format: Invalid enum value/);
  });

  it('serves the canvas as Markdown and JSON downloads', async () => {
    const md = await request(server).get(
      '/api/domain-catalog/contexts/default/ledger/canvas',
    );
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.text).toContain('# Bounded Context Canvas: ledger');
    const json = await request(server).get(
      '/api/domain-catalog/contexts/default/ledger/canvas?format=json',
    );
    expect(json.body).toMatchObject({
      name: 'ledger',
      classification: 'supporting',
    });
    expect(
      (
        await request(server).get(
          '/api/domain-catalog/contexts/default/ledger/canvas?format=pdf',
        )
      ).status,
    ).toBe(400);
  });

  it('converts CML to catalog YAML, and refuses CML that does not parse with its line and column', async () => {
    const ok = await request(server)
      .post('/api/domain-catalog/import/cml')
      .send({
        source:
          'ContextMap M { A -> B } BoundedContext A implements X BoundedContext B implements X',
        owner: 'architects',
      });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      contexts: 2,
      relationships: 1,
      warnings: [],
      notImported: [],
      notImportedCount: 0,
    });
    expect(ok.body.yaml).toContain('kind: BoundedContext');
    const broken = await request(server)
      .post('/api/domain-catalog/import/cml')
      .send({
        source: 'ContextMap M {\n  A [U,XYZ]->[D] B\n}',
        owner: 'architects',
      });
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toBe(
      "source: line 2, column 8: expected a relationship role (U, D, S, C, OHS, PL, ACL, CF, P, SK), found 'XYZ'",
    );
    const missing = await request(server)
      .post('/api/domain-catalog/import/cml')
      .send({ source: 'x' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe('body.owner: Required');
    const notJson = await request(server)
      .post('/api/domain-catalog/import/cml')
      .set('content-type', 'application/json')
      .send('{"source": ');
    expect(notJson.status).toBe(400);
  });

  it('refuses requests without credentials', async () => {
    const res = await request(server)
      .get('/api/domain-catalog/map')
      .set('authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });
});
