import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  MockFetchApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  ContextDetails,
  ContextMap,
  ContextSummary,
} from '@internal/plugin-domain-catalog-common';
import { ReactElement } from 'react';
import { domainCatalogApiRef } from '../api/DomainCatalogApi';
import { DomainCatalogClient } from '../api/DomainCatalogClient';
import { rootRouteRef } from '../routes';

/** Where the tests' backend answers (msw). */
export const BASE = 'http://localhost:7007/api/domain-catalog';

/** Renders with the real client against msw, and the routes links need. */
export function renderWithClient(
  element: ReactElement,
  routeEntries?: string[],
) {
  const client = new DomainCatalogClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: new MockFetchApi(),
  });
  return renderInTestApp(
    <TestApiProvider apis={[[domainCatalogApiRef, client]]}>
      {element}
    </TestApiProvider>,
    {
      routeEntries,
      mountedRoutes: {
        '/domain-catalog': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}

/** A context summary of Fernhill Payments. */
export function summary(
  name: string,
  domain: string,
  classification?: 'core' | 'supporting' | 'generic',
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
    classification,
    purpose: `Purpose of ${name}.`,
    termCount: 1,
    memberCount: 2,
    driftCount: 0,
  };
}

/** A small map: card-authorisation publishes to ledger, shares a kernel with card-vault. */
export const fernhillMap: ContextMap = {
  contexts: [
    summary('card-authorisation', 'payments', 'core'),
    summary('card-vault', 'payments', 'core'),
    summary('ledger', 'finance', 'supporting'),
  ],
  domains: [
    {
      ref: 'domain:default/finance',
      name: 'finance',
      title: 'Finance',
      classification: 'supporting',
    },
    {
      ref: 'domain:default/payments',
      name: 'payments',
      title: 'Payments',
      classification: 'core',
    },
  ],
  edges: [
    {
      id: 'directed:a|l',
      upstream: 'boundedcontext:default/card-authorisation',
      downstream: 'boundedcontext:default/ledger',
      symmetric: false,
      upstreamPatterns: ['published-language'],
      downstreamPatterns: ['anticorruption-layer'],
      customerSupplier: false,
      label: 'U [PL] → D [ACL]',
      apis: ['api:default/authorisation-events'],
      notes: [],
      declaredBy: ['boundedcontext:default/ledger'],
    },
    {
      id: 'partner:a|v',
      upstream: 'boundedcontext:default/card-authorisation',
      downstream: 'boundedcontext:default/card-vault',
      symmetric: true,
      upstreamPatterns: ['shared-kernel'],
      downstreamPatterns: [],
      customerSupplier: false,
      label: 'SK',
      apis: [],
      notes: [],
      declaredBy: ['boundedcontext:default/card-authorisation'],
    },
  ],
  generatedAt: '2026-11-23T06:00:00.000Z',
};

/** The ledger context with a canvas, terms and one drift finding. */
export const ledgerDetails: ContextDetails = {
  context: {
    ...summary('ledger', 'finance', 'supporting'),
    domainTitle: 'Finance',
    terms: [
      {
        term: 'Posting',
        definition: 'One debit or credit to an account.',
        aliases: ['Entry'],
      },
    ],
    relationships: [],
    canvas: {
      businessModel: ['compliance'],
      evolution: 'product',
      inbound: [
        {
          collaborator: 'settlement',
          message: 'PostSettlement',
          type: 'command',
        },
      ],
      openQuestions: ['Do we need multi-currency postings?'],
    },
  },
  edges: [fernhillMap.edges[0]],
  neighbours: [fernhillMap.contexts[0]],
  members: [
    {
      ref: 'component:default/ledger-service',
      kind: 'component',
      via: 'annotation',
    },
  ],
  drift: [
    {
      id: 'undeclared-coupling:x',
      kind: 'undeclared-coupling',
      severity: 'warning',
      contexts: [
        'boundedcontext:default/merchant-portal',
        'boundedcontext:default/ledger',
      ],
      message:
        'Merchant Portal uses Ledger in 1 place(s), but neither context declares a relationship with the other',
      evidence: [
        {
          source: 'component:default/merchant-portal-bff',
          type: 'consumesApi',
          target: 'api:default/ledger-api',
        },
      ],
    },
  ],
};
