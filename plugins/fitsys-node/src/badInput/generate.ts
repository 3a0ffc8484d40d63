import fc from 'fast-check';
import {
  deepNesting,
  Mistake,
  numberMistakes,
  stringMistakes,
  toJson,
  wrongTypes,
} from './mistakes';
import {
  defineKey,
  Operation,
  OperationParameter,
  Schema,
  SchemaReader,
} from './openapi';

/** A request with one thing wrong with it, and what the answer must say. */
export interface BadRequest {
  operationId: string;
  /** Upper case. */
  method: string;
  /** The operation's path as the document writes it: `/findings/{id}`. */
  route: string;
  /** The path sent, its parameters encoded (a malformed one left as it is). */
  path: string;
  /** The query, as names and values before encoding, in order. */
  query: Array<[string, string]>;
  headers: Record<string, string>;
  body?: Buffer;
  /** What was broken: `body.title`, `body.links.0`, `query.limit`, `path.id`, `header.Idempotency-Key`, `body`, `content-type`. */
  broken: string;
  /** What is wrong with it, for people. */
  mistake: string;
  /** The name the answer's message must hold; unset where a message cannot name one (bad JSON, a wrong Content-Type). */
  field?: string;
  /** The one status the answer must have (413 for a body over the limit); else any 4xx. */
  status?: number;
}

/** Options of {@link badRequests}. */
export interface BadRequestOptions {
  /** Only these operations (by operationId); all when unset. */
  operations?: string[];
  /**
   * Valid values of parameters, by name (or `operationId.name` for one
   * operation's), over the document's examples: the ids of a fixture for
   * path parameters, so that a request is refused for what was broken
   * rather than for a missing resource.
   */
  values?: Record<string, string>;
  /**
   * Valid bodies, by operationId, for bodies the generator cannot build
   * (an image); a JSON body given as a value is used as the base too.
   */
  bodies?: Record<string, { type: string; body: Buffer | string | object }>;
  /** The router's JSON body limit in bytes (default 100 kB, express's): bodies over it must be answered 413. */
  jsonLimitBytes?: number;
  /** The longest path and query sent (default 8,000 characters; Node refuses request lines and headers over 16 kB). */
  maxUrlLength?: number;
  /**
   * Whether query parameters and objects without a word on
   * `additionalProperties` take no other fields (default true, as the
   * Fit Systems APIs say in their documents).
   */
  closed?: boolean;
}

/** The bad requests of one operation. */
export interface OperationBadRequests {
  operationId: string;
  method: string;
  route: string;
  requests: fc.Arbitrary<BadRequest>;
}

type Path = Array<string | number>;

/** A request being built: parameters as text, the body as a value or bytes. */
interface Draft {
  pathValues: Record<string, { text: string; raw?: boolean }>;
  query: Array<[string, string]>;
  headers: Record<string, string>;
  body?: { type?: string; value?: unknown; bytes?: Buffer };
}

/** What went wrong, for {@link BadRequest}. */
interface Fault {
  broken: string;
  mistake: string;
  field?: string;
  status?: number;
}

const DEFAULT_JSON_LIMIT = 100 * 1024;
const DEFAULT_MAX_URL = 8_000;
const MAX_HEADER = 4_096;
const isJsonType = (type: string) =>
  /^application\/(?:[\w.+-]+\+)?json/i.test(type);

/** Names of unknown fields; a few are names an API returns but must not take. */
const unknownNames = fc.oneof(
  fc.stringMatching(/^[a-z][A-Za-z0-9]{0,11}$/),
  fc.constantFrom(
    'id',
    'status',
    'createdAt',
    'ownerRef',
    'reporterRef',
    'isAdmin',
    'role',
    'constructor',
    '__proto__',
  ),
);

/** A body path as a message names it: `body.links.0`. */
const showPath = (path: Path) => ['body', ...path].join('.');

