import SwaggerParser from '@apidevtools/swagger-parser';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import express from 'express';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import YAML from 'yaml';
import {
  newFindingBody,
  notificationsFactory,
  permissionsFactory,
} from '../__testUtils__/backend';
import { cardAuthoriser } from '../__testUtils__/catalog';
import { images } from '../__testUtils__/images';
import devzeroPlugin from '../index';

// The OpenAPI document is the API's contract: it must be valid OpenAPI, name
// exactly the routes the plugin serves, and describe what they answer.

const DOCUMENT = path.join(__dirname, 'openapi.yaml');
const REPO_ROOT = path.resolve(__dirname, '../../../..');
const CATALOG_INFO = path.join(REPO_ROOT, 'catalog-info.yaml');
const API_NAME = 'devzero-api';
const BASE = '/api/devzero';

const riley = 'user:default/riley.novak'; // reports
const jordan = 'user:default/jordan.lee'; // owns card-authoriser
const sam = 'user:default/sam.okafor'; // reads everything, owns nothing
const as = (user: string) => mockCredentials.user.header(user);

// ---------------------------------------------------------------- helpers

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Every operation of the document, as `METHOD /path`. */
function documentedRoutes(doc: any): string[] {
  return Object.entries<any>(doc.paths).flatMap(([route, item]) =>
    METHODS.filter(m => item[m]).map(m => `${m.toUpperCase()} ${route}`),
  );
}

/** An Express path as OpenAPI writes it: `/findings/:id` is `/findings/{id}`. */
function openApiPath(expressPath: string) {
  return expressPath.replace(/:(\w+)(?:\([^)]*\))?/g, '{$1}');
}

/** Every route of a router and of the routers it mounts, as `METHOD /path`. */
function servedRoutes(stack: any[]): string[] {
  return stack.flatMap(layer => {
    if (layer.route) {
      const methods = Object.keys(layer.route.methods).filter(
        m => layer.route.methods[m],
      );
      if (methods.includes('_all'))
        throw new Error(
          `${layer.route.path}: router.all() has no method to document`,
        );
      return ([] as string[])
        .concat(layer.route.path)
        .flatMap(p => methods.map(m => `${m.toUpperCase()} ${openApiPath(p)}`));
    }
    if (Array.isArray(layer.handle?.stack)) {
      if (!layer.regexp?.fast_slash)
        throw new Error(
          'a router mounted under a path: teach this test to read it',
        );
      return servedRoutes(layer.handle.stack);
    }
    return [];
  });
}

/**
 * A schema that refuses what it does not describe: `allOf` parts merged into
 * one object, and every object without a word on `additionalProperties`
 * closed. The published document stays open, so that clients keep working
 * when a field is added; the test makes sure the field is documented.
 */
function closed(schema: any, memo = new Map<any, any>()): any {
  if (!schema || typeof schema !== 'object') return schema;
  if (memo.has(schema)) return memo.get(schema);
  const out: any = { ...schema };
  memo.set(schema, out);
  if (Array.isArray(out.allOf) && out.allOf.every((p: any) => p.properties)) {
    out.type = 'object';
    out.properties = Object.assign(
      {},
      ...out.allOf.map((p: any) => p.properties),
    );
    out.required = [
      ...new Set(out.allOf.flatMap((p: any) => p.required ?? [])),
    ];
    delete out.allOf;
  }
  if (out.properties) {
    out.properties = Object.fromEntries(
      Object.entries(out.properties).map(([k, v]) => [k, closed(v, memo)]),
    );
    if (out.additionalProperties === undefined)
      out.additionalProperties = false;
  }
  for (const key of ['items', 'not'])
    if (out[key]) out[key] = closed(out[key], memo);
  for (const key of ['oneOf', 'anyOf', 'allOf'])
    if (out[key]) out[key] = out[key].map((s: any) => closed(s, memo));
  return out;
}

/** Checks answers against the document: status, media type and body. */
class Contract {
  private readonly ajv = addFormats(
    new Ajv({ strict: false, allErrors: true }),
  );
  private readonly validators = new Map<any, ValidateFunction>();

  constructor(readonly doc: any) {
    this.ajv.addFormat('binary', true);
  }

  operation(method: string, route: string) {
    const op = this.doc.paths[route]?.[method.toLowerCase()];
    if (!op) throw new Error(`the document has no ${method} ${route}`);
    return op;
  }

