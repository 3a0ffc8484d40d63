import {
  ContextDetails,
  ContextMap,
  ContextMapEdge,
  ContextSummary,
  DomainAggregateMap,
  DomainClassification,
  DriftReport,
  EntityContextInfo,
  GlossaryEntry,
  TermCollision,
} from '@internal/plugin-domain-catalog-common';

// Fernhill Payments, after examples/bounded-contexts.yaml: the answers the
// domain-catalog backend gives for a slice of the demo.

const DOMAINS: Record<string, [string, DomainClassification]> = {
  payments: ['Payments', 'core'],
  risk: ['Risk', 'core'],
  finance: ['Finance', 'supporting'],
};

/** A context summary of Fernhill Payments. */
export function summary(
  name: string,
  domain: string,
  overrides: Partial<ContextSummary> = {},
): ContextSummary {
  return {
    ref: `boundedcontext:default/${name}`,
    name,
    namespace: 'default',
    title: name
      .split('-')
      .map(w => w[0].toUpperCase() + w.slice(1))
      .join(' '),
    owner: `group:default/${name}-team`,
    domain: `domain:default/${domain}`,
    implements: [`domain:default/${domain}`],
    classification: DOMAINS[domain]?.[1],
    purpose: `Purpose of ${name}.`,
    termCount: 1,
    memberCount: 2,
    driftCount: 0,
    ...overrides,
  };
}

const cardAuthorisation = summary('card-authorisation', 'payments', {
  owner: 'group:default/card-authorisation-team',
  purpose: 'Decide within 300 ms whether a card payment may go ahead.',
});
const cardVault = summary('card-vault', 'payments', {
  owner: 'group:default/card-authorisation-team',
});
const clearing = summary('clearing', 'payments', {
  owner: 'group:default/clearing-settlement-team',
});
const settlement = summary('settlement', 'payments', {
  owner: 'group:default/clearing-settlement-team',
});
const fraudDetection = summary('fraud-detection', 'risk', {
  owner: 'group:default/fraud-team',
});
const ledger = summary('ledger', 'finance', {
  owner: 'group:default/ledger-team',
  purpose:
    'Record every movement of money as balanced entries, so that any balance can be explained to an auditor.',
  driftCount: 1,
});

const ref = (name: string) => `boundedcontext:default/${name}`;

function edge(
  upstream: string,
  downstream: string,
  label: string,
  more: Partial<ContextMapEdge> = {},
): ContextMapEdge {
  return {
    id: `${more.symmetric ? 'partner' : 'directed'}:${upstream}|${downstream}`,
    upstream: ref(upstream),
    downstream: ref(downstream),
    symmetric: false,
    upstreamPatterns: [],
    downstreamPatterns: [],
    customerSupplier: false,
    label,
    apis: [],
    notes: [],
    declaredBy: [ref(upstream), ref(downstream)],
    ...more,
  };
}

/** card-authorisation → ledger: published language, anticorruption layer. */
export const authorisationToLedger = edge(
  'card-authorisation',
  'ledger',
  'U [PL] → D [ACL]',
  {
    upstreamPatterns: ['published-language'],
    downstreamPatterns: ['anticorruption-layer'],
    apis: ['api:default/authorisation-events'],
    declaredBy: [ref('ledger')],
  },
);

/** The map of six Fernhill contexts and five relationships. */
export const fernhillMap: ContextMap = {
  contexts: [
    cardAuthorisation,
    cardVault,
    clearing,
    settlement,
    fraudDetection,
    ledger,
  ],
  domains: Object.entries(DOMAINS).map(([name, [title, classification]]) => ({
    ref: `domain:default/${name}`,
    name,
    title,
    classification,
  })),
  edges: [
    edge('card-authorisation', 'clearing', 'U [PL] → D [CF]', {
      upstreamPatterns: ['published-language'],
      downstreamPatterns: ['conformist'],
    }),
    edge('clearing', 'settlement', 'C/S: U → D', { customerSupplier: true }),
    authorisationToLedger,
    edge('card-authorisation', 'card-vault', 'SK', {
      symmetric: true,
      upstreamPatterns: ['shared-kernel'],
    }),
    edge('card-authorisation', 'fraud-detection', 'P', {
      symmetric: true,
      upstreamPatterns: ['partnership'],
    }),
  ],
  generatedAt: '2026-11-23T06:00:00.000Z',
};

