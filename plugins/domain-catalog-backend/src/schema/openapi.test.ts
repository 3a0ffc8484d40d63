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
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import express from 'express';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import YAML from 'yaml';
import { driftCatalog } from '../__testUtils__/driftCatalog';
import domainCatalogPlugin from '../index';

// The OpenAPI document is the API's contract: it must be valid OpenAPI, name
// exactly the routes the plugin serves, and describe what they answer.

const DOCUMENT = path.join(__dirname, 'openapi.yaml');
const REPO_ROOT = path.resolve(__dirname, '../../../..');
const CATALOG_INFO = path.join(REPO_ROOT, 'catalog-info.yaml');
const API_NAME = 'domain-catalog-api';
const BASE = '/api/domain-catalog';

const sam = 'user:default/sam';
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

describe('the domain catalog OpenAPI document', () => {
  const text = fs.readFileSync(DOCUMENT, 'utf8');
  let doc: any;
  let contract: Contract;
  let server: any;
  const mounted: express.Handler[] = [];

  beforeAll(async () => {
    doc = await SwaggerParser.dereference(YAML.parse(text));
    contract = new Contract(doc);
    const features = [
      domainCatalogPlugin,
      catalogServiceMock.factory({ entities: driftCatalog() }),
      mockServices.rootConfig.factory({
        data: {
          fitsys: {
            domainCatalog: {
              drift: {
                undeclaredCouplingExemptions: ['runtime'],
                sharedResourceTypes: ['database'],
              },
            },
          },
        },
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
        .set('authorization', as(sam));
      const content = op.requestBody?.content ?? {};
      if (content['application/json']) {
        const names = propertyNames(content['application/json'].schema);
        req = req.send(Object.fromEntries(names.map(n => [n, 'x'])));
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
      }).toEqual({ route, unknown: false, required: [] });
      const unrouted =
        res.status === 405 ||
        (res.status === 404 && /no such route/.test(message));
      expect({ route, unrouted }).toEqual({ route, unrouted: false });
    }
  });

  it('describes what each route answers', async () => {
    const gets: Array<[string, string]> = [
      ['/map', '/map'],
      ['/map?domain=finance&owner=group:default/ledger-team', '/map'],
      ['/map?focus=reporting&depth=1', '/map'],
      ['/map/domains', '/map/domains'],
      ['/contexts/default/ledger', '/contexts/{namespace}/{name}'],
      [
        '/contexts/default/ledger/canvas',
        '/contexts/{namespace}/{name}/canvas',
      ],
      [
        '/contexts/default/ledger/canvas?format=json',
        '/contexts/{namespace}/{name}/canvas',
      ],
      ['/drift', '/drift'],
      ['/drift?context=auth&kind=undeclared-coupling&limit=1', '/drift'],
      ['/glossary?q=transaction&limit=1', '/glossary'],
      ['/glossary/collisions', '/glossary/collisions'],
      [
        '/entities/component/default/portal-web/context',
        '/entities/{kind}/{namespace}/{name}/context',
      ],
      [
        '/entities/Component/default/unknown/context',
        '/entities/{kind}/{namespace}/{name}/context',
      ],
      ['/domains/default/payments', '/domains/{namespace}/{name}'],
      ['/export?format=cml&domain=finance', '/export'],
      ['/export?format=mermaid', '/export'],
      ['/snapshot', '/snapshot'],
    ];
    for (const [url, route] of gets) {
      const res = await request(server)
        .get(`${BASE}${url}`)
        .set('authorization', as(sam));
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      contract.check(res, 'GET', route);
      expect(res.headers['catalog-snapshot-read-at']).toEqual(
        expect.any(String),
      );
    }
    const imported = await request(server)
      .post(`${BASE}/import/cml`)
      .set('authorization', as(sam))
      .send({
        source:
          'ContextMap M { A -> B } BoundedContext A implements X BoundedContext B implements X',
        owner: ' group:default/architects ',
        namespace: 'payments',
        defaultDomain: 'payments',
      });
    expect(imported.status).toBe(200);
    contract.check(imported, 'POST', '/import/cml');
  });

  it('describes its errors', async () => {
    const get = (url: string) =>
      request(server).get(`${BASE}${url}`).set('authorization', as(sam));
    const cases: Array<[number, Promise<request.Response>, string, string]> = [
      [400, get('/map?depth=9'), 'GET', '/map'],
      [400, get('/map/domains?colour=red'), 'GET', '/map/domains'],
      [
        400,
        get('/contexts/default/ledger/canvas?format=pdf'),
        'GET',
        '/contexts/{namespace}/{name}/canvas',
      ],
      [400, get('/drift?kind=typo'), 'GET', '/drift'],
      [400, get('/glossary?limit=0'), 'GET', '/glossary'],
      [400, get('/glossary/collisions?x=1'), 'GET', '/glossary/collisions'],
      [
        400,
        get('/entities/user/default/sam/context'),
        'GET',
        '/entities/{kind}/{namespace}/{name}/context',
      ],
      [400, get('/export?format=png'), 'GET', '/export'],
      [400, get('/snapshot?x=1'), 'GET', '/snapshot'],
      [
        400,
        request(server)
          .post(`${BASE}/import/cml`)
          .set('authorization', as(sam))
          .send({ source: 'x' }),
        'POST',
        '/import/cml',
      ],
      [
        401,
        request(server)
          .get(`${BASE}/snapshot`)
          .set('authorization', mockCredentials.none.header()),
        'GET',
        '/snapshot',
      ],
      [404, get('/map?focus=nowhere'), 'GET', '/map'],
      [
        404,
        get('/contexts/default/nope'),
        'GET',
        '/contexts/{namespace}/{name}',
      ],
      [
        404,
        get('/contexts/default/nope/canvas'),
        'GET',
        '/contexts/{namespace}/{name}/canvas',
      ],
      [404, get('/domains/default/nope'), 'GET', '/domains/{namespace}/{name}'],
      [
        413,
        request(server)
          .post(`${BASE}/import/cml`)
          .set('authorization', as(sam))
          .send({ source: 'x'.repeat(2_100_000), owner: 'architects' }),
        'POST',
        '/import/cml',
      ],
    ];
    for (const [status, pending, method, route] of cases) {
      const res = await pending;
      expect({ route, status: res.status }).toEqual({ route, status });
      contract.check(res, method, route);
    }
  });

  it('describes the 405 a path answers to a method it does not take', async () => {
    const res = await request(server)
      .post(`${BASE}/map`)
      .set('authorization', as(sam));
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
    const response = doc.components.responses.MethodNotAllowed;
    expect(Object.keys(response.headers)).toEqual(['Allow']);
    expect(
      new Ajv({ strict: false }).validate(
        closed(response.content['application/json'].schema),
        res.body,
      ),
    ).toBe(true);
  });

  it('is the definition of the domain catalog API in the catalog, provided by the backend', () => {
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
      'Component:domain-catalog-backend',
    ]);
  });
});

describe('the domain catalog before the catalog could be read', () => {
  it('answers the documented 503', async () => {
    const doc: any = await SwaggerParser.dereference(
      YAML.parse(fs.readFileSync(DOCUMENT, 'utf8')),
    );
    const unreachable = createServiceFactory({
      service: catalogServiceRef,
      deps: {},
      factory: () =>
        ({
          streamEntities: () => ({
            [Symbol.asyncIterator]: () => ({
              next: () => Promise.reject(new Error('the catalog is down')),
            }),
          }),
        } as any),
    });
    const { server } = await startTestBackend({
      features: [domainCatalogPlugin, unreachable],
    });
    const res = await request(server)
      .get(`${BASE}/map`)
      .set('authorization', as(sam));
    expect(res.status).toBe(503);
    new Contract(doc).check(res, 'GET', '/map');
  });
});