  check(res: request.Response, method: string, route: string) {
    const op = this.operation(method, route);
    const where = `${method} ${route} answered ${res.status}`;
    const documented = op.responses[String(res.status)];
    if (!documented)
      throw new Error(
        `${where}, which the document does not list (it lists ${Object.keys(
          op.responses,
        ).join(', ')}): ${res.text}`,
      );
    const type = String(res.headers['content-type'] ?? '').split(';')[0];
    if (!documented.content) {
      if (res.text)
        throw new Error(`${where} with a body it does not document`);
      return;
    }
    const media = documented.content[type];
    if (!media)
      throw new Error(
        `${where} with ${type}, which the document does not list`,
      );
    if (type !== 'application/json') return;
    let validate = this.validators.get(media.schema);
    if (!validate) {
      validate = this.ajv.compile(closed(media.schema));
      this.validators.set(media.schema, validate);
    }
    if (!validate(res.body))
      throw new Error(
        `${where} with a body the document does not describe:\n${validate
          .errors!.map(
            e =>
              `${e.instancePath || '/'} ${e.message} ${JSON.stringify(
                e.params,
              )}`,
          )
          .join('\n')}`,
      );
  }
}

/** A value of a parameter or property, from its example, enum or default. */
function sample(schema: any, example?: unknown): unknown {
  const value =
    example ?? schema?.example ?? schema?.enum?.[0] ?? schema?.default;
  if (value !== undefined) return Array.isArray(value) ? value[0] : value;
  if (schema?.type === 'array') return sample(schema.items);
  if (schema?.type === 'integer' || schema?.type === 'number')
    return schema.minimum ?? 1;
  return 'x';
}

/** The names of every property a (dereferenced) body schema describes. */
function propertyNames(schema: any): string[] {
  if (!schema) return [];
  return [
    ...Object.keys(schema.properties ?? {}),
    ...['oneOf', 'anyOf', 'allOf'].flatMap(k =>
      (schema[k] ?? []).flatMap(propertyNames),
    ),
  ];
}

/** The API entity's definition set to `text`, for FITSYS_UPDATE_API_DEFINITIONS. */
function withDefinition(catalogInfo: string, text: string) {
  const docs = catalogInfo.split(/^(?=---$)/m);
  const at = docs.findIndex(
    d =>
      /^kind: API$/m.test(d) &&
      new RegExp(`^  name: ${API_NAME}$`, 'm').test(d),
  );
  const start = docs[at]?.search(/^ {2}definition: \|.*$/m);
  if (at < 0 || start === undefined || start < 0)
    throw new Error(
      `no API ${API_NAME} with an inline definition (its last field)`,
    );
  const indented = text
    .replace(/\n$/, '')
    .split('\n')
    .map(line => (line ? `    ${line}` : line))
    .join('\n');
  docs[at] = `${docs[at].slice(0, start)}  definition: |\n${indented}\n`;
  return docs.join('');
}

// ---------------------------------------------------------------- the tests

/**
 * An httpRouter that only records what the plugin mounts, to read its routes
 * (the framework's own httpRouter wraps them in its middleware).
 */
function recordingHttpRouter(mounted: express.Handler[]) {
  return createServiceFactory({
    service: coreServices.httpRouter,
    deps: {},
    factory: () => ({
      use(handler: express.Handler) {
        mounted.push(handler);
      },
      addAuthPolicy() {},
    }),
  });
}

