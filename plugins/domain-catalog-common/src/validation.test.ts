import { Entity } from '@backstage/catalog-model';
import { formatProblems, validateBoundedContext } from './validation';

function context(spec: Record<string, unknown>, name = 'card-authorisation') {
  return {
    apiVersion: 'fitsys.dev/v1alpha1',
    kind: 'BoundedContext',
    metadata: { name },
    spec,
  } as Entity;
}

const valid = {
  owner: 'group:default/card-authorisation-team',
  domain: 'payments',
  implements: ['payments', 'domain:default/risk'],
  purpose: 'Approve or decline each card payment within 300 ms.',
  terms: [
    {
      term: 'Authorisation',
      definition: "The issuer's approval to take the payment.",
      aliases: ['auth'],
      examples: ['Authorisation 7F3A approved'],
      notToBeConfusedWith: ['Settlement'],
    },
  ],
  relationships: [
    {
      context: 'fraud-detection',
      role: 'downstream',
      patterns: ['customer-supplier', 'anticorruption-layer'],
      api: 'api:default/fraud-scoring-api',
      note: 'A score on every authorisation.',
    },
    { context: 'card-vault', role: 'partner', patterns: ['shared-kernel'] },
    {
      context: 'clearing',
      role: 'upstream',
      patterns: ['open-host-service', 'published-language'],
    },
    { context: 'boundedcontext:default/ledger', role: 'downstream' },
  ],
  canvas: {
    businessModel: ['revenue', 'compliance'],
    evolution: 'custom-built',
    domainRoles: ['execution'],
    inbound: [
      {
        collaborator: 'api:payments-api',
        message: 'Authorise',
        type: 'command',
      },
    ],
    outbound: [
      { collaborator: 'fraud-detection', message: 'Score', type: 'query' },
    ],
    businessDecisions: ['Decline above score 900'],
    assumptions: ['Schemes answer in 200 ms'],
    verificationMetrics: ['p99 under 300 ms'],
    openQuestions: ['Split stand-in?'],
  },
};

const fields = (spec: Record<string, unknown>, name?: string) =>
  validateBoundedContext(context(spec, name)).map(p => p.field);
const messages = (spec: Record<string, unknown>) =>
  formatProblems(validateBoundedContext(context(spec)));

