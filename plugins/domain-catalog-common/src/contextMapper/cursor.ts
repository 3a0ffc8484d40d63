import { CML_SKIPPED_KEPT, CmlSkipped } from './cmlModel';
import { CmlSyntaxError, Token } from './tokens';

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
const shorten = (text: string) =>
  text.length > 120 ? `${text.slice(0, 119)}…` : text;

/** Whether a table has the key itself, so that `toString` or `__proto__` in CML are no keys. */
export const hasOwn = (table: object, key: string) =>
  Object.prototype.hasOwnProperty.call(table, key);

/**
 * The tokens of a CML source, read from the lexer as the parser goes: it
 * keeps only the last few, so a long source does not become a long list of
 * tokens in memory. Every helper moves on at least one token or fails.
 */
export class CmlCursor {
  pos = 0;
  /** The tokens read from `base` on; the parser looks at most one back. */
  private window: Token[] = [];
  private base = 0;
  /** What was read past (the first {@link CML_SKIPPED_KEPT}), and how many all told. */
  readonly skipped: CmlSkipped[] = [];
  skippedCount = 0;
  /** The element being read, named in what is skipped inside it. */
  within?: string;
  constructor(private readonly next: () => Token) {}

  /** Notes something the import does not carry over; keeps a bounded number. */
  skip(line: number, element: string) {
    this.skippedCount++;
    if (this.skipped.length < CML_SKIPPED_KEPT) {
      this.skipped.push({
        line,
        element: shorten(element),
        ...(this.within ? { within: shorten(this.within) } : {}),
      });
    }
  }

  /** The token at an index, reading up to it (past the end, the end of the file). */
  at(index: number): Token {
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
  get token() {
    return this.at(this.pos);
  }
  peek(offset = 1) {
    return this.at(this.pos + offset);
  }
  fail(token: Token, expected: string): never {
    const found = token.kind === 'eof' ? token.value : `'${token.value}'`;
    throw new CmlSyntaxError(
      token.line,
      token.column,
      `expected ${expected}, found ${found}`,
    );
  }
  is(value: string) {
    return this.token.kind !== 'string' && this.token.value === value;
  }
  expect(value: string, what: string) {
    if (!this.is(value)) this.fail(this.token, what);
    return this.at(this.pos++);
  }
  id(what: string) {
    if (this.token.kind !== 'id') this.fail(this.token, what);
    return this.at(this.pos++).value;
  }
  idList(what: string) {
    const ids = [this.id(what)];
    while (this.is(',')) {
      this.pos++;
      ids.push(this.id(what));
    }
    return ids;
  }

  /** Skips a balanced { ... } block. */
  skipBlock() {
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
  attributes(
    onAttribute: (key: string, values: string[], line: number) => void,
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
        onAttribute(token.value, values, token.line);
      } else if (token.kind === 'id' && onElement?.(token.value)) {
        // handled by the caller
      } else if (token.kind === 'id' || token.kind === 'string') {
        // Nested elements we do not read (Aggregate, Module, ...): skip to their block or the next line's element.
        const name = this.peek().kind === 'id' ? ` ${this.peek().value}` : '';
        this.skip(token.line, `${token.value}${name}`);
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
}
