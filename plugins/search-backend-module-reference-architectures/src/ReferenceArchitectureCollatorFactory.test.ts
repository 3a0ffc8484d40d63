import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import http from 'node:http';
import {
  adrsFromBackend,
  ArchitectureDecisionCollatorFactory,
  ReferenceArchitectureCollatorFactory,
} from './ReferenceArchitectureCollatorFactory';

const version = (name: string, spec: Record<string, unknown>) => ({
  apiVersion: 'fitsys.dev/v1alpha1',
  kind: 'ReferenceArchitecture',
  metadata: { name, namespace: 'default', title: 'Event-driven service' },
  spec: {
    owner: 'group:default/platform',
    series: 'event-driven-service',
    problem: 'Events get **lost**.',
    solution: 'An `outbox` table and a [relay](https://example.com).',
    qualityAttributes: {
      resilience: { rating: 5, tradeoff: 'Duplicates' },
      cost: { rating: 2, tradeoff: 'Per service' },
    },
    buildingBlocks: [
      { name: 'Outbox relay', responsibility: 'Publishes', why: 'No loss' },
    ],
    decisions: [
      {
        id: 'edm-001',
        title: 'Outbox over dual writes',
        status: 'accepted',
        date: '2024-02-12',
        revisitBy: '2027-02-12',
      },
      {
        id: 'edm-002',
        title: 'Avro schemas',
        status: 'proposed',
        date: '2025-05-20',
      },
    ],
    ...spec,
  },
});

const catalog = () =>
  catalogServiceMock({
    entities: [
      version('event-driven-service', {
        version: '2.0.0',
        lifecycle: 'recommended',
      }),
      version('event-driven-service-1', {
        version: '1.0.0',
        lifecycle: 'deprecated',
      }),
      // Invalid (a bad version): the processor keeps it out; so does search.
      version('broken', {
        series: 'broken',
        version: '2.1',
        lifecycle: 'trial',
      }),
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'x' },
        spec: {},
      },
    ],
  });

async function collect(factory: {
  getCollator(): Promise<NodeJS.ReadableStream>;
}) {
  const documents: any[] = [];
  for await (const document of (await factory.getCollator()) as any)
    documents.push(document);
  return documents;
}

describe('reference architecture collators', () => {
  it('makes one document per valid version, readable only by who may read its entity', async () => {
    const factory = new ReferenceArchitectureCollatorFactory({
      catalog: catalog(),
      auth: mockServices.auth(),
    });
    expect(factory.type).toBe('reference-architecture');
    expect(factory.visibilityPermission.name).toBe('catalog.entity.read');
    const documents = await collect(factory);
    expect(documents).toEqual([
      {
        title: 'Event-driven service 2.0.0',
        text: 'Events get lost . An outbox table and a relay https://example.com . Outbox relay Strong on Resilience.',
        location: '/reference-architectures/event-driven-service?version=2.0.0',
        authorization: {
          resourceRef: 'referencearchitecture:default/event-driven-service',
        },
        series: 'event-driven-service',
        version: '2.0.0',
        lifecycle: 'recommended',
        owner: 'group:default/platform',
      },
      expect.objectContaining({
        title: 'Event-driven service 1.0.0',
        lifecycle: 'deprecated',
      }),
    ]);
  });

  it('makes one document per decision, not one per version that records it', async () => {
    const documents = await collect(
      new ArchitectureDecisionCollatorFactory({
        catalog: catalog(),
        auth: mockServices.auth(),
      }),
    );
    expect(documents).toEqual([
      {
        title: 'Outbox over dual writes',
        text: 'accepted, 2024-02-12. In Event-driven service.',
        location:
          '/reference-architectures/event-driven-service?tab=decisions&decision=edm-001',
        authorization: {
          resourceRef: 'referencearchitecture:default/event-driven-service',
        },
        decisionId: 'edm-001',
        status: 'accepted',
        series: 'event-driven-service',
        revisitBy: '2027-02-12',
      },
      expect.objectContaining({ decisionId: 'edm-002' }),
    ]);
    // The search engines key documents by location: each must be its own.
    expect(new Set(documents.map(d => d.location)).size).toBe(2);
  });
});

describe('the ADRs of entities', () => {
  const adr = (i: number) => ({
    id: `${String(i).padStart(4, '0')}-x`,
    title: `Record ${i}`,
    status: 'accepted',
    date: '2025-01-01',
    source: 'adr',
    entityRef: `system:default/s${i % 3}`,
    architectures: [],
    revisitOverdue: false,
  });
  const all = Array.from({ length: 450 }, (_, i) => adr(i));
  let server: http.Server;
  let baseUrl: string;
  const requests: string[] = [];
  let down = false;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(`${req.url} ${req.headers.authorization ? 'token' : ''}`);
      if (down) {
        res.writeHead(503).end();
        return;
      }
      const url = new URL(req.url!, 'http://x');
      const offset = Number(url.searchParams.get('offset'));
      const limit = Number(url.searchParams.get('limit'));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          items: all.slice(offset, offset + limit),
          totalCount: all.length,
        }),
      );
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    baseUrl = `http://127.0.0.1:${
      (server.address() as any).port
    }/api/reference-architectures`;
  });
  afterAll(() => server.close());

  const factory = (logger = mockServices.logger.mock()) =>
    new ArchitectureDecisionCollatorFactory({
      catalog: catalog(),
      auth: mockServices.auth(),
      adrs: adrsFromBackend({
        discovery: {
          getBaseUrl: async () => baseUrl,
          getExternalBaseUrl: async () => baseUrl,
        },
        auth: mockServices.auth(),
      }),
      logger,
    });

  it('indexes every ADR the backend read, page by page, each readable only by who may read its entity', async () => {
    const documents = await collect(factory());
    const adrs = documents.filter(d => d.entityRef);
    expect(adrs).toHaveLength(450);
    expect(adrs[1]).toEqual({
      title: 'Record 1',
      text: 'accepted, 2025-01-01. An ADR of system:default/s1.',
      location:
        '/reference-architectures/decisions?q=0001-x%20system%3Adefault%2Fs1',
      authorization: { resourceRef: 'system:default/s1' },
      decisionId: '0001-x',
      status: 'accepted',
      entityRef: 'system:default/s1',
    });
    expect(requests).toEqual([
      '/api/reference-architectures/decisions?source=adr&limit=200&offset=0 token',
      '/api/reference-architectures/decisions?source=adr&limit=200&offset=200 token',
      '/api/reference-architectures/decisions?source=adr&limit=200&offset=400 token',
    ]);
    expect(new Set(documents.map(d => d.location)).size).toBe(documents.length);
  });

  it('still indexes the architectures’ decisions when the ADRs cannot be read', async () => {
    down = true;
    const logger = mockServices.logger.mock();
    const documents = await collect(factory(logger));
    expect(documents.map(d => d.decisionId)).toEqual(['edm-001', 'edm-002']);
    expect(logger.warn).toHaveBeenCalledWith(
      "Could not index the entities' ADRs: Error: GET /decisions answered 503 Service Unavailable",
    );
  });
});
