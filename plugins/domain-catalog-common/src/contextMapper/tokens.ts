/** A CML file that does not parse, with where the first problem is (1-based). */
export class CmlSyntaxError extends Error {
  constructor(readonly line: number, readonly column: number, problem: string) {
    super(`line ${line}, column ${column}: ${problem}`);
    this.name = 'CmlSyntaxError';
  }
}

/**
 * A CML model that parses but is larger than one import may be: too many
 * entities, relationships or lines of YAML. A {@link CmlSyntaxError}, so that
 * callers answer it as they answer a model that does not parse; the message
 * says what the limit is and carries no line when the whole model is at fault.
 */
export class CmlLimitError extends CmlSyntaxError {
  constructor(problem: string, line = 0, column = 0) {
    super(line, column, problem);
    this.message = line > 0 ? this.message : problem;
    this.name = 'CmlLimitError';
  }
}

/** The longest identifier CML may use; a catalog name has at most 63 characters. */
export const CML_MAX_IDENTIFIER_LENGTH = 255;

/** One token of CML source. */
export interface Token {
  kind: 'id' | 'string' | 'punct' | 'arrow' | 'eof';
  value: string;
  line: number;
  column: number;
}

const PUNCT = new Set(['{', '}', '[', ']', ',', '=', '@', ';', ':', '(', ')']);

const isLetter = (c: string) =>
  (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
const isWordChar = (c: string) =>
  isLetter(c) || (c >= '0' && c <= '9') || c === '_';

/**
 * The length of the identifier at `start` (0 when there is none): word
 * characters, then any number of `-` + letter + word characters. One pass
 * over the identifier, without regular expressions.
 */
function identifierLength(source: string, start: number): number {
  if (!isWordChar(source[start] ?? '')) return 0;
  let end = start + 1;
  for (;;) {
    while (end < source.length && isWordChar(source[end])) end++;
    if (source[end] !== '-' || !isLetter(source[end + 1] ?? ''))
      return end - start;
    end += 2;
  }
}

/**
 * Reads CML one token at a time: each call returns the next token, and the
 * end of the file for ever after it. Identifiers may contain hyphens between
 * letters because the relationship keywords do (Shared-Kernel,
 * Customer-Supplier). Every character is looked at a bounded number of
 * times, so reading takes time linear in the source; throws
 * {@link CmlSyntaxError} when it reaches a text or comment never closed or a
 * name too long.
 */
export function cmlLexer(source: string): () => Token {
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
  return () => {
    while (i < source.length) {
      const c = source[i];
      if (/\s/.test(c)) {
        advance(1);
      } else if (source.startsWith('//', i)) {
        while (i < source.length && source[i] !== '\n') advance(1);
      } else if (source.startsWith('/*', i)) {
        const end = source.indexOf('*/', i + 2);
        if (end < 0) {
          throw new CmlSyntaxError(
            line,
            column,
            'comment is never closed with */',
          );
        }
        advance(end + 2 - i);
      } else if (c === '"' || c === "'") {
        const at = { line, column };
        // The text between escapes, joined once at the end (not one += per character).
        const parts: string[] = [];
        advance(1);
        let from = i;
        while (i < source.length && source[i] !== c) {
          if (source[i] === '\\' && i + 1 < source.length) {
            parts.push(source.slice(from, i));
            advance(1);
            from = i;
          }
          advance(1);
        }
        if (i >= source.length) {
          throw new CmlSyntaxError(
            at.line,
            at.column,
            'text is never closed with a quote',
          );
        }
        parts.push(source.slice(from, i));
        advance(1);
        return { kind: 'string', value: parts.join(''), ...at };
      } else if (
        source.startsWith('<->', i) ||
        source.startsWith('->', i) ||
        source.startsWith('<-', i)
      ) {
        const value = source.startsWith('<->', i)
          ? '<->'
          : source.slice(i, i + 2);
        const token: Token = { kind: 'arrow', value, line, column };
        advance(value.length);
        return token;
      } else {
        const length = PUNCT.has(c) ? 0 : identifierLength(source, i);
        if (length > CML_MAX_IDENTIFIER_LENGTH) {
          throw new CmlSyntaxError(
            line,
            column,
            `a name of ${length} characters is longer than the ${CML_MAX_IDENTIFIER_LENGTH} allowed; shorten it`,
          );
        }
        // Other characters (in attribute types such as List<Address>, or
        // stray ones) are tokens the parser refuses only where it matters.
        const token: Token =
          length > 0
            ? { kind: 'id', value: source.slice(i, i + length), line, column }
            : { kind: 'punct', value: c, line, column };
        advance(length || 1);
        return token;
      }
    }
    return { kind: 'eof', value: 'the end of the file', line, column };
  };
}

/** Splits CML into tokens, the last one the end of the file; see {@link cmlLexer}. */
export function tokenize(source: string): Token[] {
  const next = cmlLexer(source);
  const tokens = [next()];
  while (tokens[tokens.length - 1].kind !== 'eof') tokens.push(next());
  return tokens;
}
