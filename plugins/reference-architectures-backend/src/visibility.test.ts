import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { hidingOwnerPermissions } from '@internal/plugin-fitsys-node/testUtils';
import request from 'supertest';
import { fixtureCatalog } from './__testUtils__/fixture';
import referenceArchitecturesPlugin from './index';

const OUTSIDER = 'user:default/outsider';
const INSIDER = 'user:default/insider';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

/** The fixture, with ADRs kept by billing (orders team) and nightly-report (data team). */
function catalogWithAdrs() {
  const entities = fixtureCatalog();
  for (const name of ['billing', 'nightly-report']) {
    const entity = entities.find(e => e.metadata.name === name)!;
    entity.metadata.annotations = {
      ...entity.metadata.annotations,
      'backstage.io/adr-location': 'https://adr.example/x/',
    };
  }
  return entities;
}

const adr = (entityRef: string, id: string, revisitBy: string | null) => ({
  entity_ref: entityRef,
  id,
  title: `Decision ${id} of ${entityRef}`,
  status: 'accepted',
  date: '2025-01-01',
  revisit_by: revisitBy,
  summary: null,
  url: null,
});

describe('reference architectures: each caller sees only what the catalog shows them', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  beforeAll(async () => {
    const knex = await databases.init('SQLITE_3');
    ({ server } = await startTestBackend({
      features: [
        referenceArchitecturesPlugin,
        mockServices.database.factory({ knex }),
        // The data team's entities (the batch-job architecture and its
        // adopter) are hidden from the outsider.
        hidingOwnerPermissions({
          hiddenOwner: 'group:default/data',
          outsider: OUTSIDER,
        }),
        catalogServiceMock.factory({ entities: catalogWithAdrs() }),
        mockServices.rootConfig.factory({ data: {} }),
      ],
    }));
    // What the ADR task would have read (see AdrTask.test.ts).
    for (const ref of [
      'system:default/billing',
      'component:default/nightly-report',
    ]) {
      await knex('adr_sources').insert({
        entity_ref: ref,
        location: 'https://adr.example/x/',
        read_at: '2026-12-02T09:00:00.000Z',
        records: 1,
        skipped: 0,
      });
    }
    await knex('adr_records').insert([
      adr('system:default/billing', '0001-queue', '2026-01-01'),
      adr('component:default/nightly-report', '0001-window', '2026-01-01'),
    ]);
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

  it('lists the ADRs, their sources and their overdue revisits of entities the caller sees only', async () => {
    const insider = await get('/decisions?source=adr', INSIDER);
    // Newest first, then by title.
    expect(insider.body.items.map((d: any) => [d.entityRef, d.id])).toEqual([
      ['system:default/billing', '0001-queue'],
      ['component:default/nightly-report', '0001-window'],
    ]);
    // billing follows event-driven-service 1.2.0: the ADR names that version.
    expect(
      insider.body.items.find((d: any) => d.entityRef.includes('billing')),
    ).toMatchObject({
      source: 'adr',
      architectures: ['referencearchitecture:default/event-driven-service-1'],
      revisitOverdue: true,
    });
    const outsider = await get('/decisions?source=adr', OUTSIDER);
    expect(outsider.body.items.map((d: any) => d.entityRef)).toEqual([
      'system:default/billing',
    ]);
    expect(outsider.body.totalCount).toBe(1);
    expect(
      (await get('/adr-sources', OUTSIDER)).body.items.map(
        (s: any) => s.entityRef,
      ),
    ).toEqual(['system:default/billing']);
    expect(
      (await get('/adr-sources', INSIDER)).body.items.map(
        (s: any) => s.entityRef,
      ),
    ).toEqual(['component:default/nightly-report', 'system:default/billing']);
    const revisits = (await get('/revisits', OUTSIDER)).body.items;
    expect(revisits.map((r: any) => r.decisionId)).toContain('0001-queue');
    expect(JSON.stringify(revisits)).not.toMatch(/nightly|window/);
  });

  it('needs a signed-in caller', async () => {
    const res = await request(server)
      .get('/api/reference-architectures/architectures')
      .set('authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });
});
