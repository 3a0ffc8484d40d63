/* The event-driven microservice as the library and its page show it. */
import {
  ArchitectureDetail,
  ArchitectureSummary,
} from '@internal/plugin-reference-architectures-common';

export const eventDrivenSummary: ArchitectureSummary = {
  series: 'event-driven-microservice',
  ref: 'referencearchitecture:default/event-driven-microservice',
  title: 'Event-driven microservice',
  description:
    'A service that owns its data and tells the rest of Fernhill what happened through events, without ever losing one.',
  version: '2.1.0',
  lifecycle: 'recommended',
  owner: 'group:default/platform-team',
  tags: ['events', 'kafka', 'microservice'],
  ratings: {
    availability: 4,
    resilience: 5,
    security: 3,
    scalability: 4,
    performance: 3,
    operability: 3,
    modifiability: 4,
    cost: 3,
  },
  versions: [
    {
      ref: 'referencearchitecture:default/event-driven-microservice',
      version: '2.1.0',
      lifecycle: 'recommended',
      adopters: 2,
    },
    {
      ref: 'referencearchitecture:default/event-driven-microservice-1',
      version: '1.9.0',
      lifecycle: 'deprecated',
      adopters: 1,
    },
  ],
  adopters: {
    total: 4,
    current: 2,
    outdated: 1,
    conforming: 2,
  },
  averageScore: 61,
  revisitBy: '2027-06-30',
  revisitOverdue: false,
};