/** A map too big to draw context by context: 80 contexts in two domains. */
export const bigMap: ContextMap = {
  ...fernhillMap,
  contexts: Array.from({ length: 80 }, (_, i) =>
    summary(`context-${i}`, i % 2 ? 'finance' : 'payments'),
  ),
  edges: [],
};

/** The aggregate of {@link bigMap}: one node per domain. */
export const bigMapByDomain: DomainAggregateMap = {
  nodes: [
    { ...fernhillMap.domains[0], contextCount: 40, termCount: 40 },
    { ...fernhillMap.domains[2], contextCount: 40, termCount: 40 },
  ],
  edges: [
    {
      source: 'domain:default/payments',
      target: 'domain:default/finance',
      relationshipCount: 7,
      patterns: ['published-language'],
    },
  ],
  generatedAt: fernhillMap.generatedAt,
};

/** One finding: merchant-portal uses the ledger's API with no declared relationship. */
export const undeclaredCoupling = {
  id: 'undeclared-coupling:merchant-portal|ledger',
  kind: 'undeclared-coupling' as const,
  severity: 'warning' as const,
  contexts: [ref('merchant-portal'), ref('ledger')],
  message:
    'Merchant Portal uses Ledger in 1 place(s), but neither context declares a relationship with the other',
  evidence: [
    {
      source: 'component:default/merchant-portal-bff',
      type: 'consumesApi',
      target: 'api:default/ledger-api',
    },
  ],
};

/** The whole map's drift: a coupling and a shared resource. */
export const fernhillDrift: DriftReport = {
  findings: [
    undeclaredCoupling,
    {
      id: 'shared-resource:ledger-db',
      kind: 'shared-resource',
      severity: 'error',
      contexts: [ref('ledger'), ref('settlement')],
      message: 'Ledger and Settlement both depend on resource ledger-db',
      evidence: [
        {
          source: 'component:default/settlement-batch',
          type: 'dependsOn',
          target: 'resource:default/ledger-db',
        },
      ],
    },
  ],
  counts: {
    'undeclared-coupling': 1,
    'unbacked-relationship': 0,
    'shared-resource': 1,
    contradiction: 0,
    cycle: 0,
    'membership-conflict': 0,
    'unknown-context': 0,
  },
  totalItems: 2,
  generatedAt: fernhillMap.generatedAt,
};

/** The ledger context with a canvas, terms, a member and one drift finding. */
export const ledgerDetails: ContextDetails = {
  context: {
    ...ledger,
    domainTitle: 'Finance',
    terms: [
      {
        term: 'Ledger entry',
        definition: 'One debit or credit to one account.',
        aliases: ['Entry'],
      },
    ],
    relationships: [],
    canvas: {
      businessModel: ['compliance'],
      evolution: 'custom-built',
      inbound: [
        {
          collaborator: 'settlement',
          message: 'SchemeSettled',
          type: 'event',
        },
      ],
      openQuestions: ['Should fees get ledger accounts of their own?'],
    },
  },
  edges: [authorisationToLedger],
  neighbours: [cardAuthorisation],
  members: [
    {
      ref: 'component:default/ledger-service',
      kind: 'component',
      via: 'annotation',
    },
  ],
  drift: [undeclaredCoupling],
};

/** A glossary entry of a Fernhill context. */
export const entry = (
  context: string,
  term: string,
  definition: string,
): GlossaryEntry => ({
  term,
  definition,
  context: ref(context),
  contextTitle: summary(context, 'payments').title,
  domain: 'domain:default/payments',
});

/** "Transaction" means one thing to card authorisation and another to the ledger. */
export const transactionCollision: TermCollision = {
  term: 'Transaction',
  sameDefinition: false,
  entries: [
    entry('card-authorisation', 'Transaction', 'One authorisation request.'),
    entry('ledger', 'Transaction', 'A balanced set of ledger entries.'),
  ],
};

/** ledger-service belongs to the ledger through its system, and is claimed twice. */
export const ledgerServiceContext: EntityContextInfo = {
  entityRef: 'component:default/ledger-service',
  context: ledger,
  via: 'system',
  system: 'system:default/ledger',
  conflicts: [ref('payouts')],
  keyTerms: [{ term: 'Ledger entry', definition: 'One debit or credit.' }],
  upstream: [cardAuthorisation, settlement],
  downstream: [],
  partners: [],
};
