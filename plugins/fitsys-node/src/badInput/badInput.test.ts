import { InputError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import fc from 'fast-check';
import { Server } from 'http';
import { AddressInfo } from 'net';
import { z } from 'zod';
import { createErrorHandler } from '../http';
import { parse } from '../input';
import {
  backstageErrorHandler,
  BadRequest,
  badRequests,
  checkBadInput,
  fetchSender,
  judgeAnswer,
  unboundedFields,
} from '.';

/** A small API: one route with a path, a query, a header and a JSON body. */
const document = {
  openapi: '3.0.3',
  paths: {
    '/things/{id}': {
      post: {
        operationId: 'addThing',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: { type: 'string', format: 'uuid' },
          },
          {
            name: 'limit',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 10 },
          },
          {
            name: 'X-Key',
            in: 'header',
            schema: { type: 'string', minLength: 3, maxLength: 8 },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/Thing' },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'size'],
        properties: {
          title: { type: 'string', minLength: 1, maxLength: 5 },
          size: { type: 'integer', minimum: 0, maximum: 9 },
          kind: { type: 'string', enum: ['a', 'b'] },
          tags: {
            type: 'array',
            maxItems: 2,
            items: { type: 'string', maxLength: 3 },
          },
        },
      },
    },
  },
};

const LIMIT = 4096;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNSTORABLE =
  /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The fields of a request that break the document, by name (`body.title`,
 * `query.limit`, `path.id`, `header.X-Key`), checked by hand.
 */
function violations(req: BadRequest): string[] {
  const found: string[] = [];
  const id = decodeURIComponent(req.path.split('/')[2]);
  if (!UUID.test(id) || UNSTORABLE.test(id)) found.push('path.id');
  for (const [name, value] of req.query) {
    const bare = name.replace(/\[.*$/, '');
    if (bare !== 'limit') found.push(`query.${bare}`);
    else if (
      name !== 'limit' ||
      req.query.filter(([n]) => n.startsWith('limit')).length > 1 ||
      !/^\d+$/.test(value) ||
      Number(value) < 1 ||
      Number(value) > 10
    )
      found.push('query.limit');
  }
  const key = req.headers['X-Key'];
  if (key !== undefined && (key.length < 3 || key.length > 8))
    found.push('header.X-Key');
  const body = JSON.parse(req.body!.toString('utf8'));
  const str = (v: unknown, max: number, min = 0) =>
    typeof v === 'string' &&
    v.length >= min &&
    v.length <= max &&
    !UNSTORABLE.test(v);
  if (!str(body.title, 5, 1)) found.push('body.title');
  if (!(Number.isInteger(body.size) && body.size >= 0 && body.size <= 9))
    found.push('body.size');
  if ('kind' in body && !['a', 'b'].includes(body.kind))
    found.push('body.kind');
  if ('tags' in body) {
    if (!Array.isArray(body.tags) || body.tags.length > 2)
      found.push('body.tags');
    else
      body.tags.forEach((t: unknown, i: number) => {
        if (!str(t, 3)) found.push(`body.tags.${i}`);
      });
  }
  for (const k of Object.keys(body))
    if (!['title', 'size', 'kind', 'tags'].includes(k)) found.push(`body.${k}`);
  return found;
}

/** What is wrong with a generated request as a test of its `broken` field; empty when nothing. */
function problemsOf(req: BadRequest): string[] {
  const problems: string[] = [];
  const text = req.body!.toString('utf8');
  if (req.status === 413)
    return text.length > LIMIT ? [] : ['a body under the limit expects a 413'];
  if (text.length > LIMIT) problems.push('a body over the limit');
  let parsed: any;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (req.broken === 'content-type')
    return req.headers['content-type'] === 'application/json'
      ? [...problems, 'labelled JSON, though its Content-Type is broken']
      : problems;
  if (parsed === undefined || (!req.field && req.broken.startsWith('path.')))
    // Bad JSON, or percent-encoding that does not decode: nothing to name.
    return req.field ? [...problems, 'names a field it cannot'] : problems;
  if (req.broken === 'body') {
    // Empty or no object or array (unnamed), random JSON, an array or a
    // whole body nested deep (named `body`): not a Thing.
    const named = typeof parsed === 'object' && parsed !== null;
    if (req.field !== (named ? 'body' : undefined))
      problems.push(`names ${req.field}`);
    if (named && !Array.isArray(parsed) && !violations(req).length)
      problems.push('a valid Thing');
    return problems;
  }
  // What breaks the schema is the field named, or within it (an array
  // nested deep in `tags` breaks `tags.0`), and nothing else.
  const found = [...new Set(violations(req))];
  if (!found.length) problems.push('breaks nothing');
  const elsewhere = found.filter(
    f => f !== req.broken && !f.startsWith(`${req.broken}.`),
  );
  if (elsewhere.length) problems.push(`breaks ${elsewhere.join(', ')} too`);
  const field = req.broken
    .split('.')
    .filter(part => !/^\d+$/.test(part))
    .pop();
  if (req.field !== field) problems.push(`names ${req.field}, not ${field}`);
  return problems;
}

describe('badRequests', () => {
  it('breaks exactly the field it names, and nothing else', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        badRequests(document, {
          jsonLimitBytes: LIMIT,
          values: { id: '0b6c3d7e-4f1a-4c8e-9a52-6d0f1e2b3c4d' },
        }),
        req => {
          expect(req).toMatchObject({
            operationId: 'addThing',
            method: 'POST',
          });
          seen.add(
            req.broken
              .replace(/^query\.(?!limit$).*/, 'query.<unknown>')
              .replace(
                /^body\.(?!(?:title|size|kind|tags)(?:\.|$)).*/,
                'body.<unknown>',
              ),
          );
          expect({ mistake: req.mistake, problems: problemsOf(req) }).toEqual({
            mistake: req.mistake,
            problems: [],
          });
        },
      ),
      { numRuns: 1500, seed: 42 },
    );
    // Every field and parameter, and the body as a whole, was broken.
    expect([...seen].sort()).toEqual([
      'body',
      'body.<unknown>',
      'body.kind',
      'body.size',
      'body.tags',
      'body.tags.0',
      'body.title',
      'content-type',
      'header.X-Key',
      'path.id',
      'query.<unknown>',
      'query.limit',
    ]);
  });

  it('breaks a path parameter of minLength 1 without asking for an empty segment', () => {
    // There is no too-short value to send (an empty segment is another
    // route); the generator once looked for one forever.
    const doc = {
      openapi: '3.0.3',
      info: { title: 'one', version: '1' },
      paths: {
        '/things/{name}': {
          get: {
            operationId: 'getThing',
            parameters: [
              {
                name: 'name',
                in: 'path',
                required: true,
                schema: { type: 'string', minLength: 1, maxLength: 20 },
              },
            ],
            responses: { '200': { description: 'the thing' } },
          },
        },
      },
    };
    const samples = fc.sample(badRequests(doc), { numRuns: 50, seed: 7 });
    expect(samples.length).toBe(50);
    expect(samples.some(r => r.broken === 'path.name')).toBe(true);
    expect(samples.every(r => !/\/things\/?(\?|$)/.test(r.path))).toBe(true);
  });

  it('lists the strings without a length bound', () => {
    expect(unboundedFields(document)).toEqual([]);
    const open = structuredClone(document) as any;
    delete open.components.schemas.Thing.properties.title.maxLength;
    expect(unboundedFields(open)).toEqual(['POST /things/{id} body.title']);
  });
});

