/** A CML file that does not parse, with where the first problem is (1-based). */
export class CmlSyntaxError extends Error {
  constructor(readonly line: number, readonly column: number, problem: string) {
    super(`line ${line}, column ${column}: ${problem}`);
    this.name = 'CmlSyntaxError';
  }
}

/** One token of CML source. */
export interface Token {
  kind: 'id' | 'string' | 'punct' | 'arrow' | 'eof';
  value: string;
  line: number;
  column: number;
}

const PUNCT = new Set(['{', '}', '[', ']', ',', '=', '@', ';', ':', '(', ')']);

/**
 * Splits CML into tokens. Identifiers may contain hyphens between letters
 * because the relationship keywords do (Shared-Kernel, Customer-Supplier).
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let column = 1;
  const advance = (n: number) => {
    for (let k = 0; k < n; k++) {
      if (source[i] === '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i++;
    }
  };
  while (i < source.length) {
    const c = source[i];
    if (/\s/.test(c)) {
      advance(1);
    } else if (source.startsWith('//', i)) {
      while (i < source.length && source[i] !== '\n') advance(1);
    } else if (source.startsWith('/*', i)) {
      const at = { line, column };
      const end = source.indexOf('*/', i + 2);
      if (end < 0) {
        throw new CmlSyntaxError(
          at.line,
          at.column,
          'comment is never closed with */',
        );
      }
      advance(end + 2 - i);
    } else if (c === '"' || c === "'") {
      const at = { line, column };
      let value = '';
      advance(1);
      while (i < source.length && source[i] !== c) {
        if (source[i] === '\\' && i + 1 < source.length) {
          advance(1);
        }
        value += source[i];
        advance(1);
      }
      if (i >= source.length) {
        throw new CmlSyntaxError(
          at.line,
          at.column,
          'text is never closed with a quote',
        );
      }
      advance(1);
      tokens.push({ kind: 'string', value, ...at });
    } else if (
      source.startsWith('<->', i) ||
      source.startsWith('->', i) ||
      source.startsWith('<-', i)
    ) {
      const value = source.startsWith('<->', i)
        ? '<->'
        : source.slice(i, i + 2);
      tokens.push({ kind: 'arrow', value, line, column });
      advance(value.length);
    } else if (PUNCT.has(c)) {
      tokens.push({ kind: 'punct', value: c, line, column });
      advance(1);
    } else {
      const match =
        /^[A-Za-z_0-9][A-Za-z0-9_]*(?:-[A-Za-z][A-Za-z0-9_]*)*/.exec(
          source.slice(i, i + 200),
        );
      if (match) {
        tokens.push({ kind: 'id', value: match[0], line, column });
        advance(match[0].length);
      } else {
        // Any other character (in attribute types such as List<Address>,
        // or a stray one): a token the parser refuses only where it matters.
        tokens.push({ kind: 'punct', value: c, line, column });
        advance(1);
      }
    }
  }
  tokens.push({ kind: 'eof', value: 'the end of the file', line, column });
  return tokens;
}