/** The last name in a path that is not an index; `body` for the body itself. */
function fieldOf(path: Path): string {
  const names = path.filter(p => typeof p === 'string') as string[];
  return names.length ? names[names.length - 1] : 'body';
}

function cloneJson<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}

/** The value at a path. */
function getAt(root: unknown, path: Path): unknown {
  return path.reduce<any>((v, key) => v?.[key], root);
}

/** A copy of root with the value at path set (or removed with `remove`). */
function setAt(root: unknown, path: Path, value: unknown, remove = false) {
  if (!path.length) return value;
  const copy: any = cloneJson(root);
  const parent = getAt(copy, path.slice(0, -1)) as any;
  const key = path[path.length - 1];
  if (remove) delete parent[key];
  else if (typeof key === 'string') defineKey(parent, key, value);
  else parent[key] = value;
  return copy;
}

/** A body value site found while walking a schema. */
interface BodySite {
  path: Path;
  schema: Schema;
  /** Which alternative of each oneOf on the way was taken. */
  choices: Map<Schema, number>;
  /** Values the field takes in another alternative (a discriminator's). */
  alsoAllowed?: unknown[];
}

/** The generator for one document. */
class Generator {
  private readonly reader: SchemaReader;
  private readonly literals: Set<string>;
  private readonly jsonLimit: number;
  private readonly maxUrl: number;
  private readonly closed: boolean;

  constructor(document: object, private readonly options: BadRequestOptions) {
    this.reader = new SchemaReader(document as Schema);
    this.jsonLimit = options.jsonLimitBytes ?? DEFAULT_JSON_LIMIT;
    this.maxUrl = options.maxUrlLength ?? DEFAULT_MAX_URL;
    this.closed = options.closed ?? true;
    // A path parameter spelled as another route's fixed segment
    // (`/findings/export`) is that route, not a bad parameter.
    this.literals = new Set(
      Object.keys((document as Schema).paths ?? {}).flatMap(p =>
        p
          .split('/')
          .filter(s => s && !s.startsWith('{'))
          .map(s => s.toLocaleLowerCase('en-US')),
      ),
    );
  }

  operations(): OperationBadRequests[] {
    const wanted = this.options.operations;
    const all = this.reader.operations();
    if (wanted) {
      const missing = wanted.filter(id => !all.some(o => o.operationId === id));
      if (missing.length)
        throw new Error(`no operation ${missing.join(', ')} in the document`);
    }
    return all
      .filter(op => !wanted || wanted.includes(op.operationId))
      .map(op => ({
        operationId: op.operationId,
        method: op.method,
        route: op.route,
        requests: fc.oneof(...this.sites(op)),
      }));
  }

  // ------------------------------------------------------------ the draft

  private paramText(op: Operation, p: OperationParameter): string {
    const values = this.options.values ?? {};
    const given = values[`${op.operationId}.${p.name}`] ?? values[p.name];
    if (given !== undefined) return given;
    const s = this.reader.normalize(p.schema);
    const example = Array.isArray(p.example) ? p.example[0] : p.example;
    if (example !== undefined && example !== null) return String(example);
    const value =
      this.reader.typeOf(s) === 'array'
        ? this.reader.validValue(s.items ?? {})
        : this.reader.validValue(s);
    return String(value);
  }

  private jsonMedia(op: Operation) {
    return op.body.find(b => isJsonType(b.type));
  }

  private draft(op: Operation): Draft {
    const draft: Draft = { pathValues: {}, query: [], headers: {} };
    for (const p of op.parameters) {
      if (p.in === 'path')
        draft.pathValues[p.name] = { text: this.paramText(op, p) };
      else if (p.in === 'query' && p.required)
        draft.query.push([p.name, this.paramText(op, p)]);
      else if (p.in === 'header' && p.required)
        draft.headers[p.name] = this.paramText(op, p);
    }
    if (op.body.length && op.bodyRequired) draft.body = this.validBody(op);
    return draft;
  }