describe('checkBadInput', () => {
  const thing = z
    .object({
      title: z.string().min(1).max(5),
      size: z.number().int().min(0).max(9),
      kind: z.enum(['a', 'b']).optional(),
      tags: z.array(z.string().max(3)).max(2).optional(),
    })
    .strict();

  /** The API of the document, served; `sloppy` forgets the title's bound. */
  async function serve(sloppy: boolean) {
    const router = Router();
    router.use(express.json({ limit: LIMIT }));
    router.post('/things/:id', (req, res) => {
      parse(
        z
          .object({
            limit: z
              .string()
              .regex(/^\d+$/)
              .pipe(z.coerce.number().int().min(1).max(10))
              .optional(),
          })
          .strict(),
        req.query,
        'query',
      );
      if (!UUID.test(req.params.id))
        throw new InputError(
          `id: ${JSON.stringify(req.params.id)} is not a uuid`,
        );
      const key = req.header('x-key');
      if (key !== undefined && (key.length < 3 || key.length > 8))
        throw new InputError('X-Key: 3 to 8 characters');
      const body = parse(
        sloppy ? thing.extend({ title: z.string().min(1) }) : thing,
        req.body,
        'body',
      );
      res.status(201).json(body);
    });
    router.use(createErrorHandler({ logger: { error() {} } as any }));
    const app = express();
    app.use(router);
    app.use(backstageErrorHandler());
    const server: Server = await new Promise(resolve => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const send = fetchSender({
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    });
    return { server, send };
  }

  it('passes an API that refuses every bad request, naming the field', async () => {
    const { server, send } = await serve(false);
    try {
      const stats = await checkBadInput({
        document,
        send,
        numRuns: 200,
        jsonLimitBytes: LIMIT,
        values: { id: '0b6c3d7e-4f1a-4c8e-9a52-6d0f1e2b3c4d' },
      });
      expect(stats[0]).toMatchObject({ cases: 200, wrong: 0 });
      expect(stats[0].byClass['4xx']).toBe(200);
    } finally {
      server.close();
    }
  });

  it('fails an API that lets a bad request through, with the example and the seed', async () => {
    const { server, send } = await serve(true);
    try {
      await expect(
        checkBadInput({
          document,
          send,
          numRuns: 200,
          seed: 7,
          jsonLimitBytes: LIMIT,
          values: { id: '0b6c3d7e-4f1a-4c8e-9a52-6d0f1e2b3c4d' },
        }),
      ).rejects.toThrow(
        /addThing \(POST \/things\/\{id\}\), seed 7, path "[\d:]+": body\.title: 6 characters, over its maxLength 5\n {2}answered 201, not a 4xx/,
      );
    } finally {
      server.close();
    }
  });

  it('judges an answer', () => {
    const req = { field: 'title', broken: 'body.title' } as BadRequest;
    const error = (status: number, message: string) => ({
      status,
      body: {
        error: { name: 'InputError', message },
        response: { statusCode: status },
      },
    });
    expect(judgeAnswer(req, error(400, 'body.title: too long'))).toEqual([]);
    expect(judgeAnswer(req, error(400, 'body: bad'))).toEqual([
      'its message does not name title',
    ]);
    expect(judgeAnswer(req, error(500, 'title: boom'))).toEqual([
      'answered 500, not a 4xx',
    ]);
    expect(judgeAnswer(req, { status: 201, body: {} })).toEqual([
      'answered 201, not a 4xx',
      "its body is not Backstage's error body ({ error: { name, message } }) with a message",
    ]);
    expect(
      judgeAnswer({ ...req, status: 413, field: undefined }, error(400, 'x')),
    ).toEqual(['answered 400, not 413']);
  });
});
