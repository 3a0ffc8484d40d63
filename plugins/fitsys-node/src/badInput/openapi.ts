/**
 * Reading an OpenAPI 3.0 document (a parsed object) for the bad-input
 * generator: its operations, its schemas with local `$ref`s followed and
 * `allOf` merged, and a valid value of a schema.
 */

/** A schema or any other object of the document; read loosely. */
export type Schema = Record<string, any>;

/** The methods an OpenAPI path item may hold operations for. */
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** A parameter of an operation, its `$ref` followed. */
export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Schema;
  example?: unknown;
}

/** One operation of the document. */
export interface Operation {
  operationId: string;
  /** Upper case. */
  method: string;
  /** The path as the document writes it: `/findings/{id}`. */
  route: string;
  parameters: OperationParameter[];
  /** The media types of its request body and their schemas; none without a body. */
  body: Array<{ type: string; schema: Schema }>;
  bodyRequired: boolean;
}

/** Values of each string format, to build a valid string from. */
const FORMAT_EXAMPLES: Record<string, string[]> = {
  uuid: ['00000000-0000-4000-8000-000000000000'],
  'date-time': ['2030-01-01T09:00:00Z'],
  date: ['2030-01-01'],
  uri: ['https://example.com/'],
  url: ['https://example.com/'],
  email: ['someone@example.com'],
  hostname: ['example.com'],
  ipv4: ['192.0.2.1'],
};

/** Follows `#/...` references and merges `allOf`, remembering what it did. */
export class SchemaReader {
  private readonly normalized = new Map<unknown, Schema>();
  private readonly patterns = new Map<string, RegExp | undefined>();

  constructor(readonly document: Schema) {}

  /** The object a value stands for, its `$ref` (and theirs) followed. */
  resolve(value: unknown): any {
    let current: any = value;
    for (let hops = 0; current && typeof current.$ref === 'string'; hops++) {
      if (hops > 64) throw new Error(`$ref loop at ${current.$ref}`);
      const ref: string = current.$ref;
      if (!ref.startsWith('#/'))
        throw new Error(`only local $refs can be read, not ${ref}`);
      current = ref
        .slice(2)
        .split('/')
        .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce<any>((o, key) => o?.[key], this.document);
      if (current === undefined) throw new Error(`no ${ref} in the document`);
    }
    return current;
  }

  /**
   * A schema with its `$ref` followed and its `allOf` parts merged into one
   * (properties and required fields together); the same object for the same
   * schema, so that it can key choices.
   */
  normalize(schema: unknown): Schema {
    const resolved = this.resolve(schema);
    if (!resolved || typeof resolved !== 'object') return {};
    const known = this.normalized.get(resolved);
    if (known) return known;
    if (!Array.isArray(resolved.allOf)) {
      this.normalized.set(resolved, resolved);
      return resolved;
    }
    const { allOf, ...rest } = resolved;
    const merged: Schema = { ...rest };
    this.normalized.set(resolved, merged);
    for (const part of allOf.map((p: unknown) => this.normalize(p))) {
      for (const [key, value] of Object.entries(part)) {
        if (key === 'properties')
          merged.properties = { ...merged.properties, ...(value as Schema) };
        else if (key === 'required')
          merged.required = [
            ...new Set([...(merged.required ?? []), ...(value as string[])]),
          ];
        else if (merged[key] === undefined) merged[key] = value;
      }
    }
    return merged;
  }

  /** The alternatives of a `oneOf` or `anyOf`, normalized; undefined for other schemas. */
  variants(schema: Schema): Schema[] | undefined {
    const list = schema.oneOf ?? schema.anyOf;
    return Array.isArray(list) ? list.map(v => this.normalize(v)) : undefined;
  }

  /** The JSON type a normalized schema describes. */
  typeOf(schema: Schema): string | undefined {
    if (typeof schema.type === 'string') return schema.type;
    if (schema.properties || schema.additionalProperties !== undefined)
      return 'object';
    if (schema.items) return 'array';
    if (Array.isArray(schema.enum) && schema.enum.length) {
      const first = schema.enum.find((v: unknown) => v !== null);
      if (typeof first === 'string') return 'string';
      if (typeof first === 'number')
        return Number.isInteger(first) ? 'integer' : 'number';
      if (typeof first === 'boolean') return 'boolean';
    }
    return undefined;
  }

  /** The schema's `pattern` as a RegExp; undefined without one or when JavaScript cannot read it. */
  pattern(schema: Schema): RegExp | undefined {
    if (typeof schema.pattern !== 'string') return undefined;
    if (!this.patterns.has(schema.pattern)) {
      let re: RegExp | undefined;
      for (const flags of ['u', '']) {
        try {
          re = new RegExp(schema.pattern, flags);
          break;
        } catch {
          // Try without the unicode flag, then give up on the pattern.
        }
      }
      this.patterns.set(schema.pattern, re);
    }
    return this.patterns.get(schema.pattern);
  }

  /** Whether a string is one the schema takes, for its length, pattern and enum. */
  fitsString(schema: Schema, value: unknown): value is string {
    if (typeof value !== 'string') return false;
    if (schema.minLength !== undefined && value.length < schema.minLength)
      return false;
    if (schema.maxLength !== undefined && value.length > schema.maxLength)
      return false;
    if (Array.isArray(schema.enum) && !schema.enum.includes(value))
      return false;
    const re = this.pattern(schema);
    return !re || re.test(value);
  }

