import { DomainClassification } from '../model';
import { cmlLexer, CmlSyntaxError, Token } from './tokens';

/** A relationship of a CML context map, directed from upstream to downstream. */
export interface CmlRelationship {
  name?: string;
  /** For a symmetric relationship, the left-hand context. */
  upstream: string;
  /** For a symmetric relationship, the right-hand context. */
  downstream: string;
  symmetric?: 'partnership' | 'shared-kernel';
  upstreamPatterns: Array<'open-host-service' | 'published-language'>;
  downstreamPatterns: Array<'anticorruption-layer' | 'conformist'>;
  customerSupplier: boolean;
  implementationTechnology?: string;
  line: number;
}

/** A CML bounded context. */
export interface CmlBoundedContext {
  name: string;
  implements: string[];
  domainVisionStatement?: string;
  responsibilities?: string[];
  line: number;
}

/** A CML domain with its subdomains. */
export interface CmlDomain {
  name: string;
  domainVisionStatement?: string;
  subdomains: Array<{
    name: string;
    type?: DomainClassification;
    domainVisionStatement?: string;
  }>;
  line: number;
}

/** What the domain catalog reads from a CML model. */
export interface CmlModel {
  contextMap?: {
    name: string;
    contains: string[];
    relationships: CmlRelationship[];
  };
  boundedContexts: CmlBoundedContext[];
  domains: CmlDomain[];
}

const SUBDOMAIN_TYPES: Record<string, DomainClassification> = {
  CORE_DOMAIN: 'core',
  SUPPORTING_DOMAIN: 'supporting',
  GENERIC_SUBDOMAIN: 'generic',
};
const KEYWORD_RELATIONSHIPS: Record<
  string,
  {
    symmetric?: 'partnership' | 'shared-kernel';
    leftUpstream?: boolean;
    cs?: boolean;
  }
> = {
  Partnership: { symmetric: 'partnership' },
  'Shared-Kernel': { symmetric: 'shared-kernel' },
  'Upstream-Downstream': { leftUpstream: true },
  'Downstream-Upstream': { leftUpstream: false },
  'Supplier-Customer': { leftUpstream: true, cs: true },
  'Customer-Supplier': { leftUpstream: false, cs: true },
};
// Attributes whose "=" Context Mapper lets you leave out.
const ATTRIBUTE_KEYS = new Set([
  'type',
  'state',
  'domainVisionStatement',
  'responsibilities',
  'implementationTechnology',
  'knowledgeLevel',
  'exposedAggregates',
  'downstreamRights',
  'businessModel',
  'evolution',
]);
/** Whether a table has the key itself, so that `toString` or `__proto__` in CML are no keys. */
const hasOwn = (table: object, key: string) =>
  Object.prototype.hasOwnProperty.call(table, key);
const ROLE_TOKENS = ['U', 'D', 'S', 'C', 'OHS', 'PL', 'ACL', 'CF', 'P', 'SK'];

/**
 * A recursive-descent parser without recursion that follows the input: the
 * elements it reads nest at most three deep (Domain, Subdomain, attributes),
 * and blocks it does not read are skipped by counting braces, so input
 * nested a hundred thousand deep is no deeper on the stack. Every loop moves
 * on at least one token or fails, so parsing takes time linear in the tokens.
 * It reads them from the lexer as it goes and keeps only the last few, so a
 * long source does not become a long list of tokens in memory.
 */
class Parser {
  private pos = 0;
  /** The tokens read from `base` on; the parser looks at most one back. */
  private window: Token[] = [];
  private base = 0;
  constructor(private readonly next: () => Token) {}

  /** The token at an index, reading up to it (past the end, the end of the file). */
  private at(index: number): Token {
    if (this.pos - this.base > 1024) {
      // Forgets all but the token before the current one, now and then.
      this.window = this.window.slice(this.pos - 1 - this.base);
      this.base = this.pos - 1;
    }
    while (index - this.base >= this.window.length) {
      this.window.push(this.next());
    }
    return this.window[index - this.base];
  }
  private get token() {
    return this.at(this.pos);
  }
  private peek(offset = 1) {
    return this.at(this.pos + offset);
  }
  private fail(token: Token, expected: string): never {
    const found = token.kind === 'eof' ? token.value : `'${token.value}'`;
    throw new CmlSyntaxError(
      token.line,
      token.column,
      `expected ${expected}, found ${found}`,
    );
  }
  private is(value: string) {
    return this.token.kind !== 'string' && this.token.value === value;
  }
  private expect(value: string, what: string) {
    if (!this.is(value)) this.fail(this.token, what);
    return this.at(this.pos++);
  }
  private id(what: string) {
    if (this.token.kind !== 'id') this.fail(this.token, what);
    return this.at(this.pos++).value;
  }
  private idList(what: string) {
    const ids = [this.id(what)];
    while (this.is(',')) {
      this.pos++;
      ids.push(this.id(what));
    }
    return ids;
  }