  private validBody(op: Operation): Draft['body'] {
    const given = this.options.bodies?.[op.operationId];
    if (given) {
      if (isJsonType(given.type) && !Buffer.isBuffer(given.body))
        return {
          type: given.type,
          value:
            typeof given.body === 'string'
              ? JSON.parse(given.body)
              : given.body,
        };
      return { type: given.type, bytes: Buffer.from(given.body as any) };
    }
    const json = this.jsonMedia(op);
    if (json)
      return { type: json.type, value: this.reader.validValue(json.schema) };
    return { type: op.body[0].type, bytes: Buffer.from([0]) };
  }

  private request(op: Operation, draft: Draft, fault: Fault): BadRequest {
    const path = op.route.replace(/\{([^}]+)\}/g, (_m, name) => {
      const v = draft.pathValues[name];
      if (!v) return `{${name}}`;
      return v.raw ? v.text : encodeURIComponent(v.text);
    });
    const headers = { ...draft.headers };
    let body: Buffer | undefined;
    if (draft.body) {
      body = draft.body.bytes ?? Buffer.from(toJson(draft.body.value), 'utf8');
      if (draft.body.type) headers['content-type'] = draft.body.type;
    }
    return {
      operationId: op.operationId,
      method: op.method,
      route: op.route,
      path,
      query: draft.query,
      headers,
      ...(body ? { body } : {}),
      broken: fault.broken,
      mistake: `${fault.broken}: ${fault.mistake}`,
      ...(fault.field !== undefined ? { field: fault.field } : {}),
      ...(fault.status !== undefined ? { status: fault.status } : {}),
    };
  }

  /** How long the path and query of a draft are, encoded. */
  private urlLength(op: Operation, draft: Draft) {
    return requestUrl(this.request(op, draft, { broken: '', mistake: '' }))
      .length;
  }

  // ------------------------------------------------------------ the sites

  /** Every way to break one thing of a request to the operation. */
  private sites(op: Operation): fc.Arbitrary<BadRequest>[] {
    const sites: fc.Arbitrary<BadRequest>[] = [];
    for (const p of op.parameters) {
      if (p.in === 'path') sites.push(...this.pathSites(op, p));
      if (p.in === 'query') sites.push(...this.querySites(op, p));
      if (p.in === 'header') sites.push(...this.headerSites(op, p));
    }
    if (this.closed) sites.push(this.unknownQuerySite(op));
    if (op.body.length) {
      const json = this.jsonMedia(op);
      const given = this.options.bodies?.[op.operationId];
      if (json && (!given || isJsonType(given.type)))
        sites.push(...this.jsonBodySites(op, json.schema));
      else sites.push(...this.binaryBodySites(op));
    }
    return sites;
  }

  private pathSites(
    op: Operation,
    p: OperationParameter,
  ): fc.Arbitrary<BadRequest>[] {
    const base = this.draft(op);
    const valid = base.pathValues[p.name].text;
    const s = this.reader.normalize(p.schema);
    const room = this.maxUrl - this.urlLength(op, base) + valid.length;
    const usable = (v: unknown) =>
      typeof v === 'string' &&
      v !== '' &&
      v !== '.' &&
      v !== '..' &&
      !this.literals.has(v.toLocaleLowerCase('en-US'));
    const mistakes = this.textMistakes(s, 'path', valid, room).map(a =>
      a.filter(m => usable(m.value)),
    );
    const set = (m: Mistake, raw = false): Draft => ({
      ...base,
      pathValues: {
        ...base.pathValues,
        [p.name]: { text: String(m.value), raw },
      },
    });
    const sites = mistakes.map(a =>
      a.map(m =>
        this.request(op, set(m), {
          broken: `path.${p.name}`,
          mistake: m.mistake,
          field: p.name,
        }),
      ),
    );
    // Percent-encoding that does not decode: the router cannot even read
    // the parameter to name it.
    sites.push(
      fc.constantFrom('%E0%A4%A', '%ZZ', '%', '%C0%AF', '%FF').map(raw =>
        this.request(op, set({ value: raw, mistake: '' }, true), {
          broken: `path.${p.name}`,
          mistake: `"${raw}", percent-encoding that does not decode`,
        }),
      ),
    );
    return sites;
  }

  /** The mistakes of a parameter's text, by its type. */
  private textMistakes(
    s: Schema,
    place: 'path' | 'query' | 'header',
    valid: string,
    room: number,
  ): fc.Arbitrary<Mistake>[] {
    const type = this.reader.typeOf(s);
    if (type === 'integer' || type === 'number')
      return numberMistakes(s, {
        place,
        valid: Number.isFinite(Number(valid)) ? Number(valid) : 1,
      });
    if (type === 'boolean')
      return [
        fc.constantFrom('yes', 'no', '2', 'on', 'null').map(v => ({
          value: v,
          mistake: `"${v}", not a boolean`,
        })),
      ];
    if (type === 'string' || type === undefined)
      return stringMistakes(this.reader, s, { place, valid, room });
    return [];
  }

  private querySites(
    op: Operation,
    p: OperationParameter,
  ): fc.Arbitrary<BadRequest>[] {
    const base = this.draft(op);
    const others = base.query.filter(([name]) => name !== p.name);
    const valid = this.paramText(op, p);
    const s = this.reader.normalize(p.schema);
    const isArray = this.reader.typeOf(s) === 'array';
    const item = isArray ? this.reader.normalize(s.items ?? {}) : s;
    const room =
      this.maxUrl -
      this.urlLength(op, base) -
      encodeURIComponent(p.name).length -
      2;
    const fault = (mistake: string): Fault => ({
      broken: `query.${p.name}`,
      mistake,
      field: p.name,
    });
    const withPairs = (pairs: Array<[string, string]>, mistake: string) =>
      this.request(
        op,
        { ...base, query: [...others, ...pairs] },
        fault(mistake),
      );
    const sites = this.textMistakes(item, 'query', valid, room).map(a =>
      a.map(m => withPairs([[p.name, String(m.value)]], m.mistake)),
    );
    if (p.required)
      sites.push(fc.constant(withPairs([], 'left out, though required')));
    if (isArray && typeof s.maxItems === 'number') {
      const max: number = s.maxItems;
      sites.push(
        fc.integer({ min: max + 1, max: max + 5 }).map(n =>
          withPairs(
            Array.from({ length: n }, () => [p.name, valid]),
            `given ${n} times, over its maxItems ${max}`,
          ),
        ),
      );
    }
    // Express reads `a=1&a=2` and `a[]=1` as a list and `a[k]=1` as an object.
    const shapes: Array<[Array<[string, string]>, string]> = [
      [[[`${p.name}[k]`, valid]], 'given as an object (name[k]=…)'],
    ];
    if (!isArray)
      shapes.push(
        [
          [
            [p.name, valid],
            [p.name, valid],
          ],
          'given twice',
        ],
        [[[`${p.name}[]`, valid]], 'given as a list (name[]=…)'],
      );
    sites.push(
      fc.constantFrom(...shapes).map(([pairs, m]) => withPairs(pairs, m)),
    );
    return sites;
  }

  private unknownQuerySite(op: Operation): fc.Arbitrary<BadRequest> {
    const base = this.draft(op);
    const declared = new Set(
      op.parameters.filter(p => p.in === 'query').map(p => p.name),
    );
    // Express's query parser drops names of Object.prototype (`constructor`)
    // before any route sees them.
    const name = unknownNames.filter(
      n => !declared.has(n) && !(n in Object.prototype),
    );
    return fc
      .tuple(name, fc.oneof(fc.constant('x'), fc.string({ maxLength: 20 })))
      .map(([n, v]) =>
        this.request(
          op,
          { ...base, query: [...base.query, [n, v]] },
          {
            broken: `query.${n}`,
            mistake: `a query parameter the operation does not take (${n}=${JSON.stringify(
              v,
            )})`,
            field: n,
          },
        ),
      );
  }

  private headerSites(
    op: Operation,
    p: OperationParameter,
  ): fc.Arbitrary<BadRequest>[] {
    const base = this.draft(op);
    const valid = this.paramText(op, p);
    const s = this.reader.normalize(p.schema);
    const fault = (mistake: string): Fault => ({
      broken: `header.${p.name}`,
      mistake,
      field: p.name,
    });
    const without = Object.fromEntries(
      Object.entries(base.headers).filter(
        ([k]) => k.toLowerCase() !== p.name.toLowerCase(),
      ),
    );
    const sites = this.textMistakes(s, 'header', valid, MAX_HEADER).map(a =>
      a.map(m =>
        this.request(
          op,
          { ...base, headers: { ...without, [p.name]: String(m.value) } },
          fault(m.mistake),
        ),
      ),
    );
    if (p.required)
      sites.push(
        fc.constant(
          this.request(
            op,
            { ...base, headers: without },
            fault('left out, though required'),
          ),
        ),
      );
    return sites;
  }

  // ------------------------------------------------------------ JSON bodies

  /** Every value, required field and closed object of a body schema. */
  private walk(
    schema: unknown,
    path: Path,
    choices: Map<Schema, number>,
    out: {
      values: BodySite[];
      required: BodySite[];
      closedObjects: BodySite[];
    },
    alsoAllowed?: unknown[],
    depth = 0,
  ) {
    const s = this.reader.normalize(schema);
    const variants = this.reader.variants(s);
    if (variants?.length) {
      // A field of several alternatives (a discriminator) takes the values
      // of all of them: none of those is a mistake.
      const union = new Map<string, unknown[]>();
      for (const v of variants)
        for (const [key, prop] of Object.entries<any>(v.properties ?? {})) {
          const values = this.reader.normalize(prop).enum;
          if (Array.isArray(values))
            union.set(key, [...(union.get(key) ?? []), ...values]);
        }
      // Only alternatives that are objects are walked: a wrong type for one
      // alternative of a oneOf of scalars could be right for another.
      variants.forEach((v, i) => {
        if (this.reader.typeOf(v) !== 'object') return;
        const chosen = new Map(choices).set(s, i);
        if (!out.values.some(site => site.path === path))
          out.values.push({ path, schema: v, choices: chosen, alsoAllowed });
        this.walkObject(v, path, chosen, out, union, depth);
      });
      return;
    }
    out.values.push({ path, schema: s, choices, alsoAllowed });
    if (depth > 6) return;
    const type = this.reader.typeOf(s);
    if (type === 'object')
      this.walkObject(s, path, choices, out, undefined, depth);
    if (type === 'array' && s.items)
      this.walk(s.items, [...path, 0], choices, out, undefined, depth + 1);
  }

  private walkObject(
    s: Schema,
    path: Path,
    choices: Map<Schema, number>,
    out: Parameters<Generator['walk']>[3],
    union: Map<string, unknown[]> | undefined,
    depth: number,
  ) {
    for (const key of s.required ?? [])
      out.required.push({ path: [...path, key], schema: s, choices });
    if (
      s.additionalProperties === false ||
      (s.additionalProperties === undefined && this.closed)
    )
      out.closedObjects.push({ path, schema: s, choices });
    for (const [key, prop] of Object.entries<any>(s.properties ?? {}))
      this.walk(prop, [...path, key], choices, out, union?.get(key), depth + 1);
  }

  private jsonBodySites(
    op: Operation,
    schema: Schema,
  ): fc.Arbitrary<BadRequest>[] {
    const base = this.draft(op);
    const type = base.body?.type ?? this.jsonMedia(op)!.type;
    const given = base.body?.value;
    const found = { values: [], required: [], closedObjects: [] } as Parameters<
      Generator['walk']
    >[3];
    this.walk(schema, [], new Map(), found);
    /** The valid body that holds the path, its size, and a request with it changed. */
    const around = (site: BodySite, path: Path) => {
      const value =
        given !== undefined &&
        !site.choices.size &&
        getAt(given, path) !== undefined
          ? cloneJson(given)
          : this.reader.validValue(schema, site.choices, [path]);
      const bytes = Buffer.byteLength(toJson(value));
      const send = (body: unknown, fault: Fault) =>
        this.request(op, { ...base, body: { type, value: body } }, fault);
      return { value, bytes, send };
    };
    const sites: fc.Arbitrary<BadRequest>[] = [];

    for (const site of found.values) {
      const { value, bytes, send } = around(site, site.path);
      const current = getAt(value, site.path);
      const room = this.jsonLimit - bytes - 256;
      const field = fieldOf(site.path);
      const atRoot = !site.path.length;
      const broken = showPath(site.path);
      const mistakes = this.valueMistakes(site, current, room);
      for (const a of mistakes)
        sites.push(
          a.map(m =>
            send(setAt(value, site.path, m.value), {
              broken: atRoot ? 'body' : broken,
              mistake: m.mistake,
              // JSON's parser refuses a body that is no object or array
              // before anything could name it.
              field:
                atRoot && (m.value === null || typeof m.value !== 'object')
                  ? undefined
                  : field,
            }),
          ),
        );
    }
    for (const site of found.required) {
      const parent = site.path.slice(0, -1);
      const { value, send } = around(site, parent);
      sites.push(
        fc.constant(
          send(setAt(value, site.path, undefined, true), {
            broken: showPath(site.path),
            mistake: 'left out, though required',
            field: fieldOf(site.path),
          }),
        ),
      );
    }
    for (const site of found.closedObjects) {
      const { value, send } = around(site, site.path);
      const declared = new Set(Object.keys(site.schema.properties ?? {}));
      sites.push(
        fc
          .tuple(
            unknownNames.filter(n => !declared.has(n)),
            fc.oneof(fc.constant<unknown>('x'), fc.jsonValue({ maxDepth: 2 })),
          )
          .map(([name, v]) => {
            const object = cloneJson(getAt(value, site.path)) as Record<
              string,
              unknown
            >;
            defineKey(object, name, v);
            return send(setAt(value, site.path, object), {
              broken: showPath([...site.path, name]),
              mistake: `a field it does not take (${name})`,
              field: name,
            });
          }),
      );
    }
    sites.push(...this.jsonContentSites(op, schema, base, type));
    return sites;
  }

  /** The mistakes of a body value, by its schema. */
  private valueMistakes(
    site: BodySite,
    current: unknown,
    room: number,
  ): fc.Arbitrary<Mistake>[] {
    const s = site.schema;
    const type = this.reader.typeOf(s);
    const out: fc.Arbitrary<Mistake>[] = [];
    if (type === 'string' && typeof current === 'string')
      out.push(
        ...stringMistakes(this.reader, s, {
          place: 'body',
          valid: current,
          room: room + current.length,
          alsoAllowed: site.alsoAllowed,
          nullable: s.nullable === true,
        }),
      );
    if (
      (type === 'integer' || type === 'number') &&
      typeof current === 'number'
    )
      out.push(...numberMistakes(s, { place: 'body', valid: current }));
    if (type === 'array' && Array.isArray(current)) {
      const item = this.reader.validValue(s.items ?? {}, site.choices);
      const itemBytes = Buffer.byteLength(toJson(item)) + 1;
      if (typeof s.maxItems === 'number') {
        const max: number = s.maxItems;
        const most = Math.min(
          max + 1000,
          Math.floor((room + toJson(current).length) / itemBytes),
        );
        if (most > max)
          out.push(
            fc
              .oneof(
                fc.integer({ min: max + 1, max: Math.min(max + 5, most) }),
                fc.integer({ min: max + 1, max: most }),
              )
              .map(n => ({
                value: Array.from({ length: n }, () => cloneJson(item)),
                mistake: `${n} items, over its maxItems ${max}`,
              })),
          );
      }
      if (typeof s.minItems === 'number' && s.minItems > 0)
        out.push(
          fc.constant({
            value: Array.from({ length: s.minItems - 1 }, () =>
              cloneJson(item),
            ),
            mistake: `${s.minItems - 1} items, under its minItems ${
              s.minItems
            }`,
          }),
        );
      if (s.uniqueItems === true && (s.maxItems ?? 2) >= 2)
        out.push(
          fc.constant({
            value: [cloneJson(item), cloneJson(item)],
            mistake: 'the same item twice, though its items are unique',
          }),
        );
    }
    const wrong = wrongTypes(type, current, s.nullable === true);
    if (wrong) out.push(wrong);
    const deep = deepNesting(room + toJson(current ?? null).length);
    if (deep) out.push(deep);
    return out;
  }

  /** Bodies that are wrong as a whole: not JSON, not labelled JSON, too big, random. */
  private jsonContentSites(
    op: Operation,
    schema: Schema,
    base: Draft,
    type: string,
  ): fc.Arbitrary<BadRequest>[] {
    const valid = base.body?.value ?? this.reader.validValue(schema);
    const text = toJson(valid);
    const send = (
      body: Buffer | string,
      contentType: string | undefined,
      fault: Fault,
    ) =>
      this.request(
        op,
        {
          ...base,
          body: { type: contentType, bytes: Buffer.from(body) },
        },
        fault,
      );
    const broken = [
      text.replace(':', '='),
      text.endsWith('}') ? `${text.slice(0, -1)},}` : `${text},`,
      text.replace(/"/g, "'"),
      `${text}x`,
      text.replace(/^\{"([^"]+)"/, '{$1'),
      '{"a":NaN}',
      '{"a":undefined}',
      '{/* note */}',
    ].filter(t => t !== text);
    const sites: fc.Arbitrary<BadRequest>[] = [
      fc
        .oneof(
          fc
            .integer({ min: 1, max: Math.max(1, text.length - 1) })
            .map(n => [text.slice(0, n), `cut short after ${n} characters`]),
          fc.constantFrom(...broken).map(t => [t, 'broken']),
        )
        .map(([t, how]) =>
          send(t, type, {
            broken: 'body',
            mistake: `JSON ${how}: ${t.length > 60 ? `${t.slice(0, 60)}…` : t}`,
          }),
        ),
      fc
        .constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/xml',
          'multipart/form-data; boundary=x',
          'application/json; charset=x-klingon',
          'image/png',
        )
        .map(contentType =>
          send(text, contentType, {
            broken: 'content-type',
            mistake: `JSON sent as ${contentType}`,
          }),
        ),
      fc.constant(
        send(text, undefined, {
          broken: 'content-type',
          mistake: 'JSON sent without a Content-Type',
        }),
      ),
      fc.constant(
        send('', type, { broken: 'body', mistake: 'empty, though required' }),
      ),
      fc
        .integer({ min: this.jsonLimit + 1, max: this.jsonLimit + 64 * 1024 })
        .map(n =>
          send(`{"padding":"${'x'.repeat(n)}"}`, type, {
            broken: 'body',
            mistake: `${n + 14} bytes, over the ${this.jsonLimit}-byte limit`,
            status: 413,
          }),
        ),
    ];
    // Random JSON, which no alternative of the schema takes: an object
    // without one of the required fields of each, or an array.
    const variants = this.reader.variants(this.reader.normalize(schema)) ?? [
      this.reader.normalize(schema),
    ];
    const requiredSets = variants.map(v => (v.required ?? []) as string[]);
    const takenByOne = (value: unknown) =>
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      requiredSets.some(r => r.every(k => Object.hasOwn(value, k)));
    sites.push(
      fc
        .oneof(
          fc.dictionary(
            fc.string({ maxLength: 12 }),
            fc.jsonValue({ maxDepth: 3 }),
            {
              maxKeys: 6,
            },
          ),
          fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }),
        )
        .filter(v => !takenByOne(v))
        .map(v => {
          const t = JSON.stringify(v);
          return send(t, type, {
            broken: 'body',
            mistake: `random JSON: ${t.length > 60 ? `${t.slice(0, 60)}…` : t}`,
            field: 'body',
          });
        }),
    );
    return sites;
  }

  // ------------------------------------------------------------ other bodies

  private binaryBodySites(op: Operation): fc.Arbitrary<BadRequest>[] {
    const base = this.draft(op);
    const valid = base.body?.bytes ?? Buffer.from([0]);
    const declared = op.body.map(b => b.type.toLowerCase());
    const type = base.body?.type ?? op.body[0].type;
    const send = (
      bytes: Buffer,
      contentType: string | undefined,
      mistake: string,
      broken = 'content-type',
    ) =>
      this.request(
        op,
        { ...base, body: { type: contentType, bytes } },
        {
          broken,
          mistake,
        },
      );
    const others = [
      'text/plain',
      'application/json',
      'image/svg+xml',
      'multipart/form-data; boundary=x',
      'application/octet-stream',
    ].filter(t => !declared.includes(t));
    const sites: fc.Arbitrary<BadRequest>[] = [
      fc.constant(send(valid, undefined, 'sent without a Content-Type')),
      fc.constant(send(Buffer.alloc(0), type, 'empty', 'body')),
      fc
        .uint8Array({ minLength: 1, maxLength: 512 })
        .filter(
          bytes =>
            !Buffer.from(bytes).subarray(0, 4).equals(valid.subarray(0, 4)),
        )
        .map(bytes =>
          send(
            Buffer.from(bytes),
            type,
            `${bytes.length} random bytes labelled ${type}`,
            'body',
          ),
        ),
    ];
    if (others.length)
      sites.push(
        fc.constantFrom(...others).map(t => send(valid, t, `sent as ${t}`)),
      );
    return sites;
  }
}

