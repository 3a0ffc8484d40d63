import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
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