  /** Skips a balanced { ... } block. */
  private skipBlock() {
    const open = this.expect('{', "'{'");
    let depth = 1;
    while (depth > 0) {
      if (this.token.kind === 'eof') {
        throw new CmlSyntaxError(
          open.line,
          open.column,
          "'{' is never closed with '}'",
        );
      }
      if (this.is('{')) depth++;
      if (this.is('}')) depth--;
      this.pos++;
    }
  }

  /** Reads `key = value[, value]` and returns the values, or skips an unknown nested element. */
  private attributes(
    onAttribute: (key: string, values: string[]) => void,
    onElement?: (keyword: string) => boolean,
  ) {
    this.expect('{', "'{'");
    while (!this.is('}')) {
      const token = this.token;
      if (token.kind === 'eof') this.fail(token, "'}'");
      const equals = this.peek().value === '=' && this.peek().kind === 'punct';
      const bare =
        ATTRIBUTE_KEYS.has(token.value) &&
        (this.peek().kind === 'string' || this.peek().kind === 'id');
      if (token.kind === 'id' && (equals || bare)) {
        this.pos += equals ? 2 : 1;
        const values: string[] = [];
        do {
          if (values.length) this.pos++;
          if (this.token.kind !== 'string' && this.token.kind !== 'id')
            this.fail(this.token, `a value for ${token.value}`);
          values.push(this.at(this.pos++).value);
        } while (this.is(','));
        onAttribute(token.value, values);
      } else if (token.kind === 'id' && onElement?.(token.value)) {
        // handled by the caller
      } else if (token.kind === 'id' || token.kind === 'string') {
        // Nested elements we do not read (Aggregate, Module, ...): skip to their block or the next line's element.
        this.pos++;
        while (
          this.token.kind === 'id' ||
          this.token.kind === 'string' ||
          this.is(',')
        )
          this.pos++;
        if (this.is('{')) this.skipBlock();
      } else if (this.is(';')) {
        this.pos++;
      } else {
        this.fail(token, "an attribute (name = value) or '}'");
      }
    }
    this.pos++;
  }

  parse(): CmlModel {
    const model: CmlModel = { boundedContexts: [], domains: [] };
    while (this.token.kind !== 'eof') {
      const token = this.token;
      if (this.is('ContextMap')) {
        if (model.contextMap) {
          throw new CmlSyntaxError(
            token.line,
            token.column,
            'a model has one ContextMap; merge the second into the first',
          );
        }
        model.contextMap = this.contextMap();
      } else if (this.is('BoundedContext')) {
        model.boundedContexts.push(this.boundedContext());
      } else if (this.is('Domain')) {
        model.domains.push(this.domain());
      } else if (this.is('import')) {
        this.pos++;
        if (this.token.kind !== 'string')
          this.fail(this.token, 'the file to import, in quotes');
        this.pos++;
      } else if (token.kind === 'id') {
        // Other top-level elements (UseCase, Stakeholders, ...): name, then a block.
        this.pos++;
        while (this.token.kind === 'id' || this.is(',')) this.pos++;
        if (this.is('{')) this.skipBlock();
      } else {
        this.fail(token, 'ContextMap, BoundedContext or Domain');
      }
    }
    return model;
  }

  private contextMap() {
    this.pos++;
    const name = this.token.kind === 'id' ? this.id('a name') : 'ContextMap';
    const map = {
      name,
      contains: [] as string[],
      relationships: [] as CmlRelationship[],
    };
    this.expect('{', "'{' after the ContextMap name");
    while (!this.is('}')) {
      if (this.token.kind === 'eof')
        this.fail(this.token, "'}' to close the ContextMap");
      if (
        (this.is('type') || this.is('state')) &&
        (this.peek().value === '=' || this.peek().kind === 'id') &&
        !['->', '<-', '<->', '['].includes(this.peek().value)
      ) {
        const key = this.token.value;
        this.pos += this.peek().value === '=' ? 2 : 1;
        this.id(`a ${key}`);
      } else if (this.is('contains')) {
        this.pos++;
        // A loop, not push(...list): spreading a list of hundreds of
        // thousands of names overflows the call stack.
        for (const contained of this.idList('a bounded context name'))
          map.contains.push(contained);
      } else {
        map.relationships.push(this.relationship());
      }
    }
    this.pos++;
    return map;
  }

