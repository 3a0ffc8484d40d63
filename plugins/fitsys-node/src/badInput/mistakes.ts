import fc from 'fast-check';
import { numberBounds, Schema, SchemaReader } from './openapi';

/**
 * The mistakes one can make with one value, by type, as fast-check
 * arbitraries: each gives the bad value and a sentence saying what is wrong
 * with it. Every value here is one the schema refuses, and refuses
 * unambiguously: strings that differ from an enum value only in case or
 * surrounding white space, or that a lenient reading of a format would take
 * (`2024-01-01T09:00Z`), are left out, so that a 2xx always means a bug.
 */

/** JSON text put into a body as it is: a number JSON.stringify cannot write, or nesting too deep for it. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** A bad value and what is wrong with it. */
export interface Mistake {
  value: unknown;
  mistake: string;
}

/** Where a value goes: a JSON body takes any JSON, the others only text. */
export type Place = 'body' | 'query' | 'path' | 'header';

const show = (value: unknown) => {
  if (value instanceof RawJson)
    return value.text.length > 40 ? `${value.text.slice(0, 40)}…` : value.text;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** An enum value as a lenient server might read it: case and white space aside. */
const fold = (value: unknown) =>
  typeof value === 'string' ? value.trim().toLocaleLowerCase('en-US') : value;

/** Strings that break many patterns; the ones a schema's pattern takes are dropped. */
function patternBreakers(valid: string): string[] {
  return [
    '',
    ' ',
    '   ',
    '\t',
    '!',
    '-',
    '.',
    '..',
    '~',
    '_',
    '/',
    '@',
    '%',
    'é',
    'a b',
    '-x',
    'x-',
    'x--y',
    'A',
    'Z9',
    '/x',
    'x/y/z',
    'x:y:z',
    'ftp://example.com/',
    'example.com',
    'not-an-id',
    '42',
    'null',
    `${valid} !`,
    `!${valid}`,
    ` ${valid} `,
    `${valid}/`,
    `${valid}0`,
    valid.slice(1),
    valid.toLocaleUpperCase('en-US'),
    valid.replace(/^./, '!'),
  ];
}

/** Strings that no reading of a format takes. */
const FORMAT_BREAKERS: Record<string, string[]> = {
  uuid: [
    'not-a-uuid',
    '42',
    '00000000-0000-4000-8000-00000000000',
    '00000000-0000-4000-8000-0000000000000',
    'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
    '{00000000-0000-4000-8000-000000000000}',
    'null',
  ],
  'date-time': [
    'yesterday',
    'now',
    '2024-02-30T00:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-01-01T25:00:00Z',
    '2024-01-01T00:00:00+99:00',
    '2024-01-01T00:00:00-25:00',
    '2024-01-01T00:00:00',
    '2024-01-01T00:00:00ZZ',
    '2024-01-01',
    '1700000000000',
    '',
  ],
  date: ['yesterday', '2024-13-01', '2024-02-30', '2024-1-1', '20240101x', ''],
  uri: ['not a url', 'see the wiki', 'http://exa mple.com/', '://example.com'],
  url: ['not a url', 'see the wiki', 'http://exa mple.com/', '://example.com'],
  email: ['not-an-email', 'someone@', '@example.com', ''],
};

/** Values that are close to an enum's without being one. */
function enumNeighbours(values: unknown[]): string[] {
  const strings = values.filter((v): v is string => typeof v === 'string');
  return [
    '',
    'other',
    'unknown',
    'none',
    '*',
    'null',
    ...strings.flatMap(v => [`${v}x`, `x${v}`, v.slice(0, -1), `${v}s`]),
  ];
}

/** The value with a character inserted (or, at its maxLength, written over one). */
function withCharacter(
  valid: string,
  maxLength: number | undefined,
  character: fc.Arbitrary<string>,
  what: string,
): fc.Arbitrary<Mistake> {
  return fc.tuple(fc.nat({ max: valid.length }), character).map(([at, ch]) => {
    const full = maxLength !== undefined && valid.length + 1 > maxLength;
    const start = full ? Math.min(at, Math.max(0, valid.length - 1)) : at;
    return {
      value: `${valid.slice(0, start)}${ch}${valid.slice(
        full ? start + 1 : start,
      )}`,
      mistake: `${what} inside`,
    };
  });
}

/** The value made `length` characters long. */
function lengthened(valid: string, length: number) {
  return valid.length >= length
    ? valid.slice(0, length)
    : `${valid}${'x'.repeat(length - valid.length)}`;
}

/** A header value Node and fetch send as it is. */
const sendableHeader = (value: string) =>
  /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(value);

/** The mistakes of a string of this schema. */
export function stringMistakes(
  reader: SchemaReader,
  s: Schema,
  options: {
    place: Place;
    valid: string;
    /** The longest string that fits the request's limits. */
    room: number;
    /** Values the field takes in another alternative of a oneOf (a discriminator's). */
    alsoAllowed?: unknown[];
    nullable?: boolean;
  },
): fc.Arbitrary<Mistake>[] {
  const { place, valid, room } = options;
  const min: number = s.minLength ?? 0;
  const max: number | undefined = s.maxLength;
  const allowed = new Set(
    [...(s.enum ?? []), ...(options.alsoAllowed ?? [])].map(fold),
  );
  const fitsLength = (v: string) =>
    v.length >= min && (max === undefined || v.length <= max);
  const notAllowed = (v: string) => !allowed.has(fold(v));
  const out: fc.Arbitrary<Mistake>[] = [];

  if (max !== undefined && room > max) {
    out.push(
      fc
        .oneof(
          fc.integer({ min: max + 1, max: Math.min(max + 16, room) }),
          fc.integer({ min: max + 1, max: room }),
        )
        .map(length => ({
          value: lengthened(valid, length),
          mistake: `${length} characters, over its maxLength ${max}`,
        })),
    );
  }
  // An empty path segment is another route, not a value too short: a path
  // parameter of minLength 1 has no too-short value to send.
  if (min > 0 && !(place === 'path' && min === 1)) {
    const short = valid.slice(0, min - 1);
    out.push(
      fc.constant({
        value: short,
        mistake: `${short.length} characters, under its minLength ${min}`,
      }),
    );
  }
  if (Array.isArray(s.enum)) {
    const near = enumNeighbours(s.enum).filter(notAllowed);
    out.push(
      fc
        .oneof(
          fc.constantFrom(...(near.length ? near : ['x-not-in-the-enum'])),
          fc.string({ maxLength: 24 }).filter(notAllowed),
        )
        .map(v => ({ value: v, mistake: `${show(v)}, not one of its enum` })),
    );
  }
  const re = reader.pattern(s);
  if (re) {
    const breakers = patternBreakers(valid).filter(
      v => !re.test(v) && fitsLength(v) && notAllowed(v),
    );
    if (breakers.length)
      out.push(
        fc.constantFrom(...breakers).map(v => ({
          value: v,
          mistake: `${show(v)}, which its pattern ${s.pattern} refuses`,
        })),
      );
  }
  const formatBreakers = (FORMAT_BREAKERS[s.format] ?? []).filter(
    v => fitsLength(v) && notAllowed(v),
  );
  if (formatBreakers.length)
    out.push(
      fc.constantFrom(...formatBreakers).map(v => ({
        value: v,
        mistake: `${show(v)}, not a ${s.format}`,
      })),
    );
  if (place !== 'header')
    out.push(
      withCharacter(valid, max, fc.constant('\u0000'), 'a NUL character'),
    );
  if (place === 'body')
    out.push(
      withCharacter(
        valid,
        max,
        fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff'),
        'half a surrogate pair',
      ),
    );
  return place === 'header'
    ? out.map(a =>
        a.filter(m => typeof m.value === 'string' && sendableHeader(m.value)),
      )
    : out;
}

/** The mistakes of a number of this schema, as JSON or as text (query, path). */
export function numberMistakes(
  s: Schema,
  options: { place: Place; valid: number },
): fc.Arbitrary<Mistake>[] {
  const integer = s.type === 'integer';
  const [low, high] = numberBounds(s);
  const text = options.place !== 'body';
  const as = (n: number) => (text ? String(n) : n);
  const out: fc.Arbitrary<Mistake>[] = [];
  if (low > -Infinity) {
    const below = [low - 1, low - 1000, -1e15, -Number.MAX_SAFE_INTEGER, -1e308]
      .map(n => (integer ? Math.floor(n) : n))
      .filter(n => n < low && Number.isFinite(n));
    if (!integer) below.push(low - 0.5);
    out.push(
      fc.constantFrom(...below).map(n => ({
        value: as(n),
        mistake: `${n}, below its minimum ${low}`,
      })),
    );
  }
  if (high < Infinity) {
    const above = [high + 1, high + 1000, 1e15, Number.MAX_SAFE_INTEGER, 1e308]
      .map(n => (integer ? Math.ceil(n) : n))
      .filter(n => n > high && Number.isFinite(n));
    if (!integer) above.push(high + 0.5);
    out.push(
      fc.constantFrom(...above).map(n => ({
        value: as(n),
        mistake: `${n}, above its maximum ${high}`,
      })),
    );
  }
  if (integer) {
    const fractions = [options.valid + 0.5, low + 0.5, 0.1, 1e-7, -0.5].filter(
      n => n >= low && n <= high && !Number.isInteger(n),
    );
    if (fractions.length)
      out.push(
        fc.constantFrom(...fractions).map(n => ({
          value: as(n),
          mistake: `${n}, not an integer`,
        })),
      );
  }
  if (integer || low > -Infinity || high < Infinity) {
    const infinite = [
      ...(integer || high < Infinity ? ['1e999'] : []),
      ...(integer || low > -Infinity ? ['-1e999'] : []),
    ];
    out.push(
      fc.constantFrom(...infinite).map(t => ({
        value: text ? t : new RawJson(t),
        mistake: `${t}, which reads as infinity`,
      })),
    );
  }
  if (text)
    out.push(
      fc
        .constantFrom('ten', 'NaN', '1,5', '5px', 'one', '--1', '0x', '', '[]')
        .map(v => ({ value: v, mistake: `${show(v)}, not a number` })),
    );
  return out;
}

/** The type with its article. */
const a = (type: string) =>
  /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;

/** Values of other JSON types than the schema's. */
export function wrongTypes(
  type: string | undefined,
  valid: unknown,
  nullable: boolean,
): fc.Arbitrary<Mistake> | undefined {
  const byType: Record<string, unknown[]> = {
    string: [0, 1, -1, 1.5, true, false, [], [valid], {}, { value: valid }],
    integer: [String(valid), 'x', '', true, false, [], [valid], {}],
    number: [String(valid), 'x', '', true, false, [], [valid], {}],
    boolean: ['true', 'false', 1, 0, 'yes', [], {}],
    array: ['x', 1, true, {}, { 0: Array.isArray(valid) ? valid[0] : valid }],
    object: [[], [valid], 'x', 1, true],
  };
  const values = byType[type ?? ''];
  if (!values) return undefined;
  return fc
    .constantFrom(...values, ...(nullable ? [] : [null]))
    .map(v => ({ value: v, mistake: `${show(v)} instead of ${a(type!)}` }));
}

/** The text of a value nested `depth` levels deep. */
function nested(depth: number, style: string, leaf: string): string {
  if (style === 'array')
    return `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`;
  if (style === 'object')
    return `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;
  const pairs = Math.ceil(depth / 2);
  return `${'[{"a":'.repeat(pairs)}${leaf}${'}]'.repeat(pairs)}`;
}

/**
 * A value nested hundreds to tens of thousands of levels deep, as raw JSON
 * of at most `room` bytes; undefined when not even 100 levels fit.
 */
export function deepNesting(room: number): fc.Arbitrary<Mistake> | undefined {
  const deepest = Math.min(50_000, Math.floor(room / 6));
  if (deepest < 100) return undefined;
  return fc
    .record({
      depth: fc.oneof(
        fc.integer({ min: 100, max: Math.min(2_000, deepest) }),
        fc.integer({ min: 100, max: deepest }),
      ),
      style: fc.constantFrom('object', 'array', 'mixed'),
      leaf: fc.constantFrom('"x"', '"\\u0000"', '1', 'null', '{}', '[]'),
    })
    .map(({ depth, style, leaf }) => ({
      value: new RawJson(nested(depth, style, leaf)),
      mistake: `a value nested ${depth} levels deep (${style}, ending in ${leaf})`,
    }));
}

/** JSON text with the RawJson in a value written as they are. */
export function toJson(value: unknown): string {
  const raws: string[] = [];
  const marker = `@@raw-${Math.random().toString(36).slice(2)}-`;
  const text = JSON.stringify(value, (_key, v) =>
    v instanceof RawJson ? `${marker}${raws.push(v.text) - 1}@@` : v,
  );
  if (text === undefined) return 'null';
  if (!raws.length) return text;
  return text.replace(
    new RegExp(`"${marker}(\\d+)@@"`, 'g'),
    (_m, i) => raws[Number(i)],
  );
}
