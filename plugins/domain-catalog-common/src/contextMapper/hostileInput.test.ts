import { ContextMap, DomainSummary } from '../api';
import { contextMapToCml } from './fromMap';
import { parseCml } from './parser';
import { CML_IMPORT_LIMITS, cmlToCatalogYaml, kebabCase } from './toEntities';
import { CmlLimitError, CmlSyntaxError } from './tokens';

/** The regular expressions kebabCase was written with, quadratic on runs of capitals. */
const kebabCaseByRegex = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();

/** A seeded generator, so that every run tries the same strings. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
}

/** CPU time of one call, in ms: less disturbed than wall-clock time by other work on the machine. */
function cpuTime(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * How much longer the work takes on an input four times as large: about 4
 * when it takes linear time, 16 when quadratic. Each size is warmed up, then
 * timed three times, interleaved, keeping the fastest. The sizes must make
 * the smaller run take tens of milliseconds: on small inputs the garbage
 * collector's threads (which CPU time counts) skew the ratio. A noisy
 * measurement is taken again, up to three times, keeping the lowest ratio:
 * linear work is under 8 at the first, quadratic work never is.
 */
function growth(make: (n: number) => () => unknown, n: number): number {
  const small = make(n);
  const large = make(4 * n);
  small();
  large();
  let ratio = Infinity;
  for (let trial = 0; trial < 3 && ratio >= 8; trial++) {
    let smallest = Infinity;
    let largest = Infinity;
    for (let k = 0; k < 3; k++) {
      smallest = Math.min(smallest, cpuTime(small));
      largest = Math.min(largest, cpuTime(large));
    }
    ratio = Math.min(ratio, largest / Math.max(smallest, 0.001));
  }
  return ratio;
}

/** What parsing or importing the source throws (or undefined), and how long it took. */
function attempt(run: () => unknown) {
  const start = process.cpuUsage();
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  const used = process.cpuUsage(start);
  return {
    error: error as Error | undefined,
    ms: (used.user + used.system) / 1000,
  };
}

const OWNER = { owner: 'group:default/architects' };
const contexts = (n: number, prefix = 'Context') =>
  Array.from({ length: n }, (_, i) => `BoundedContext ${prefix}${i}`).join(
    '\n',
  );

describe('kebabCase', () => {
  it('writes what the regular expressions wrote, for any mix of characters', () => {
    const next = random(7);
    const alphabet = [
      'a',
      'b',
      'A',
      'B',
      'Z',
      'z',
      '0',
      '9',
      '-',
      '_',
      ' ',
      '.',
      'é',
      '\u{1F600}',
    ];
    for (let k = 0; k < 5000; k++) {
      let name = '';
      const length = next(12);
      for (let i = 0; i < length; i++) name += alphabet[next(alphabet.length)];
      expect([name, kebabCase(name)]).toEqual([name, kebabCaseByRegex(name)]);
    }
    for (const name of [
      'CardAuthorisation',
      'HTTPGateway2',
      'HTTPServerURLs',
      'ABCDe',
      'aB1C',
      '--A--b--',
      'already-kebab',
      '',
      '!!!',
    ]) {
      expect(kebabCase(name)).toBe(kebabCaseByRegex(name));
    }
  });

  it('takes linear time on a run of capitals', () => {
    expect(kebabCase('A'.repeat(80_000))).toBe('a'.repeat(80_000));
    expect(
      growth(n => {
        const name = 'A'.repeat(n);
        return () => kebabCase(name);
      }, 200_000),
    ).toBeLessThan(8);
    expect(
      growth(n => {
        const name = 'ABCdE-_ '.repeat(n);
        return () => kebabCase(name);
      }, 20_000),
    ).toBeLessThan(8);
  });
});

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

describe('linear time', () => {
  it.each<[string, (n: number) => string, number]>([
    [
      'nested braces in an element it skips',
      n => `BoundedContext A { Aggregate X ${'{'.repeat(n)}${'}'.repeat(n)} }`,
      100_000,
    ],
    [
      'relationships on one pair of contexts',
      n => `ContextMap M {${' A [U,OHS]->[D,ACL] B'.repeat(n)} }`,
      10_000,
    ],
    [
      'texts full of escapes',
      n => `BoundedContext A { domainVisionStatement = "${'\\"x'.repeat(n)}" }`,
      100_000,
    ],
    [
      'long contains lists',
      n => `ContextMap M { contains ${Array(n).fill('Abc-Def').join(', ')} }`,
      40_000,
    ],
    [
      'comments, identifiers and arrows',
      n =>
        '// c\n/* block */ Domain D { Subdomain S { type = CORE_DOMAIN } }\n'.repeat(
          n,
        ),
      5_000,
    ],
  ])('parses %s in linear time', (_name, source, n) => {
    expect(
      growth(size => {
        const text = source(size);
        return () => parseCml(text);
      }, n),
    ).toBeLessThan(8);
  });

  it('writes YAML in linear time', () => {
    expect(
      growth(n => {
        const source = `${contexts(n)}\nContextMap M {\n${Array.from(
          { length: n },
          (_, i) => `Context${i} -> Context${(i + 1) % n}`,
        ).join('\n')}\n}`;
        return () => cmlToCatalogYaml(source, OWNER);
      }, 300),
    ).toBeLessThan(8);
  });

  it('exports a deep hierarchy of domains in linear time', () => {
    const chain = (n: number): ContextMap => ({
      contexts: [],
      edges: [],
      generatedAt: '',
      domains: Array.from({ length: n }, (_, i) => ({
        ref: `domain:default/d${i}`,
        name: `d${i}`,
        parent: i ? `domain:default/d${i - 1}` : undefined,
      })),
    });
    expect(
      growth(n => {
        const map = chain(n);
        return () => contextMapToCml(map);
      }, 15_000),
    ).toBeLessThan(8);
  });
});

describe('contextMapToCml', () => {
  /** The domain blocks as the export wrote them before it took linear time. */
  function domainBlocksAsBefore(domains: DomainSummary[]): string[] {
    const byRef = new Map(domains.map(d => [d.ref, d]));
    const top = (d: DomainSummary) => {
      let current = d;
      const seen = new Set<string>();
      while (
        current.parent &&
        byRef.has(current.parent) &&
        !seen.has(current.ref)
      ) {
        seen.add(current.ref);
        current = byRef.get(current.parent)!;
      }
      return current;
    };
    return domains
      .filter(d => top(d) === d)
      .map(domain =>
        [
          domain.name,
          ...domains
            .filter(d => d !== domain && top(d) === domain)
            .map(d => d.name),
        ].join(' '),
      );
  }
  function domainBlocks(cml: string): string[] {
    const blocks: string[] = [];
    for (const line of cml.split('\n')) {
      const domain = /^Domain (\w+) \{$/.exec(line);
      if (domain) blocks.push(domain[1]);
      const sub = /^ {2}Subdomain (\w+) \{/.exec(line);
      if (sub) blocks[blocks.length - 1] += ` ${sub[1]}`;
    }
    return blocks;
  }

  it('puts each domain under the same top domain as before, parents that go round included', () => {
    const next = random(11);
    for (let k = 0; k < 300; k++) {
      const n = 1 + next(12);
      const domainRefs = Array.from(
        { length: n },
        (_, i) => `domain:default/d${i}`,
      );
      const domains: DomainSummary[] = Array.from({ length: n }, (_, i) => {
        const parent = next(n + 3); // sometimes none, sometimes unknown
        return {
          ref: `domain:default/d${i}`,
          name: `D${i}`,
          parent: [
            ...domainRefs.slice(0, n),
            'domain:default/elsewhere',
            undefined,
            undefined,
          ][parent],
        };
      });
      const cml = contextMapToCml({
        contexts: [],
        edges: [],
        generatedAt: '',
        domains,
      });
      expect(domainBlocks(cml)).toEqual(domainBlocksAsBefore(domains));
    }
  });
});