  private roles(): { tokens: string[]; at?: Token } {
    if (!this.is('[')) return { tokens: [] };
    const at = this.expect('[', "'['");
    const tokens: string[] = [];
    while (!this.is(']')) {
      const t = this.token;
      if (t.kind !== 'id' || !ROLE_TOKENS.includes(t.value)) {
        this.fail(t, `a relationship role (${ROLE_TOKENS.join(', ')})`);
      }
      tokens.push(t.value);
      this.pos++;
      if (this.is(',')) this.pos++;
      else if (!this.is(']')) this.fail(this.token, "',' or ']'");
    }
    this.pos++;
    return { tokens, at };
  }

  private relationship(): CmlRelationship {
    const start = this.token;
    let name: string | undefined;
    if (this.token.kind === 'id' && this.peek().value === '@') {
      name = this.id('a relationship name');
      this.pos++;
    }
    const left = this.id('a bounded context name to start a relationship');
    const leftRoles = this.roles();
    const connector = this.token;
    let leftUpstream: boolean | undefined;
    let symmetric: CmlRelationship['symmetric'];
    let customerSupplier = false;
    if (connector.kind === 'arrow') {
      // A bare <-> is a shared kernel, as in Context Mapper.
      if (connector.value === '<->') symmetric = 'shared-kernel';
      else leftUpstream = connector.value === '->';
    } else if (
      connector.kind === 'id' &&
      hasOwn(KEYWORD_RELATIONSHIPS, connector.value)
    ) {
      const k = KEYWORD_RELATIONSHIPS[connector.value];
      symmetric = k.symmetric;
      leftUpstream = k.leftUpstream;
      customerSupplier = !!k.cs;
    } else {
      this.fail(
        connector,
        "'->', '<-', '<->' or a relationship keyword such as Customer-Supplier",
      );
    }
    this.pos++;
    const rightRoles = this.roles();
    const right = this.id('a bounded context name to end the relationship');
    // The name may also follow the relationship: `A -> B : Payments`.
    if (this.is(':')) {
      this.pos++;
      name = this.id('a relationship name after ":"');
    }
    const all = [...leftRoles.tokens, ...rightRoles.tokens];
    if (symmetric) {
      if (all.includes('P')) symmetric = 'partnership';
      if (all.includes('SK')) symmetric = 'shared-kernel';
      const wrong = all.find(r => r !== 'P' && r !== 'SK');
      if (wrong) {
        const at = leftRoles.tokens.includes(wrong)
          ? leftRoles.at!
          : rightRoles.at!;
        throw new CmlSyntaxError(
          at.line,
          at.column,
          `'${wrong}' cannot mark a symmetric relationship; use [P] or [SK] on both sides`,
        );
      }
    }
    const [upRoles, downRoles] = leftUpstream
      ? [leftRoles, rightRoles]
      : [rightRoles, leftRoles];
    if (!symmetric) {
      for (const [side, list, bad] of [
        ['upstream', upRoles, ['D', 'C', 'ACL', 'CF', 'P', 'SK']],
        ['downstream', downRoles, ['U', 'S', 'OHS', 'PL', 'P', 'SK']],
      ] as const) {
        const wrong = list.tokens.find(r =>
          (bad as readonly string[]).includes(r),
        );
        if (wrong) {
          throw new CmlSyntaxError(
            list.at!.line,
            list.at!.column,
            `'${wrong}' cannot be on the ${side} side of this relationship (the arrow points from upstream to downstream)`,
          );
        }
      }
      customerSupplier =
        customerSupplier || all.includes('S') || all.includes('C');
    }
    const relationship: CmlRelationship = {
      name,
      upstream: symmetric || leftUpstream ? left : right,
      downstream: symmetric || leftUpstream ? right : left,
      symmetric,
      upstreamPatterns: symmetric
        ? []
        : [
            ...(upRoles.tokens.includes('OHS')
              ? ['open-host-service' as const]
              : []),
            ...(upRoles.tokens.includes('PL')
              ? ['published-language' as const]
              : []),
          ],
      downstreamPatterns: symmetric
        ? []
        : [
            ...(downRoles.tokens.includes('ACL')
              ? ['anticorruption-layer' as const]
              : []),
            ...(downRoles.tokens.includes('CF') ? ['conformist' as const] : []),
          ],
      customerSupplier,
      line: start.line,
    };
    if (this.is('{')) {
      this.attributes((key, values) => {
        if (key === 'implementationTechnology')
          relationship.implementationTechnology = values[0];
      });
    }
    return relationship;
  }

