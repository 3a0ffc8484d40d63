/* What changed between its versions 1.0.0 and 2.1.0. */
import { DiffAnswer } from '@internal/plugin-reference-architectures-common';

export const eventDrivenDiff: DiffAnswer = {
  series: 'event-driven-microservice',
  diff: {
    from: '1.9.0',
    to: '2.1.0',
    buildingBlocks: [
      {
        key: 'Service database',
        change: 'changed',
        fields: [
          {
            field: 'responsibility',
            from: 'Holds the aggregate.',
            to: 'Holds the aggregate and the outbox table.',
          },
          {
            field: 'why',
            from: 'One owner per table.',
            to: "One owner per table keeps changes and events consistent; a shared database couples every service's failures and releases.",
          },
        ],
      },
      {
        key: 'Outbox relay',
        change: 'added',
      },
      {
        key: 'Kafka topic',
        change: 'changed',
        fields: [
          {
            field: 'responsibility',
            from: "Carries the service's events.",
            to: "Carries the service's events to whoever needs them.",
          },
          {
            field: 'why',
            from: 'Consumers read at their own pace.',
            to: 'Consumers read at their own pace; the service does not wait for them.',
          },
          {
            field: 'entity',
            to: 'resource:default/payments-kafka',
          },
        ],
      },
      {
        key: 'Schema registry',
        change: 'added',
      },
    ],
    rules: [
      {
        key: 'owned-by-team',
        change: 'added',
      },
      {
        key: 'publishes-events',
        change: 'added',
      },
      {
        key: 'no-shared-postgres',
        change: 'added',
      },
      {
        key: 'has-docs',
        change: 'added',
      },
    ],
    qualityAttributes: [
      {
        attribute: 'availability',
        from: {
          rating: 4,
          tradeoff: 'Consumers keep working while the producer is down.',
        },
        to: {
          rating: 4,
          tradeoff:
            'Consumers keep working while the producer is down; the relay is one more process to keep running.',
        },
      },
      {
        attribute: 'resilience',
        from: {
          rating: 2,
          tradeoff:
            'An event is lost when the service stops between commit and publish.',
        },
        to: {
          rating: 5,
          tradeoff:
            'No event is lost on a crash; consumers must handle duplicates.',
        },
      },
      {
        attribute: 'security',
        to: {
          rating: 3,
          tradeoff:
            'Events spread data to every consumer; topics need access control and events must not carry card numbers.',
        },
      },
      {
        attribute: 'scalability',
        to: {
          rating: 4,
          tradeoff:
            'Partitions scale consumers out; ordering holds only within a partition key.',
        },
      },
      {
        attribute: 'performance',
        to: {
          rating: 3,
          tradeoff:
            "Consumers see a change after the relay's delay (typically under a second).",
        },
      },
      {
        attribute: 'operability',
        to: {
          rating: 3,
          tradeoff:
            'Lag, dead letters and replays must be watched and understood.',
        },
      },
      {
        attribute: 'modifiability',
        to: {
          rating: 4,
          tradeoff:
            'New consumers need no change to the producer; schemas must evolve compatibly.',
        },
      },
      {
        attribute: 'cost',
        from: {
          rating: 4,
          tradeoff: 'A database and topics per service.',
        },
        to: {
          rating: 3,
          tradeoff: 'A database, a relay and topics per service.',
        },
      },
    ],
    fields: [
      {
        field: 'lifecycle',
        from: 'deprecated',
        to: 'recommended',
      },
      {
        field: 'levels',
        from: '["bronze"]',
        to: '["bronze","silver"]',
      },
      {
        field: 'problem',
      },
      {
        field: 'context',
        to: 'Services in the payments, risk and finance domains that own an aggregate\n(an authorisation, a ledger account, a case) and publish its changes.\n',
      },
      {
        field: 'solution',
      },
      {
        field: 'diagram',
      },
      {
        field: 'whenNotToUse',
        to: '["When the caller needs the other services\' answer before it can go on (use a synchronous API).","For a read-only service that changes no state of its own."]',
      },
      {
        field: 'useCases',
        to: '["Card authorisations and their outcome","Ledger postings","Fraud decisions"]',
      },
    ],
  },
};
