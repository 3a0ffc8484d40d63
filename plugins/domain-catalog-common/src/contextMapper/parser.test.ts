import { checkCmlSemantics, parseCml } from './parser';
import { CmlSyntaxError } from './tokens';

const rel = (source: string) =>
  parseCml(`ContextMap M {\n  ${source}\n}`).contextMap!.relationships[0];

describe('parseCml', () => {
  it('reads domains, subdomains with their types, and contexts', () => {
    const model = parseCml(`
      /* Fernhill's strategic design */
      Domain Payments {
        domainVisionStatement = "Move money"
        Subdomain Authorisation { type = CORE_DOMAIN domainVisionStatement = "Decide fast" }
        Subdomain Vault supports Authorisation { type = GENERIC_SUBDOMAIN }
        Subdomain Notes
      }
      BoundedContext CardAuthorisation implements Authorisation, Vault {
        domainVisionStatement = "Approve or decline each payment"
        responsibilities = "Decisions", "Limits"
        type = FEATURE
        Aggregate Authorisations { Entity Authorisation { String id } }
      }
      BoundedContext Ledger // no body
    `);
    expect(model.domains).toEqual([
      {
        name: 'Payments',
        domainVisionStatement: 'Move money',
        line: 3,
        subdomains: [
          {
            name: 'Authorisation',
            type: 'core',
            domainVisionStatement: 'Decide fast',
          },
          { name: 'Vault', type: 'generic' },
          { name: 'Notes' },
        ],
      },
    ]);
    expect(model.boundedContexts).toEqual([
      {
        name: 'CardAuthorisation',
        implements: ['Authorisation', 'Vault'],
        domainVisionStatement: 'Approve or decline each payment',
        responsibilities: ['Decisions', 'Limits'],
        line: 9,
      },
      { name: 'Ledger', implements: [], line: 15 },
    ]);
  });

  it.each([
    [
      'A [U,OHS,PL]->[D,ACL] B',
      {
        upstream: 'A',
        downstream: 'B',
        upstreamPatterns: ['open-host-service', 'published-language'],
        downstreamPatterns: ['anticorruption-layer'],
        customerSupplier: false,
      },
    ],
    [
      'B [D,CF]<-[U] A',
      {
        upstream: 'A',
        downstream: 'B',
        upstreamPatterns: [],
        downstreamPatterns: ['conformist'],
        customerSupplier: false,
      },
    ],
    ['A -> B', { upstream: 'A', downstream: 'B', customerSupplier: false }],
    ['A <- B', { upstream: 'B', downstream: 'A' }],
    [
      'A [C]<-[S] B',
      { upstream: 'B', downstream: 'A', customerSupplier: true },
    ],
    [
      'A [S,OHS]->[C,ACL] B',
      {
        upstream: 'A',
        downstream: 'B',
        customerSupplier: true,
        upstreamPatterns: ['open-host-service'],
        downstreamPatterns: ['anticorruption-layer'],
      },
    ],
    [
      'A Customer-Supplier B',
      { upstream: 'B', downstream: 'A', customerSupplier: true },
    ],
    [
      'A Supplier-Customer B',
      { upstream: 'A', downstream: 'B', customerSupplier: true },
    ],
    [
      'A Upstream-Downstream B',
      { upstream: 'A', downstream: 'B', customerSupplier: false },
    ],
    [
      'A Downstream-Upstream B',
      { upstream: 'B', downstream: 'A', customerSupplier: false },
    ],
    [
      'A [P]<->[P] B',
      { upstream: 'A', downstream: 'B', symmetric: 'partnership' },
    ],
    ['A <-> B', { upstream: 'A', downstream: 'B', symmetric: 'shared-kernel' }],
    [
      'A [U]->[D] B : Payments',
      { name: 'Payments', upstream: 'A', downstream: 'B' },
    ],
    [
      'A [SK]<->[SK] B',
      { upstream: 'A', downstream: 'B', symmetric: 'shared-kernel' },
    ],
    ['A Partnership B', { symmetric: 'partnership' }],
    ['A Shared-Kernel B', { symmetric: 'shared-kernel' }],
    [
      'Payments@A [U]->[D] B { implementationTechnology = "REST" exposedAggregates = X, Y }',
      { name: 'Payments', implementationTechnology: 'REST', upstream: 'A' },
    ],
  ])('reads %s', (source, expected) => {
    expect(rel(source)).toMatchObject(expected);
  });

  it('takes attributes without "=", and skips aggregates whatever their contents', () => {
    const model = parseCml(`
      ContextMap M { type SYSTEM_LANDSCAPE state TO_BE contains A A -> B }
      BoundedContext A {
        domainVisionStatement "Without an equals sign"
        Aggregate Customers {
          Entity Customer { aggregateRoot - List<Address> addresses String name * }
        }
      }
    `);
    expect(model.boundedContexts[0].domainVisionStatement).toBe(
      'Without an equals sign',
    );
    expect(model.contextMap!.contains).toEqual(['A']);
    expect(model.contextMap!.relationships).toHaveLength(1);
  });

  it('reads the context map header and contains lists', () => {
    const model = parseCml(
      'ContextMap Fernhill { type = SYSTEM_LANDSCAPE state = TO_BE contains A, B contains C A -> B }',
    );
    expect(model.contextMap).toMatchObject({
      name: 'Fernhill',
      contains: ['A', 'B', 'C'],
    });
    expect(model.contextMap!.relationships).toHaveLength(1);
  });

  it.each([
    [
      'BoundedContext A implements',
      'line 1, column 28: expected a name after implements, found the end of the file',
    ],
    [
      'ContextMap M {\n  A [U]->[D] B\n',
      "line 3, column 1: expected '}' to close the ContextMap, found the end of the file",
    ],
    [
      'ContextMap M {\n  A [U,XYZ]->[D] B\n}',
      "line 2, column 8: expected a relationship role (U, D, S, C, OHS, PL, ACL, CF, P, SK), found 'XYZ'",
    ],
    [
      'ContextMap M {\n  A [ACL]->[D] B\n}',
      "line 2, column 5: 'ACL' cannot be on the upstream side of this relationship (the arrow points from upstream to downstream)",
    ],
    [
      'ContextMap M {\n  A [U]<->[P] B\n}',
      "line 2, column 5: 'U' cannot mark a symmetric relationship; use [P] or [SK] on both sides",
    ],
    [
      'ContextMap M {\n  A => B\n}',
      "line 2, column 5: expected '->', '<-', '<->' or a relationship keyword such as Customer-Supplier, found '='",
    ],
    [
      'BoundedContext A foo {\n}',
      "line 1, column 18: expected '{' after BoundedContext A, found 'foo'",
    ],
    [
      'Domain D { Subdomain S { type = CORE } }',
      "line 1, column 33: 'CORE' is not a subdomain type; use CORE_DOMAIN, SUPPORTING_DOMAIN or GENERIC_SUBDOMAIN",
    ],
    [
      'BoundedContext A {\n  domainVisionStatement = "never closed\n}',
      'line 2, column 27: text is never closed with a quote',
    ],
  ])('refuses %j with the line and column', (source, message) => {
    let error: unknown;
    try {
      parseCml(source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CmlSyntaxError);
    expect((error as Error).message).toBe(message);
  });
});

describe('checkCmlSemantics', () => {
  it("applies Context Mapper's checks", () => {
    const model = parseCml(`
      ContextMap M {
        contains A, B
        A [S]->[C,CF] B
        A -> A
        A -> Ghost
      }
      BoundedContext A
      BoundedContext B
    `);
    expect(checkCmlSemantics(model)).toEqual([
      'line 4: relationship A – B: conformist (CF) is not applicable to a customer-supplier relationship',
      'line 5: relationship A – A: a context cannot have a relationship with itself',
      'line 6: relationship A – Ghost: Ghost is not declared as a BoundedContext',
    ]);
  });
});
