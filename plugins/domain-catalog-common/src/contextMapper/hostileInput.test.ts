import { CML_IMPORT_LIMITS, cmlToCatalogYaml } from './toEntities';
import { CmlLimitError, CmlSyntaxError } from './tokens';
import { attempt, contexts, OWNER } from './__testUtils__/cmlInput';

// Parsing and importing CML that is hostile or too large: refused quickly,
// with an error that says which limit, or imported at the limits. The
// running time's growth is in linearTime.test.ts.

/** What an import ends in: an error, or the number of contexts it made. */
type Outcome = {
  error?: { name: string; message: unknown; isSyntaxError: boolean };
  contexts?: number;
};
const syntaxError = (message: string): Outcome => ({
  error: { name: 'CmlSyntaxError', message, isSyntaxError: true },
});
const limitError = (message: string | RegExp): Outcome => ({
  error: {
    name: 'CmlLimitError',
    message:
      typeof message === 'string' ? message : expect.stringMatching(message),
    isSyntaxError: true,
  },
});
const imported = (made: number): Outcome => ({ contexts: made });

describe('CML from hostile or oversized input', () => {
  const nested = 100_000;
  it.each<[string, () => string, Outcome]>([
    [
      `${nested} '{' at the top`,
      () => '{'.repeat(nested),
      syntaxError(
        "line 1, column 1: expected ContextMap, BoundedContext or Domain, found '{'",
      ),
    ],
    [
      `${nested} '{' inside a bounded context`,
      () => `BoundedContext A {\n  Aggregate X ${'{'.repeat(nested)}`,
      syntaxError("line 2, column 15: '{' is never closed with '}'"),
    ],
    [
      `${nested} '{' inside a subdomain`,
      () => `Domain D {\n Subdomain S {\n  X ${'{'.repeat(nested)}`,
      syntaxError("line 3, column 5: '{' is never closed with '}'"),
    ],
    [
      `${nested} balanced braces inside an aggregate`,
      () =>
        `BoundedContext A implements D { Aggregate X ${'{'.repeat(
          nested,
        )}${'}'.repeat(nested)} }`,
      imported(1),
    ],
    [
      `${nested} '[' in a relationship`,
      () => `ContextMap M {\n  A ${'['.repeat(nested)}`,
      syntaxError(
        "line 2, column 6: expected a relationship role (U, D, S, C, OHS, PL, ACL, CF, P, SK), found '['",
      ),
    ],
    [
      `${nested} nested Domain blocks`,
      () => 'Domain D {\n'.repeat(nested),
      syntaxError("line 2, column 10: '{' is never closed with '}'"),
    ],
    [
      'a name longer than 255 characters',
      () => `BoundedContext ${'A'.repeat(300)}`,
      syntaxError(
        'line 1, column 16: a name of 300 characters is longer than the 255 allowed; shorten it',
      ),
    ],
    [
      'a text of 500,000 backslashes never closed',
      () =>
        `BoundedContext A { domainVisionStatement = "${'\\'.repeat(500_000)}`,
      syntaxError('line 1, column 44: text is never closed with a quote'),
    ],
    [
      'a comment never closed',
      () => `BoundedContext A\n/*${' x'.repeat(400_000)}`,
      syntaxError('line 2, column 1: comment is never closed with */'),
    ],
    [
      '`toString` as a relationship keyword',
      () => 'ContextMap M { A toString B }',
      syntaxError(
        "line 1, column 18: expected '->', '<-', '<->' or a relationship keyword such as Customer-Supplier, found 'toString'",
      ),
    ],
    [
      '`constructor` as a subdomain type',
      () => 'Domain D { Subdomain S { type = constructor } }',
      syntaxError(
        "line 1, column 33: 'constructor' is not a subdomain type; use CORE_DOMAIN, SUPPORTING_DOMAIN or GENERIC_SUBDOMAIN",
      ),
    ],
    [
      '300,000 names in contains (once a stack overflow)',
      () => `ContextMap M { contains ${Array(300_000).fill('A').join(',')} }`,
      imported(0),
    ],
    [
      `${CML_IMPORT_LIMITS.entities + 1} bounded contexts`,
      () => contexts(CML_IMPORT_LIMITS.entities + 1),
      limitError(
        'the model would make 2,001 catalog entities (0 domains and subdomains, 2,001 bounded contexts); one import may make at most 2,000. Split the model into several files and import each',
      ),
    ],
    [
      `${CML_IMPORT_LIMITS.entities + 1} subdomains`,
      () =>
        `Domain D { ${Array.from(
          { length: CML_IMPORT_LIMITS.entities },
          (_, i) => `Subdomain S${i}`,
        ).join(' ')} }`,
      limitError(/2,001 catalog entities.*at most 2,000/),
    ],
    [
      `${CML_IMPORT_LIMITS.relationships + 1} relationships`,
      () =>
        `BoundedContext A BoundedContext B ContextMap M {${' A -> B'.repeat(
          CML_IMPORT_LIMITS.relationships + 1,
        )} }`,
      limitError(
        'the context map has 10,001 relationships; one import may take at most 10,000. Split the model into several files and import each',
      ),
    ],
  ])('answers %s quickly', (_name, source, expected) => {
    const text = source();
    let made: number | undefined;
    const { error, ms } = attempt(() => {
      made = cmlToCatalogYaml(text, OWNER).contexts;
    });
    expect({
      error: error && {
        name: error.name,
        message: error.message,
        // A limit is refused as a syntax error is, so the router answers a 400.
        isSyntaxError: error instanceof CmlSyntaxError,
      },
      contexts: made,
    }).toEqual(expected);
    // Generous: each takes milliseconds; what matters is that none takes seconds.
    expect(ms).toBeLessThan(3000);
  });

  it('refuses YAML beyond its limit before writing it all, e.g. for a long owner copied into every entity', () => {
    const source = contexts(2000);
    const owner = 'a'.repeat(231_000 - source.length);
    const { error, ms } = attempt(() => cmlToCatalogYaml(source, { owner }));
    expect(error).toBeInstanceOf(CmlLimitError);
    expect(error!.message).toBe(
      'the catalog YAML would be longer than 4,000,000 characters, the most one import may write; import fewer contexts and domains, or shorten the owner, names and texts',
    );
    expect(ms).toBeLessThan(3000);
  });

  it('refuses YAML that escaping makes longer than its limit', () => {
    // Control characters are written as \x01 in YAML: four characters each.
    const text = '\x01'.repeat(1_000_001);
    const { error } = attempt(() =>
      cmlToCatalogYaml(
        `BoundedContext A implements D { domainVisionStatement = "${text}" }`,
        OWNER,
      ),
    );
    expect(error).toBeInstanceOf(CmlLimitError);
  });

  it('keeps the first warnings and counts the rest', () => {
    const result = cmlToCatalogYaml(
      `BoundedContext A implements D ContextMap M {${' A -> Ghost'.repeat(
        1000,
      )} }`,
      OWNER,
    );
    expect(result.warnings).toHaveLength(CML_IMPORT_LIMITS.warnings + 1);
    expect(result.warnings[0]).toBe(
      'line 1: relationship A – Ghost: Ghost is not declared as a BoundedContext',
    );
    expect(result.warnings[CML_IMPORT_LIMITS.warnings]).toBe(
      'and 1,800 more warnings',
    );
  });

  it('imports a model at the limits', () => {
    const n = CML_IMPORT_LIMITS.entities;
    const relationships = Array.from(
      { length: CML_IMPORT_LIMITS.relationships },
      (_, i) => `C${i % n} [S,OHS]->[C,ACL] C${(i * 7 + 1) % n}`,
    ).join('\n');
    const result = cmlToCatalogYaml(
      `${contexts(n, 'C')}\nContextMap M {\n${relationships}\n}`,
      OWNER,
    );
    expect(result).toMatchObject({
      contexts: n,
      relationships: CML_IMPORT_LIMITS.relationships,
    });
    expect(result.yaml.length).toBeLessThanOrEqual(
      CML_IMPORT_LIMITS.yamlCharacters,
    );
  });
});
