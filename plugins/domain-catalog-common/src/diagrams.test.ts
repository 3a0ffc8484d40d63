import { ContextMap } from './api';
import { canvasToJson, canvasToMarkdown } from './canvasExport';
import { contextMapToDot, contextMapToMermaid } from './diagrams';

const summary = (
  name: string,
  domain: string,
  classification?: 'core' | 'supporting',
) => ({
  ref: `boundedcontext:default/${name}`,
  name,
  namespace: 'default',
  title: name === 'ledger' ? 'The "Ledger"' : undefined,
  owner: 'group:default/team',
  domain: `domain:default/${domain}`,
  implements: [`domain:default/${domain}`],
  classification,
  purpose: 'Keep | the books',
  termCount: 0,
  memberCount: 0,
  driftCount: 0,
});

const map: ContextMap = {
  contexts: [
    summary('card-authorisation', 'payments', 'core'),
    summary('ledger', 'finance', 'supporting'),
    summary('vault', 'payments'),
  ],
  domains: [
    {
      ref: 'domain:default/payments',
      name: 'payments',
      title: 'Payments',
      classification: 'core',
    },
    {
      ref: 'domain:default/finance',
      name: 'finance',
      title: 'Finance',
      classification: 'supporting',
    },
  ],
  edges: [
    {
      id: 'e1',
      upstream: 'boundedcontext:default/card-authorisation',
      downstream: 'boundedcontext:default/ledger',
      symmetric: false,
      upstreamPatterns: ['published-language'],
      downstreamPatterns: ['anticorruption-layer'],
      customerSupplier: false,
      label: 'U [PL] → D [ACL]',
      apis: [],
      notes: [],
      declaredBy: [],
    },
    {
      id: 'e2',
      upstream: 'boundedcontext:default/card-authorisation',
      downstream: 'boundedcontext:default/vault',
      symmetric: true,
      upstreamPatterns: ['shared-kernel'],
      downstreamPatterns: [],
      customerSupplier: false,
      label: 'SK',
      apis: [],
      notes: [],
      declaredBy: [],
    },
  ],
  generatedAt: '2026-11-23T00:00:00.000Z',
};

describe('contextMapToMermaid', () => {
  it('draws domains as subgraphs and labelled edges from upstream to downstream', () => {
    const text = contextMapToMermaid(map);
    expect(text).toContain('flowchart LR');
    expect(text).toContain('subgraph d_domain_default_payments["Payments"]');
    expect(text).toContain(
      'c_boundedcontext_default_ledger["The #quot;Ledger#quot;"]',
    );
    expect(text).toContain(
      'c_boundedcontext_default_card_authorisation -- "U [PL] → D [ACL]" --> c_boundedcontext_default_ledger',
    );
    expect(text).toContain(
      'c_boundedcontext_default_card_authorisation <-- "SK" --> c_boundedcontext_default_vault',
    );
    expect(text).toContain('class c_boundedcontext_default_ledger supporting');
  });
});

describe('contextMapToDot', () => {
  it('draws clusters per domain, escapes quotes and makes symmetric edges both ways', () => {
    const text = contextMapToDot(map);
    expect(text).toMatch(/^digraph ContextMap \{/);
    expect(text).toContain('subgraph "cluster_domain:default/finance" {');
    expect(text).toContain(
      '"boundedcontext:default/ledger" [label="The \\"Ledger\\"", fillcolor="#cfe3f7"];',
    );
    expect(text).toContain(
      '"boundedcontext:default/card-authorisation" -> "boundedcontext:default/ledger" [label="U [PL] → D [ACL]"];',
    );
    expect(text).toContain('[label="SK", dir=both];');
  });
});

describe('canvas export', () => {
  const details = {
    context: {
      ...map.contexts[1],
      terms: [
        {
          term: 'Posting',
          definition: 'One debit | or credit',
          aliases: ['Entry'],
        },
      ],
      relationships: [],
      canvas: {
        businessModel: ['compliance' as const],
        evolution: 'product' as const,
        inbound: [
          {
            collaborator: 'settlement',
            message: 'PostSettlement',
            type: 'command' as const,
          },
        ],
        openQuestions: ['Multi-currency?'],
      },
      domainTitle: 'Finance',
    },
    edges: [],
    neighbours: [],
    members: [],
    drift: [],
  };

  it('writes every canvas section in Markdown, saying what is not declared', () => {
    const md = canvasToMarkdown(details);
    expect(md).toContain('# Bounded Context Canvas: The "Ledger"');
    expect(md).toContain('- Business model: compliance');
    expect(md).toContain('| settlement | PostSettlement | command |');
    expect(md).toContain('| Posting | One debit \\| or credit | Entry |');
    expect(md).toContain('## Outbound communication\nNot declared yet.');
    expect(md).toContain('## Open questions\n- Multi-currency?');
  });

  it('writes a stable JSON document', () => {
    expect(canvasToJson(details)).toMatchObject({
      name: 'ledger',
      classification: 'supporting',
      evolution: 'product',
      outbound: [],
      openQuestions: ['Multi-currency?'],
    });
  });
});