describe('the Developer Zero OpenAPI document', () => {
  const text = fs.readFileSync(DOCUMENT, 'utf8');
  let doc: any;
  let contract: Contract;
  let server: any;
  const mounted: express.Handler[] = [];

  beforeAll(async () => {
    doc = await SwaggerParser.dereference(YAML.parse(text));
    contract = new Contract(doc);
    const features = [
      devzeroPlugin,
      permissionsFactory(),
      notificationsFactory(),
      catalogServiceMock.factory({ entities: [cardAuthoriser(jordan)] }),
      mockServices.rootConfig.factory({
        data: { devzero: { attachments: { maxBytes: 1024 } } },
      }),
    ];
    await startTestBackend({
      features: [...features, recordingHttpRouter(mounted)],
    });
    ({ server } = await startTestBackend({ features }));
  });

  it('is valid OpenAPI 3.0', async () => {
    const api: any = await SwaggerParser.validate(DOCUMENT);
    expect(api.openapi).toMatch(/^3\.0\./);
    expect(api.security).toEqual([{ bearerAuth: [] }]);
    expect(api.components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
  });

  it('describes every operation for its users, with its errors', () => {
    const ids = new Set<string>();
    for (const route of documentedRoutes(doc)) {
      const [method, p] = route.split(' ');
      const op = contract.operation(method, p);
      expect({ route, ok: Boolean(op.summary && op.description) }).toEqual({
        route,
        ok: true,
      });
      expect(ids.has(op.operationId)).toBe(false);
      ids.add(op.operationId);
      const statuses = Object.keys(op.responses);
      expect({ route, has401: statuses.includes('401') }).toEqual({
        route,
        has401: true,
      });
      for (const status of statuses.filter(s => Number(s) >= 400)) {
        const schema = op.responses[status].content['application/json'].schema;
        expect({ route, status, body: Object.keys(schema.properties) }).toEqual(
          { route, status, body: ['error', 'request', 'response'] },
        );
      }
    }
  });

  it('names every route the plugin serves, and no other', () => {
    const notRouters = mounted.filter(h => !Array.isArray((h as any).stack));
    expect(notRouters).toEqual([]);
    // The framework mounts its own routes (permissions, actions) under
    // reserved paths through the same httpRouter; they are not this API.
    const served = [
      ...new Set(mounted.flatMap(h => servedRoutes((h as any).stack))),
    ].filter(r => !/^\w+ \/\.(well-known\/backstage|backstage)\//.test(r));
    const documented = documentedRoutes(doc);
    expect(served.length).toBeGreaterThan(5);
    expect({
      servedButNotDocumented: served.filter(r => !documented.includes(r)),
      documentedButNotServed: documented.filter(r => !served.includes(r)),
    }).toEqual({ servedButNotDocumented: [], documentedButNotServed: [] });
  });

  it('takes every query parameter and body field it documents, and needs no other', async () => {
    for (const route of documentedRoutes(doc)) {
      const [method, template] = route.split(' ');
      const op = contract.operation(method, template);
      const params: any[] = op.parameters ?? [];
      const url = template.replace(/\{(\w+)\}/g, (_, name) => {
        const param = params.find(p => p.in === 'path' && p.name === name);
        return String(sample(param?.schema, param?.example));
      });
      const query = Object.fromEntries(
        params
          .filter(p => p.in === 'query')
          .map(p => [p.name, String(sample(p.schema, p.example))]),
      );
      let req = (request(server) as any)
        [method.toLowerCase()](`${BASE}${url}`)
        .query(query)
        .set('authorization', as(riley));
      const content = op.requestBody?.content ?? {};
      if (content['application/json']) {
        const names = propertyNames(content['application/json'].schema);
        req = req.send(Object.fromEntries(names.map(n => [n, 'x'])));
      } else if (Object.keys(content).length) {
        req = req.set('content-type', Object.keys(content)[0]).send(images.png);
      }
      const res = await req;
      const message: string = res.body?.error?.message ?? '';
      const documented = new Set([
        ...params.map(p => p.name),
        ...propertyNames(content['application/json']?.schema),
      ]);
      const required = [
        ...message.matchAll(/(?:^|; )(?:body\.)?(\w+): Required/g),
      ]
        .map(m => m[1])
        .filter(name => !documented.has(name));
      expect({
        route,
        unknown: message.includes('unknown field'),
        required,
      }).toEqual({
        route,
        unknown: false,
        required: [],
      });
      expect({
        route,
        status: res.status === 404 && /no such route/.test(message),
      }).toEqual({
        route,
        status: false,
      });
    }
  });

  it('describes what each route answers', async () => {
    const filed = await request(server)
      .post(`${BASE}/findings`)
      .set('authorization', as(riley))
      .set('idempotency-key', 'contract-0001')
      .send({
        ...newFindingBody,
        steps: '1. Clone\n2. Run',
        links: ['https://docs.fernhill.example/card-authoriser/local'],
        mayContact: true,
      });
    contract.check(filed, 'POST', '/findings');
    expect(filed.status).toBe(201);
    const id = filed.body.id;
    const again = await request(server)
      .post(`${BASE}/findings`)
      .set('authorization', as(riley))
      .set('idempotency-key', 'contract-0001')
      .send({
        ...newFindingBody,
        steps: '1. Clone\n2. Run',
        links: ['https://docs.fernhill.example/card-authoriser/local'],
        mayContact: true,
      });
    contract.check(again, 'POST', '/findings');
    expect(again.status).toBe(200);

    const triaged = [
      { action: 'accept', note: 'Seen' },
      { action: 'assign', assigneeRef: null },
      { action: 'snooze', snoozedUntil: '2099-01-01T09:00:00+01:00' },
      {
        action: 'link-issue',
        externalUrl: 'https://github.com/fernhill/card-authoriser/issues/12',
      },
    ];
    for (const body of triaged) {
      const res = await request(server)
        .post(`${BASE}/findings/${id}/triage`)
        .set('authorization', as(jordan))
        .send(body);
      contract.check(res, 'POST', '/findings/{id}/triage');
      expect(res.status).toBe(200);
    }
    const comment = await request(server)
      .post(`${BASE}/findings/${id}/comments`)
      .set('authorization', as(jordan))
      .send({ body: 'Which OS?' });
    contract.check(comment, 'POST', '/findings/{id}/comments');
    const meToo = await request(server)
      .post(`${BASE}/findings/${id}/me-too`)
      .set('authorization', as(sam))
      .send({ minutesLost: 20, note: 'Same here' });
    contract.check(meToo, 'POST', '/findings/{id}/me-too');
    expect(meToo.status).toBe(200);

    const image = await request(server)
      .post(`${BASE}/findings/${id}/attachments`)
      .query({ name: 'error.png' })
      .set('authorization', as(riley))
      .set('content-type', 'image/png')
      .send(images.png);
    contract.check(image, 'POST', '/findings/{id}/attachments');
    expect(image.status).toBe(201);
    const imageUrl = `${BASE}/findings/${id}/attachments/${image.body.id}`;
    const read = await request(server)
      .get(imageUrl)
      .set('authorization', as(jordan));
    contract.check(read, 'GET', '/findings/{id}/attachments/{attachmentId}');
    expect(read.status).toBe(200);

    const details = await request(server)
      .get(`${BASE}/findings/${id}`)
      .set('authorization', as(jordan));
    contract.check(details, 'GET', '/findings/{id}');
    expect(details.body.attachments).toHaveLength(1);
    expect(details.body.meToos).toHaveLength(1);

    const removed = await request(server)
      .delete(imageUrl)
      .set('authorization', as(riley));
    contract.check(
      removed,
      'DELETE',
      '/findings/{id}/attachments/{attachmentId}',
    );
    expect(removed.status).toBe(204);

    const resolved = await request(server)
      .post(`${BASE}/findings/${id}/triage`)
      .set('authorization', as(jordan))
      .send({
        action: 'resolve',
        note: 'Documented',
        fixUrl: 'https://github.com/fernhill/card-authoriser/pull/7',
      });
    contract.check(resolved, 'POST', '/findings/{id}/triage');

    const gets: Array<[string, string, string]> = [
      [
        `/findings?status=resolved&owner=mine&sort=severity&limit=5`,
        '/findings',
        jordan,
      ],
      ['/findings?q=HSM&from=2020-01-01T00:00:00Z', '/findings', riley],
      ['/findings/export?format=json&reporter=me', '/findings/export', riley],
      ['/findings/export?format=csv', '/findings/export', riley],
      [
        '/findings/similar?entity=component:default/card-authoriser&title=local%20set-up%20guide',
        '/findings/similar',
        sam,
      ],
      ['/inbox', '/inbox', jordan],
      ['/insights?owner=mine', '/insights', jordan],
      ['/insights', '/insights', sam],
    ];
    for (const [url, route, user] of gets) {
      const res = await request(server)
        .get(`${BASE}${url}`)
        .set('authorization', as(user));
      contract.check(res, 'GET', route);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
    }
  });

  it('describes its errors', async () => {
    const { body: finding } = await request(server)
      .post(`${BASE}/findings`)
      .set('authorization', as(riley))
      .send({ ...newFindingBody, title: 'Errors' });
    const post = (url: string, user = riley) =>
      request(server).post(`${BASE}${url}`).set('authorization', as(user));
    const cases: Array<[number, Promise<request.Response>, string, string]> = [
      [400, post('/findings').send({ severity: 'meh' }), 'POST', '/findings'],
      [
        400,
        request(server)
          .get(`${BASE}/findings/not-an-id`)
          .set('authorization', as(riley)),
        'GET',
        '/findings/{id}',
      ],
      [
        401,
        request(server)
          .get(`${BASE}/findings`)
          .set('authorization', mockCredentials.none.header()),
        'GET',
        '/findings',
      ],
      [
        403,
        request(server)
          .post(`${BASE}/findings`)
          .set('authorization', mockCredentials.service.header())
          .send(newFindingBody),
        'POST',
        '/findings',
      ],
      [
        403,
        post(`/findings/${finding.id}/triage`, sam).send({ action: 'accept' }),
        'POST',
        '/findings/{id}/triage',
      ],
      [
        404,
        request(server)
          .get(`${BASE}/findings/00000000-0000-4000-8000-000000000000`)
          .set('authorization', as(riley)),
        'GET',
        '/findings/{id}',
      ],
      [
        409,
        post(`/findings/${finding.id}/triage`, jordan).send({
          action: 'reopen',
        }),
        'POST',
        '/findings/{id}/triage',
      ],
      [
        409,
        post(`/findings/${finding.id}/me-too`).send({ minutesLost: 1 }),
        'POST',
        '/findings/{id}/me-too',
      ],
      [
        413,
        post('/findings').send({
          ...newFindingBody,
          scenario: 'x'.repeat(300_000),
        }),
        'POST',
        '/findings',
      ],
      [
        413,
        post(`/findings/${finding.id}/attachments`)
          .set('content-type', 'image/png')
          .send(Buffer.concat([images.png, Buffer.alloc(2048)])),
        'POST',
        '/findings/{id}/attachments',
      ],
      [
        415,
        post('/findings').set('content-type', 'text/plain').send('hello'),
        'POST',
        '/findings',
      ],
      [
        415,
        post(`/findings/${finding.id}/attachments`)
          .set('content-type', 'image/bmp')
          .send(images.png),
        'POST',
        '/findings/{id}/attachments',
      ],
    ];
    for (const [status, pending, method, route] of cases) {
      const res = await pending;
      expect({ route, status: res.status }).toEqual({ route, status });
      contract.check(res, method, route);
    }
  });

  it('describes the 405 a path answers to a method it does not take', async () => {
    const allowed: Array<[string, string]> = [
      [`/findings/00000000-0000-4000-8000-000000000000`, 'GET, HEAD, OPTIONS'],
      [
        `/findings/00000000-0000-4000-8000-000000000000/attachments/00000000-0000-4000-8000-000000000000`,
        'DELETE, GET, HEAD, OPTIONS',
      ],
    ];
    const response = doc.components.responses.MethodNotAllowed;
    expect(Object.keys(response.headers)).toEqual(['Allow']);
    for (const [url, allow] of allowed) {
      const res = await request(server)
        .put(`${BASE}${url}`)
        .set('authorization', as(riley));
      expect({ url, status: res.status, allow: res.headers.allow }).toEqual({
        url,
        status: 405,
        allow,
      });
      expect(
        new Ajv({ strict: false }).validate(
          closed(response.content['application/json'].schema),
          res.body,
        ),
      ).toBe(true);
    }
  });

  it('is the definition of the devzero API in the catalog, provided by the backend', () => {
    const catalogInfo = fs.readFileSync(CATALOG_INFO, 'utf8');
    const entities = YAML.parseAllDocuments(catalogInfo).map(d => d.toJSON());
    const api = entities.find(
      e => e?.kind === 'API' && e.metadata?.name === API_NAME,
    );
    expect(api?.spec).toMatchObject({
      type: 'openapi',
      owner: expect.any(String),
    });
    const definition = api.spec.definition;
    // Either the document itself, or a placeholder the catalog reads it
    // through (from a url location).
    const placeholder =
      typeof definition === 'object' && definition?.$text
        ? path.resolve(REPO_ROOT, definition.$text)
        : undefined;
    expect(placeholder ?? DOCUMENT).toBe(DOCUMENT);
    if (!placeholder && definition !== text) {
      if (!process.env.FITSYS_UPDATE_API_DEFINITIONS) {
        throw new Error(
          `spec.definition of API ${API_NAME} in catalog-info.yaml differs from ${path.relative(
            REPO_ROOT,
            DOCUMENT,
          )}: run this test with FITSYS_UPDATE_API_DEFINITIONS=1 to copy the document there`,
        );
      }
      fs.writeFileSync(CATALOG_INFO, withDefinition(catalogInfo, text));
    }
    const providers = entities.filter(e =>
      e?.spec?.providesApis?.includes(`api:default/${API_NAME}`),
    );
    expect(providers.map(e => `${e.kind}:${e.metadata.name}`)).toEqual([
      'Component:devzero-backend',
    ]);
  });
});