describe('validateBoundedContext', () => {
  it('accepts a complete context', () => {
    expect(validateBoundedContext(context(valid))).toEqual([]);
  });

  it('accepts a minimal context', () => {
    expect(
      validateBoundedContext(
        context({ owner: 'team-a', domain: 'payments', purpose: 'Why.' }),
      ),
    ).toEqual([]);
  });

  it('names every missing required field', () => {
    expect(validateBoundedContext(context({}))).toEqual([
      {
        field: 'spec.owner',
        message: 'is required: the Group or User that owns the context',
      },
      {
        field: 'spec.domain',
        message: 'is required: the Domain the context belongs to',
      },
      {
        field: 'spec.purpose',
        message: 'is required: why the context exists, in a sentence or two',
      },
    ]);
    expect(fields(undefined as any)).toEqual(['spec']);
  });

  it('refuses refs of the wrong kind', () => {
    expect(messages({ ...valid, owner: 'component:default/x' })).toBe(
      'spec.owner: "component:default/x" refers to a component; it must refer to a group or user',
    );
    expect(messages({ ...valid, domain: 'system:payments' })).toBe(
      'spec.domain: "system:payments" refers to a system; it must refer to a domain',
    );
  });

  it('names an unknown pattern and lists the allowed ones', () => {
    expect(
      messages({
        ...valid,
        relationships: [
          {
            context: 'ledger',
            role: 'downstream',
            patterns: ['anti-corruption'],
          },
        ],
      }),
    ).toBe(
      'spec.relationships[0].patterns[0]: "anti-corruption" is not a pattern; use one of partnership, shared-kernel, separate-ways, customer-supplier, open-host-service, published-language, anticorruption-layer, conformist',
    );
  });

  it('names an unknown role', () => {
    expect(
      messages({
        ...valid,
        relationships: [{ context: 'ledger', role: 'sideways' }],
      }),
    ).toBe(
      'spec.relationships[0].role: "sideways" is not allowed; use one of upstream, downstream, partner',
    );
  });

  it('requires a definition for every term', () => {
    expect(messages({ ...valid, terms: [{ term: 'Capture' }] })).toBe(
      'spec.terms[0].definition: is required: what "Capture" means in this context',
    );
  });

  it('refuses a term defined twice in one context', () => {
    expect(
      fields({
        ...valid,
        terms: [
          { term: 'Capture', definition: 'a' },
          { term: 'capture ', definition: 'b' },
        ],
      }),
    ).toEqual(['spec.terms[1].term']);
  });

  it('refuses a relationship with itself, and one declared twice', () => {
    expect(
      messages({
        ...valid,
        relationships: [{ context: 'card-authorisation', role: 'upstream' }],
      }),
    ).toBe(
      'spec.relationships[0].context: a context cannot have a relationship with itself',
    );
    expect(
      fields({
        ...valid,
        relationships: [
          { context: 'ledger', role: 'upstream' },
          { context: 'boundedcontext:default/ledger', role: 'upstream' },
        ],
      }),
    ).toEqual(['spec.relationships[1].context']);
  });

  it("applies Context Mapper's semantic checks", () => {
    const problemsOf = (role: string, patterns: string[]) =>
      fields({
        ...valid,
        relationships: [{ context: 'ledger', role, patterns }],
      });

    // conformist is not applicable to customer/supplier
    expect(
      messages({
        ...valid,
        relationships: [
          {
            context: 'ledger',
            role: 'downstream',
            patterns: ['customer-supplier', 'conformist'],
          },
        ],
      }),
    ).toContain('conformist (CF) is not applicable to a customer-supplier');
    // partners need exactly one symmetric pattern and nothing else
    expect(problemsOf('partner', [])).toEqual([
      'spec.relationships[0].patterns',
    ]);
    expect(
      problemsOf('partner', ['partnership', 'shared-kernel']),
    ).toHaveLength(1);
    expect(problemsOf('partner', ['partnership', 'conformist'])).toHaveLength(
      1,
    );
    // symmetric patterns need role partner
    expect(problemsOf('upstream', ['separate-ways'])).toHaveLength(1);
    // OHS and PL are upstream; ACL and CF downstream
    expect(problemsOf('downstream', ['open-host-service'])).toHaveLength(1);
    expect(problemsOf('upstream', ['anticorruption-layer'])).toHaveLength(1);
    expect(
      problemsOf('upstream', ['open-host-service', 'customer-supplier']),
    ).toEqual([]);
  });

  it('names a misspelt field instead of ignoring it', () => {
    expect(
      messages({
        owner: 'a',
        domain: 'b',
        purpose: 'c',
        relationship: [],
      }),
    ).toBe(
      'spec.relationship: is not a field here; the fields are owner, domain, implements, purpose, terms, relationships, canvas',
    );
  });

  it('checks the canvas values against the allowed ones', () => {
    expect(
      messages({
        ...valid,
        canvas: {
          businessModel: ['profit'],
          evolution: 'mature',
          inbound: [{ collaborator: 'x', message: 'y', type: 'rpc' }],
        },
      }).split('\n'),
    ).toEqual([
      'spec.canvas.businessModel[0]: "profit" is not allowed; use one of revenue, engagement, compliance, cost-reduction',
      'spec.canvas.evolution: "mature" is not allowed; use one of genesis, custom-built, product, commodity',
      'spec.canvas.inbound[0].type: "rpc" is not allowed; use one of command, query, event',
    ]);
  });

  it('survives any shape of input without throwing', () => {
    const shapes = [
      null,
      1,
      'x',
      [],
      { terms: 'x' },
      { relationships: [1, null, 'a'] },
      { canvas: [] },
      { terms: [{ term: 3, definition: [] }] },
    ];
    for (const spec of shapes) {
      expect(() => validateBoundedContext(context(spec as any))).not.toThrow();
      expect(
        validateBoundedContext(context(spec as any)).length,
      ).toBeGreaterThan(0);
    }
  });
});