  private boundedContext(): CmlBoundedContext {
    const line = this.token.line;
    this.pos++;
    const context: CmlBoundedContext = {
      name: this.id('a BoundedContext name'),
      implements: [],
      line,
    };
    while (
      this.token.kind === 'id' &&
      ['implements', 'realizes', 'refines'].includes(this.token.value)
    ) {
      const keyword = this.id('implements');
      const names = this.idList(`a name after ${keyword}`);
      if (keyword === 'implements')
        for (const name of names) context.implements.push(name);
    }
    if (this.token.kind === 'id' && this.peek().value === '{') {
      // `BoundedContext A foo {`: not the start of the next element.
      this.fail(this.token, `'{' after BoundedContext ${context.name}`);
    }
    if (this.is('{')) {
      this.attributes((key, values) => {
        if (key === 'domainVisionStatement')
          context.domainVisionStatement = values[0];
        if (key === 'responsibilities') context.responsibilities = values;
      });
    } else if (this.token.kind !== 'eof' && this.token.kind !== 'id') {
      this.fail(
        this.token,
        `'{' or the next element after BoundedContext ${context.name}`,
      );
    }
    return context;
  }

  private domain(): CmlDomain {
    const line = this.token.line;
    this.pos++;
    const domain: CmlDomain = {
      name: this.id('a Domain name'),
      subdomains: [],
      line,
    };
    if (!this.is('{')) return domain;
    this.attributes(
      (key, values) => {
        if (key === 'domainVisionStatement')
          domain.domainVisionStatement = values[0];
      },
      keyword => {
        if (keyword !== 'Subdomain') return false;
        this.pos++;
        const sub: CmlDomain['subdomains'][number] = {
          name: this.id('a Subdomain name'),
        };
        while (this.token.kind === 'id' && this.token.value === 'supports') {
          this.pos++;
          this.idList('a name after supports');
        }
        if (this.is('{')) {
          this.attributes((key, values) => {
            if (key === 'type') {
              sub.type = hasOwn(SUBDOMAIN_TYPES, values[0])
                ? SUBDOMAIN_TYPES[values[0]]
                : undefined;
              if (!sub.type) {
                const t = this.peek(-1);
                throw new CmlSyntaxError(
                  t.line,
                  t.column,
                  `'${values[0]}' is not a subdomain type; use CORE_DOMAIN, SUPPORTING_DOMAIN or GENERIC_SUBDOMAIN`,
                );
              }
            }
            if (key === 'domainVisionStatement')
              sub.domainVisionStatement = values[0];
          });
        }
        domain.subdomains.push(sub);
        return true;
      },
    );
    return domain;
  }
}

/**
 * Parses Context Mapper's CML: domains and subdomains with their types,
 * bounded contexts with what they implement, and the context map's
 * relationships in every syntax. Throws {@link CmlSyntaxError} with the line
 * and column of the first problem.
 */
export function parseCml(source: string): CmlModel {
  return new Parser(cmlLexer(source)).parse();
}

/** Context Mapper's semantic checks on a parsed model, as messages naming the line. */
export function checkCmlSemantics(model: CmlModel): string[] {
  const problems: string[] = [];
  const declared = new Set(model.boundedContexts.map(c => c.name));
  const contained = new Set(model.contextMap?.contains ?? []);
  for (const r of model.contextMap?.relationships ?? []) {
    const where = `line ${r.line}: relationship ${r.upstream} – ${r.downstream}`;
    if (r.upstream === r.downstream) {
      problems.push(
        `${where}: a context cannot have a relationship with itself`,
      );
    }
    if (r.customerSupplier && r.downstreamPatterns.includes('conformist')) {
      problems.push(
        `${where}: conformist (CF) is not applicable to a customer-supplier relationship`,
      );
    }
    for (const name of [r.upstream, r.downstream]) {
      if (declared.size > 0 && !declared.has(name)) {
        problems.push(`${where}: ${name} is not declared as a BoundedContext`);
      } else if (contained.size > 0 && !contained.has(name)) {
        problems.push(
          `${where}: ${name} is not in the ContextMap's contains list`,
        );
      }
    }
  }
  return problems;
}
