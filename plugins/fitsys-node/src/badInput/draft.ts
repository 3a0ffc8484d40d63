import fc from 'fast-check';
import { toJson } from './mistakes';
import { Operation, OperationParameter, Schema, SchemaReader } from './openapi';
import { BadRequest, BadRequestOptions } from './types';

/** A place in a JSON body: field names and array indexes. */
export type Path = Array<string | number>;

/** A request being built: parameters as text, the body as a value or bytes. */
export interface Draft {
  pathValues: Record<string, { text: string; raw?: boolean }>;
  query: Array<[string, string]>;
  headers: Record<string, string>;
  body?: { type?: string; value?: unknown; bytes?: Buffer };
}

/** What went wrong, for {@link BadRequest}. */
export interface Fault {
  broken: string;
  mistake: string;
  field?: string;
  status?: number;
}

const DEFAULT_JSON_LIMIT = 100 * 1024;
const DEFAULT_MAX_URL = 8_000;
export const MAX_HEADER = 4_096;
export const isJsonType = (type: string) =>
  /^application\/(?:[\w.+-]+\+)?json/i.test(type);

/** Names of unknown fields; a few are names an API returns but must not take. */
export const unknownNames = fc.oneof(
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

/** What the generator knows of one document and its options. */
export interface GeneratorContext {
  readonly reader: SchemaReader;
  readonly options: BadRequestOptions;
  readonly literals: Set<string>;
  readonly jsonLimit: number;
  readonly maxUrl: number;
  readonly closed: boolean;
}

export function generatorContext(
  document: object,
  options: BadRequestOptions,
): GeneratorContext {
  return {
    reader: new SchemaReader(document as Schema),
    options,
    jsonLimit: options.jsonLimitBytes ?? DEFAULT_JSON_LIMIT,
    maxUrl: options.maxUrlLength ?? DEFAULT_MAX_URL,
    closed: options.closed ?? true,
    // A path parameter spelled as another route's fixed segment
    // (`/findings/export`) is that route, not a bad parameter.
    literals: new Set(
      Object.keys((document as Schema).paths ?? {}).flatMap(p =>
        p
          .split('/')
          .filter(s => s && !s.startsWith('{'))
          .map(s => s.toLocaleLowerCase('en-US')),
      ),
    ),
  };
}

export function paramText(
  ctx: GeneratorContext,
  op: Operation,
  p: OperationParameter,
): string {
  const values = ctx.options.values ?? {};
  const given = values[`${op.operationId}.${p.name}`] ?? values[p.name];
  if (given !== undefined) return given;
  const s = ctx.reader.normalize(p.schema);
  const example = Array.isArray(p.example) ? p.example[0] : p.example;
  if (example !== undefined && example !== null) return String(example);
  const value =
    ctx.reader.typeOf(s) === 'array'
      ? ctx.reader.validValue(s.items ?? {})
      : ctx.reader.validValue(s);
  return String(value);
}

export function jsonMedia(op: Operation) {
  return op.body.find(b => isJsonType(b.type));
}

export function validDraft(ctx: GeneratorContext, op: Operation): Draft {
  const draft: Draft = { pathValues: {}, query: [], headers: {} };
  for (const p of op.parameters) {
    if (p.in === 'path')
      draft.pathValues[p.name] = { text: paramText(ctx, op, p) };
    else if (p.in === 'query' && p.required)
      draft.query.push([p.name, paramText(ctx, op, p)]);
    else if (p.in === 'header' && p.required)
      draft.headers[p.name] = paramText(ctx, op, p);
  }
  if (op.body.length && op.bodyRequired) draft.body = validBody(ctx, op);
  return draft;
}

export function validBody(ctx: GeneratorContext, op: Operation): Draft['body'] {
  const given = ctx.options.bodies?.[op.operationId];
  if (given) {
    if (isJsonType(given.type) && !Buffer.isBuffer(given.body))
      return {
        type: given.type,
        value:
          typeof given.body === 'string' ? JSON.parse(given.body) : given.body,
      };
    return { type: given.type, bytes: Buffer.from(given.body as any) };
  }
  const json = jsonMedia(op);
  if (json)
    return { type: json.type, value: ctx.reader.validValue(json.schema) };
  return { type: op.body[0].type, bytes: Buffer.from([0]) };
}

export function buildRequest(
  op: Operation,
  draft: Draft,
  fault: Fault,
): BadRequest {
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
export function urlLength(op: Operation, draft: Draft) {
  return requestUrl(buildRequest(op, draft, { broken: '', mistake: '' }))
    .length;
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