  /** Every operation of the document, in its order. */
  operations(): Operation[] {
    const operations: Operation[] = [];
    for (const [route, rawItem] of Object.entries<any>(
      this.document.paths ?? {},
    )) {
      const item = this.resolve(rawItem) ?? {};
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        // Operation parameters override the path item's of the same name and place.
        const byKey = new Map<string, OperationParameter>();
        for (const raw of [
          ...(item.parameters ?? []),
          ...(op.parameters ?? []),
        ]) {
          const p = this.resolve(raw);
          byKey.set(`${p.in} ${p.name}`, {
            name: p.name,
            in: p.in,
            required: Boolean(p.required) || p.in === 'path',
            schema: p.schema ?? {},
            example:
              p.example ??
              (p.examples
                ? this.resolve(Object.values<any>(p.examples)[0])?.value
                : undefined),
          });
        }
        const requestBody = this.resolve(op.requestBody);
        operations.push({
          operationId:
            op.operationId ?? `${method.toUpperCase()} ${route}`.trim(),
          method: method.toUpperCase(),
          route,
          parameters: [...byKey.values()],
          body: Object.entries<any>(requestBody?.content ?? {}).map(
            ([type, media]) => ({ type, schema: media?.schema ?? {} }),
          ),
          bodyRequired: Boolean(requestBody?.required),
        });
      }
    }
    return operations;
  }

  /**
   * A value the schema takes: its example, default or first enum value when
   * there is one, else one built from its type, format, bounds and pattern.
   * Objects get their required properties, and those on an `include` path
   * (`[['links', 0]]` gives `links` one item); `choices` says which
   * alternative of a `oneOf` to take (the first when it does not say).
   */
  validValue(
    schema: unknown,
    choices: ReadonlyMap<Schema, number> = new Map(),
    include: ReadonlyArray<ReadonlyArray<string | number>> = [],
    depth = 0,
  ): unknown {
    const s = this.normalize(schema);
    if (depth > 32) return null;
    const variants = this.variants(s);
    if (variants?.length)
      return this.validValue(
        variants[choices.get(s) ?? 0] ?? variants[0],
        choices,
        include,
        depth + 1,
      );
    const under = (key: string | number) =>
      include.filter(p => p[0] === key).map(p => p.slice(1));
    switch (this.typeOf(s)) {
      case 'object': {
        const out: Record<string, unknown> = {};
        const keys = new Set<string>(s.required ?? []);
        for (const p of include) if (p.length) keys.add(String(p[0]));
        for (const key of keys) {
          const property = s.properties?.[key];
          if (property === undefined) continue;
          defineKey(
            out,
            key,
            this.validValue(property, choices, under(key), depth + 1),
          );
        }
        return out;
      }
      case 'array': {
        if (Array.isArray(s.example) && !include.some(p => p.length))
          return structuredClone(s.example);
        const count = Math.max(
          s.minItems ?? 0,
          include.some(p => p.length) ? 1 : 0,
        );
        return Array.from({ length: count }, (_, i) =>
          this.validValue(s.items ?? {}, choices, under(i), depth + 1),
        );
      }
      default:
        return this.validScalar(s);
    }
  }

  /** A string, number or boolean the schema takes. */
  validScalar(s: Schema): unknown {
    const type = this.typeOf(s);
    const given = [
      s.example,
      s.default,
      ...(Array.isArray(s.enum) ? s.enum : []),
    ].filter(v => v !== undefined && v !== null);
    if (type === 'string' || type === undefined) {
      const fitting = given.find(v => this.fitsString(s, v));
      if (fitting !== undefined) return fitting;
      const candidates = [
        ...(FORMAT_EXAMPLES[s.format] ?? []),
        'x',
        'example',
        'x1',
        'default',
        'a-b',
      ];
      for (const c of candidates) {
        const padded = c.padEnd(s.minLength ?? 0, c.slice(-1) || 'x');
        if (this.fitsString(s, padded)) return padded;
      }
      return type === undefined && given.length
        ? given[0]
        : 'x'.repeat(Math.max(1, s.minLength ?? 0));
    }
    if (type === 'integer' || type === 'number') {
      const [low, high] = numberBounds(s);
      const fitting = given.find(
        v =>
          typeof v === 'number' &&
          v >= low &&
          v <= high &&
          (type === 'number' || Number.isInteger(v)),
      );
      if (fitting !== undefined) return fitting;
      return Math.min(Math.max(1, low), high);
    }
    if (type === 'boolean')
      return given.find(v => typeof v === 'boolean') ?? false;
    return given[0] ?? null;
  }
}

/** The lowest and highest number a schema takes (exclusive bounds of OpenAPI 3.0 and 3.1 read). */
export function numberBounds(s: Schema): [number, number] {
  const step = s.type === 'integer' ? 1 : Number.EPSILON * 1e3;
  let low = -Infinity;
  let high = Infinity;
  if (typeof s.minimum === 'number')
    low = s.exclusiveMinimum === true ? s.minimum + step : s.minimum;
  if (typeof s.exclusiveMinimum === 'number')
    low = Math.max(low, s.exclusiveMinimum + step);
  if (typeof s.maximum === 'number')
    high = s.exclusiveMaximum === true ? s.maximum - step : s.maximum;
  if (typeof s.exclusiveMaximum === 'number')
    high = Math.min(high, s.exclusiveMaximum - step);
  return [low, high];
}

/** Sets a key as an own, enumerable property, even `__proto__`. */
export function defineKey(
  target: Record<string, unknown>,
  key: string,
  value: unknown,
) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