/** The path and query of a request, encoded as a client sends them. */
export function requestUrl(
  request: Pick<BadRequest, 'path' | 'query'>,
): string {
  if (!request.query.length) return request.path;
  const encodeName = (name: string) =>
    encodeURIComponent(name).replace(/%5B/g, '[').replace(/%5D/g, ']');
  return `${request.path}?${request.query
    .map(([k, v]) => `${encodeName(k)}=${encodeURIComponent(v)}`)
    .join('&')}`;
}

/**
 * The bad requests of each operation of an OpenAPI 3.0 document (a parsed
 * object), as fast-check arbitraries. Each request is valid but for one
 * thing: a path, query or header parameter, a body field (too long, too
 * short, of another type, outside its enum, pattern or format, with a NUL or
 * half a surrogate pair inside, below or above its bounds, with too many
 * items, nested thousands of levels deep, left out though required), an
 * unknown field or parameter, a parameter given twice or as an object, or
 * the body as a whole (not JSON, without or with another Content-Type,
 * empty, over the JSON limit, random JSON).
 */
export function badRequestsByOperation(
  document: object,
  options: BadRequestOptions = {},
): OperationBadRequests[] {
  return new Generator(document, options).operations();
}

/** The bad requests of every operation of the document (or of `options.operations`), as one arbitrary. */
export function badRequests(
  document: object,
  options: BadRequestOptions = {},
): fc.Arbitrary<BadRequest> {
  return fc.oneof(
    ...badRequestsByOperation(document, options).map(o => o.requests),
  );
}