export const eventDrivenDetail: ArchitectureDetail = {
  summary: eventDrivenSummary,
  version: {
    ref: 'referencearchitecture:default/event-driven-microservice',
    series: 'event-driven-microservice',
    name: 'event-driven-microservice',
    title: 'Event-driven microservice',
    description:
      'A service that owns its data and tells the rest of Fernhill what happened through events, without ever losing one.',
    tags: ['events', 'kafka', 'microservice'],
    spec: {
      owner: 'group:default/platform-team',
      version: '2.1.0',
      lifecycle: 'recommended',
      supersedes: '1.9.0',
      revisitBy: '2027-06-30',
      problem:
        'A payment, a posting or a fraud decision changes state in one service and\nseveral others must learn of it. Writing to the database and then\npublishing to Kafka **loses events** when the service crashes between the\ntwo, and calling the others directly couples their availability to ours.\n',
      context:
        'Services in the payments, risk and finance domains that own an aggregate\n(an authorisation, a ledger account, a case) and publish its changes.\n',
      solution:
        "Each service owns **one database** that no other service reads. A change\nand its event are written in **one transaction**: the event goes to an\n*outbox* table, and a relay publishes it to the service's Kafka topic.\nConsumers are idempotent and keep their own copy of what they need.\n\nEvents are described by an AsyncAPI document registered in the catalog,\nand schemas evolve only compatibly (Avro, in the schema registry).\n",
      diagram: {
        mermaid:
          'flowchart LR\n  client([Caller]) -->|1 command| api[Service API]\n  api -->|2 one transaction| db[(Service database)]\n  db -->|3 outbox rows| relay[Outbox relay]\n  relay -->|4 publish| topic[[Kafka topic]]\n  topic -->|5 consume| consumer[Other services]\n  relay -.->|schema| registry[(Schema registry)]\n',
        dataFlow: [
          "A caller sends a command to the service's API.",
          'The service changes its aggregate and writes the event to the outbox table in the same transaction.',
          'The relay reads new outbox rows in order.',
          "The relay publishes each event to the service's Kafka topic, checking its schema in the registry.",
          'Other services consume the event idempotently and update their own copies.',
        ],
      },
      buildingBlocks: [
        {
          name: 'Service database',
          responsibility: 'Holds the aggregate and the outbox table.',
          why: "One owner per table keeps changes and events consistent; a shared database couples every service's failures and releases.",
          technology: 'PostgreSQL',
        },
        {
          name: 'Outbox relay',
          responsibility:
            'Publishes outbox rows to Kafka, in order, at least once.',
          why: 'Without it an event is lost whenever the service stops between committing and publishing.',
          technology: 'Debezium',
        },
        {
          name: 'Kafka topic',
          responsibility: "Carries the service's events to whoever needs them.",
          why: 'Consumers read at their own pace; the service does not wait for them.',
          technology: 'Kafka',
          entity: 'resource:default/payments-kafka',
        },
        {
          name: 'Schema registry',
          responsibility:
            'Keeps the event schemas and refuses incompatible changes.',
          why: "A producer's change must never break a consumer silently.",
          technology: 'Confluent Schema Registry',
        },
      ],
      useCases: [
        'Card authorisations and their outcome',
        'Ledger postings',
        'Fraud decisions',
      ],
      qualityAttributes: {
        availability: {
          rating: 4,
          tradeoff:
            'Consumers keep working while the producer is down; the relay is one more process to keep running.',
        },
        resilience: {
          rating: 5,
          tradeoff:
            'No event is lost on a crash; consumers must handle duplicates.',
        },
        security: {
          rating: 3,
          tradeoff:
            'Events spread data to every consumer; topics need access control and events must not carry card numbers.',
        },
        scalability: {
          rating: 4,
          tradeoff:
            'Partitions scale consumers out; ordering holds only within a partition key.',
        },
        performance: {
          rating: 3,
          tradeoff:
            "Consumers see a change after the relay's delay (typically under a second).",
        },
        operability: {
          rating: 3,
          tradeoff:
            'Lag, dead letters and replays must be watched and understood.',
        },
        modifiability: {
          rating: 4,
          tradeoff:
            'New consumers need no change to the producer; schemas must evolve compatibly.',
        },
        cost: {
          rating: 3,
          tradeoff: 'A database, a relay and topics per service.',
        },
      },
      whenNotToUse: [
        "When the caller needs the other services' answer before it can go on (use a synchronous API).",
        'For a read-only service that changes no state of its own.',
      ],
      decisions: [
        {
          id: 'edm-001',
          title: 'Transactional outbox instead of dual writes',
          status: 'accepted',
          date: '2024-02-12',
          summary:
            'Dual writes lost 0.02% of authorisation events in the 2023 incident review; the outbox loses none.',
          revisitBy: '2027-02-12',
        },
        {
          id: 'edm-002',
          title: 'Avro schemas in a registry, compatibility BACKWARD',
          status: 'accepted',
          date: '2025-05-20',
          summary:
            'JSON events broke two consumers in 2024; a registry refuses incompatible changes at build time.',
          revisitBy: '2026-09-30',
        },
      ],
      alternatives: [
        {
          name: 'Dual writes (database, then Kafka)',
          reason: 'Loses events when the service stops between the two writes.',
        },
        {
          name: 'Change data capture of the whole table',
          reason:
            "Publishes the table's shape, not the domain's events, and couples consumers to the schema.",
        },
      ],
      levels: ['bronze', 'silver'],
      rules: [
        {
          id: 'own-database',
          title: 'Keeps its own database',
          severity: 'error',
          level: 'bronze',
          check: {
            dependsOn: {
              kind: 'Resource',
              type: 'database',
            },
          },
        },
        {
          id: 'owned-by-team',
          title: 'Owned by a team',
          severity: 'error',
          level: 'bronze',
          check: {
            ownerIsTeam: true,
          },
        },
        {
          id: 'publishes-events',
          title: 'Describes its events in an AsyncAPI document',
          severity: 'warning',
          level: 'bronze',
          fix: "Register the events as an API of type asyncapi and list it in the component's spec.providesApis.",
          check: {
            providesApi: {
              type: 'asyncapi',
            },
          },
        },
        {
          id: 'no-shared-postgres',
          title: 'Not on the shared PostgreSQL cluster',
          severity: 'error',
          level: 'silver',
          fix: "Move the service's tables to a database of its own (see edm-001); the shared cluster couples every tenant's failures.",
          check: {
            notDependsOn: {
              entity: 'resource:default/shared-postgres-cluster',
            },
          },
        },
        {
          id: 'has-docs',
          title: 'Has TechDocs',
          severity: 'info',
          level: 'silver',
          check: {
            annotation: 'backstage.io/techdocs-ref',
          },
        },
      ],
    },
  },
};
