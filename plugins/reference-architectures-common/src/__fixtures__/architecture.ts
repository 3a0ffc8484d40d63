import { Entity } from '@backstage/catalog-model';
import { ReferenceArchitectureEntity } from '../model';

/** A valid reference architecture, with every optional field used once. */
export function architecture(
  spec: Record<string, unknown> = {},
  name = 'event-driven-service',
): ReferenceArchitectureEntity {
  return {
    apiVersion: 'fitsys.dev/v1alpha1',
    kind: 'ReferenceArchitecture',
    metadata: { name, title: 'Event-driven service', tags: ['events'] },
    spec: {
      owner: 'group:default/platform',
      version: '2.0.0',
      lifecycle: 'recommended',
      problem: 'Services must publish events **reliably**.',
      solution: 'Write the event to an outbox table in the same transaction.',
      diagram: {
        mermaid:
          'flowchart LR\n  api[API] --> db[(Database)]\n  db --> relay>Relay]\n  relay --> kafka((Kafka))',
        dataFlow: [
          'The API writes the order and the event',
          'The relay publishes the event',
        ],
      },
      buildingBlocks: [
        {
          name: 'Outbox',
          responsibility: 'Holds events',
          why: 'No event is lost',
          technology: 'PostgreSQL',
        },
        {
          name: 'Relay',
          responsibility: 'Publishes events',
          why: 'Decouples',
          entity: 'component:default/outbox-relay',
        },
      ],
      useCases: ['Order events'],
      qualityAttributes: {
        availability: {
          rating: 4,
          tradeoff: 'The relay is one more moving part',
        },
        cost: { rating: 3, tradeoff: 'A table and a relay per service' },
      },
      whenNotToUse: ['When events may be lost'],
      decisions: [
        {
          id: 'adr-0001',
          title: 'Outbox over dual writes',
          status: 'accepted',
          date: '2025-03-01',
          revisitBy: '2026-03-01',
        },
      ],
      alternatives: [
        { name: 'Dual writes', reason: 'Loses events on a crash' },
      ],
      template: 'template:default/event-driven-service',
      supersedes: '1.2.0',
      revisitBy: '2027-01-31',
      levels: ['bronze', 'silver'],
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
          check: { notDependsOn: { entity: 'resource:default/legacy-oracle' } },
        },
        {
          id: 'publishes-events',
          title: 'Publishes an AsyncAPI',
          severity: 'warning',
          level: 'silver',
          check: { providesApi: { type: 'asyncapi' } },
        },
        {
          id: 'docs',
          title: 'Has docs',
          severity: 'info',
          check: { annotation: 'backstage.io/techdocs-ref' },
        },
      ],
      ...spec,
    },
  } as ReferenceArchitectureEntity;
}

/** An entity with the relations the catalog would record. */
export function entity(
  ref: string,
  options: {
    type?: string;
    lifecycle?: string;
    annotations?: Record<string, string>;
    tags?: string[];
    labels?: Record<string, string>;
    relations?: Array<[string, string]>;
  } = {},
): Entity {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: kind[0].toUpperCase() + kind.slice(1),
    metadata: {
      name,
      namespace,
      annotations: options.annotations ?? {},
      tags: options.tags ?? [],
      ...(options.labels ? { labels: options.labels } : {}),
    },
    spec: {
      ...(options.type ? { type: options.type } : {}),
      ...(options.lifecycle ? { lifecycle: options.lifecycle } : {}),
    },
    relations: (options.relations ?? []).map(([type, targetRef]) => ({
      type,
      targetRef,
    })),
  };
}
