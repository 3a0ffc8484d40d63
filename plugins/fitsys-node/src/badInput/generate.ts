import fc from 'fast-check';
import { Operation } from './openapi';
import { BadRequest, BadRequestOptions, OperationBadRequests } from './types';
import {
  GeneratorContext,
  generatorContext,
  isJsonType,
  jsonMedia,
} from './draft';
import {
  headerSites,
  pathSites,
  querySites,
  unknownQuerySite,
} from './paramSites';
import { jsonBodySites } from './jsonBodySites';
import { binaryBodySites } from './contentSites';

export type {
  BadRequest,
  BadRequestOptions,
  OperationBadRequests,
} from './types';
export { requestUrl } from './draft';

/** Every way to break one thing of a request to the operation. */
function allSites(
  ctx: GeneratorContext,
  op: Operation,
): fc.Arbitrary<BadRequest>[] {
  const found: fc.Arbitrary<BadRequest>[] = [];
  for (const p of op.parameters) {
    if (p.in === 'path') found.push(...pathSites(ctx, op, p));
    if (p.in === 'query') found.push(...querySites(ctx, op, p));
    if (p.in === 'header') found.push(...headerSites(ctx, op, p));
  }
  if (ctx.closed) found.push(unknownQuerySite(ctx, op));
  if (op.body.length) {
    const json = jsonMedia(op);
    const given = ctx.options.bodies?.[op.operationId];
    if (json && (!given || isJsonType(given.type)))
      found.push(...jsonBodySites(ctx, op, json.schema));
    else found.push(...binaryBodySites(ctx, op));
  }
  return found;
}

/** The bad requests of each operation in the document (or in `options.operations`). */
function operations(ctx: GeneratorContext): OperationBadRequests[] {
  const wanted = ctx.options.operations;
  const all = ctx.reader.operations();
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
      requests: fc.oneof(...allSites(ctx, op)),
    }));
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
  return operations(generatorContext(document, options));
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
