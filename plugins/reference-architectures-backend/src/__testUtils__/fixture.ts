import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';

type Relations = Array<[string, string]>;

const entity = (
  kind: string,
  name: string,
  options: {
    spec?: JsonObject;
    annotations?: Record<string, string>;
    tags?: string[];
    relations?: Relations;
    title?: string;
    apiVersion?: string;
  } = {},
): Entity => ({
  apiVersion: options.apiVersion ?? 'backstage.io/v1alpha1',
  kind,
  metadata: {
    name,
    namespace: 'default',
    ...(options.title ? { title: options.title } : {}),
    annotations: options.annotations ?? {},
    tags: options.tags ?? [],
  },
  spec: options.spec ?? {},
  relations: (options.relations ?? []).map(([type, targetRef]) => ({
    type,
    targetRef,
  })),
});

const follows = (name: string, version?: string) => ({
  'fitsys.dev/reference-architecture': name,
  ...(version ? { 'fitsys.dev/reference-architecture-version': version } : {}),
});

const eventDriven = (name: string, spec: Record<string, unknown>) =>
  entity('ReferenceArchitecture', name, {
    apiVersion: 'fitsys.dev/v1alpha1',
    title: 'Event-driven service',
    tags: ['events', 'kafka'],
    relations: [['ownedBy', 'group:default/platform']],
    spec: {
      owner: 'group:default/platform',
      series: 'event-driven-service',
      problem: 'Services must publish events without losing any.',
      solution:
        'Write each event to an **outbox** table in the same transaction.',
      levels: ['bronze', 'silver'],
      qualityAttributes: {
        availability: {
          rating: 4,
          tradeoff: 'The relay is one more moving part',
        },
        cost: { rating: 3, tradeoff: 'A table and a relay per service' },
      },
      ...spec,
    },
  });

/**
 * A small catalog with known answers: event-driven-service 1.2.0
 * (deprecated) and 2.0.0 (recommended), scheduled-batch-job 1.0.0 (trial);
 * orders follows 2.0.0 and passes every rule; billing follows 1.2.0 and
 * depends on the legacy database; ghost names an unknown architecture;
 * typo an unknown version.
 */
export function fixtureCatalog(): Entity[] {
  return [
    eventDriven('event-driven-service-1', {
      version: '1.2.0',
      lifecycle: 'deprecated',
      buildingBlocks: [
        {
          name: 'Outbox',
          responsibility: 'Holds events',
          why: 'No event is lost',
        },
      ],
      rules: [
        {
          id: 'has-database',
          title: 'Keeps its own database',
          severity: 'error',
          level: 'bronze',
          check: { dependsOn: { kind: 'Resource', type: 'database' } },
        },
      ],
      decisions: [
        {
          id: 'adr-0001',
          title: 'Outbox over dual writes',
          status: 'accepted',
          date: '2024-03-01',
          revisitBy: '2025-03-01',
        },
      ],
    }),
    eventDriven('event-driven-service', {
      version: '2.0.0',
      lifecycle: 'recommended',
      supersedes: '1.2.0',
      revisitBy: '2027-06-30',
      template: 'template:default/event-driven-service',
      buildingBlocks: [
        {
          name: 'Outbox',
          responsibility: 'Holds events',
          why: 'No event is lost',
        },
        {
          name: 'Schema registry',
          responsibility: 'Versions schemas',
          why: 'Consumers do not break',
        },
      ],
      rules: [
        {
          id: 'has-database',
          title: 'Keeps its own database',
          severity: 'error',
          level: 'bronze',
          check: { dependsOn: { kind: 'Resource', type: 'database' } },
        },
        {
          id: 'no-legacy-db',
          title: 'Not on the legacy database',
          severity: 'error',
          level: 'silver',
          fix: 'Move the tables to the service’s own database.',
          check: { notDependsOn: { entity: 'resource:default/legacy-oracle' } },
        },
        {
          id: 'publishes-events',
          title: 'Publishes an AsyncAPI',
          severity: 'warning',
          level: 'silver',
          check: { providesApi: { type: 'asyncapi' } },
        },
      ],
      decisions: [
        {
          id: 'adr-0001',
          title: 'Outbox over dual writes',
          status: 'accepted',
          date: '2024-03-01',
          revisitBy: '2025-03-01',
        },
        {
          id: 'adr-0002',
          title: 'Avro schemas in a registry',
          status: 'accepted',
          date: '2026-01-15',
          revisitBy: '2027-01-15',
        },
      ],
    }),
    entity('ReferenceArchitecture', 'scheduled-batch-job', {
      apiVersion: 'fitsys.dev/v1alpha1',
      title: 'Scheduled batch job',
      tags: ['batch'],
      relations: [['ownedBy', 'group:default/data']],
      spec: {
        owner: 'group:default/data',
        version: '1.0.0',
        lifecycle: 'trial',
        problem: 'Work that runs nightly.',
        solution: 'A CronJob with a lock.',
        qualityAttributes: {
          operability: { rating: 4, tradeoff: 'One more schedule to watch' },
        },
      },
    }),
    entity('Group', 'platform', { spec: { type: 'team' } }),
    entity('Group', 'data', { spec: { type: 'team' } }),
    entity('Group', 'orders-team', { spec: { type: 'team' } }),
    entity('System', 'orders', {
      annotations: follows('event-driven-service', '2.0.0'),
      relations: [
        ['ownedBy', 'group:default/orders-team'],
        ['hasPart', 'component:default/orders-api'],
        ['hasPart', 'resource:default/orders-db'],
      ],
    }),
    entity('Component', 'orders-api', {
      spec: { type: 'service', lifecycle: 'production' },
      relations: [
        ['dependsOn', 'resource:default/orders-db'],
        ['providesApi', 'api:default/order-events'],
      ],
    }),
    entity('Resource', 'orders-db', { spec: { type: 'database' } }),
    entity('API', 'order-events', { spec: { type: 'asyncapi' } }),
    entity('System', 'billing', {
      annotations: follows('event-driven-service', '1.2.0'),
      relations: [
        ['ownedBy', 'group:default/orders-team'],
        ['hasPart', 'component:default/billing-api'],
      ],
    }),
    entity('Component', 'billing-api', {
      spec: { type: 'service', lifecycle: 'production' },
      relations: [['dependsOn', 'resource:default/legacy-oracle']],
    }),
    entity('Resource', 'legacy-oracle', { spec: { type: 'database' } }),
    entity('System', 'ghost', {
      annotations: follows('serverless-api', '1.0.0'),
    }),
    entity('System', 'typo', {
      annotations: follows('event-driven-service', '3.0.0'),
    }),
    entity('Component', 'nightly-report', {
      spec: { type: 'service', lifecycle: 'production' },
      annotations: follows('scheduled-batch-job', '1.0.0'),
      relations: [['ownedBy', 'group:default/data']],
    }),
  ];
}
