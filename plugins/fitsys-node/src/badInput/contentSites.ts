import fc from 'fast-check';
import { toJson } from './mistakes';
import { Operation, Schema } from './openapi';
import { BadRequest } from './types';
import {
  buildRequest,
  Draft,
  Fault,
  GeneratorContext,
  validDraft,
} from './draft';

/** Bodies that are wrong as a whole: not JSON, not labelled JSON, too big, random. */
export function jsonContentSites(
  ctx: GeneratorContext,
  op: Operation,
  schema: Schema,
  base: Draft,
  type: string,
): fc.Arbitrary<BadRequest>[] {
  const valid = base.body?.value ?? ctx.reader.validValue(schema);
  const text = toJson(valid);
  const send = (
    body: Buffer | string,
    contentType: string | undefined,
    fault: Fault,
  ) =>
    buildRequest(
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
      .integer({ min: ctx.jsonLimit + 1, max: ctx.jsonLimit + 64 * 1024 })
      .map(n =>
        send(`{"padding":"${'x'.repeat(n)}"}`, type, {
          broken: 'body',
          mistake: `${n + 14} bytes, over the ${ctx.jsonLimit}-byte limit`,
          status: 413,
        }),
      ),
  ];
  // Random JSON, which no alternative of the schema takes: an object
  // without one of the required fields of each, or an array.
  const variants = ctx.reader.variants(ctx.reader.normalize(schema)) ?? [
    ctx.reader.normalize(schema),
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

export function binaryBodySites(
  ctx: GeneratorContext,
  op: Operation,
): fc.Arbitrary<BadRequest>[] {
  const base = validDraft(ctx, op);
  const valid = base.body?.bytes ?? Buffer.from([0]);
  const declared = op.body.map(b => b.type.toLowerCase());
  const type = base.body?.type ?? op.body[0].type;
  const send = (
    bytes: Buffer,
    contentType: string | undefined,
    mistake: string,
    broken = 'content-type',
  ) =>
    buildRequest(
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
