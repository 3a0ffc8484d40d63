/* Architecture decisions and the revisits due. */
import {
  DecisionList,
  Revisit,
} from '@internal/plugin-reference-architectures-common';

export const decisions: DecisionList = {
  items: [
    {
      id: 'edm-002',
      title: 'Avro schemas in a registry, compatibility BACKWARD',
      status: 'accepted',
      date: '2025-05-20',
      summary:
        'JSON events broke two consumers in 2024; a registry refuses incompatible changes at build time.',
      revisitBy: '2026-09-30',
      source: 'architecture',
      architectures: [
        'referencearchitecture:default/event-driven-microservice',
      ],
      revisitOverdue: true,
    },
    {
      id: 'mps-001',
      title: 'Platform services are tier 1',
      status: 'accepted',
      date: '2025-04-01',
      summary: 'A tier-3 DNS took down tier-1 authorisation in 2024.',
      revisitBy: '2027-04-01',
      source: 'architecture',
      architectures: ['referencearchitecture:default/managed-platform-service'],
      revisitOverdue: false,
    },
    {
      id: 'sas-001',
      title: 'Three zones for every tier-1 service',
      status: 'accepted',
      date: '2025-01-15',
      summary:
        'The eu-west-1a outage of 2024 took down every service that ran in one zone.',
      revisitBy: '2027-01-15',
      source: 'architecture',
      architectures: ['referencearchitecture:default/stateless-api-service'],
      revisitOverdue: false,
    },
    {
      id: 'bp-001',
      title: 'No job scheduled at minute 0',
      status: 'accepted',
      date: '2024-11-03',
      summary:
        "Eleven jobs at 00:00 exhausted the shared cluster's connections on 2024-10-31.",
      revisitBy: '2025-11-03',
      source: 'architecture',
      architectures: ['referencearchitecture:default/batch-pipeline'],
      revisitOverdue: true,
    },
    {
      id: 'edm-001',
      title: 'Transactional outbox instead of dual writes',
      status: 'accepted',
      date: '2024-02-12',
      summary:
        'Dual writes lost 0.02% of authorisation events in the 2023 incident review; the outbox loses none.',
      revisitBy: '2027-02-12',
      source: 'architecture',
      architectures: [
        'referencearchitecture:default/event-driven-microservice',
      ],
      revisitOverdue: false,
    },
  ],
  totalCount: 5,
};

export const revisits: Revisit[] = [
  {
    type: 'decision',
    ref: 'referencearchitecture:default/batch-pipeline',
    title: 'No job scheduled at minute 0',
    owner: 'group:default/platform-team',
    revisitBy: '2025-11-03',
    daysOverdue: 394,
    decisionId: 'bp-001',
  },
  {
    type: 'decision',
    ref: 'referencearchitecture:default/event-driven-microservice',
    title: 'Avro schemas in a registry, compatibility BACKWARD',
    owner: 'group:default/platform-team',
    revisitBy: '2026-09-30',
    daysOverdue: 63,
    decisionId: 'edm-002',
  },
  {
    type: 'architecture',
    ref: 'referencearchitecture:default/batch-pipeline',
    title: 'Scheduled batch pipeline',
    owner: 'group:default/platform-team',
    revisitBy: '2026-10-31',
    daysOverdue: 32,
  },
];
