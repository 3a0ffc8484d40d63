/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expect*"] }] -- the shared checks of @internal/plugin-fitsys-node/testUtils assert */
import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

import {
  describeOpenApiContract,
  expectMethodNotAllowed,
  loadOpenApiDocument,
  OpenApiContract,
} from '@internal/plugin-fitsys-node/testUtils';

import path from 'path';
import request from 'supertest';

import { FIXTURE_CONFIG, fixtureCatalog } from '../__testUtils__/fixture';
import dependencyMapPlugin from '../index';

// The OpenAPI document is the API's contract: it must be valid OpenAPI, name
// exactly the routes the plugin serves, and describe what they answer.

const DOCUMENT = path.join(__dirname, 'openapi.yaml');
const CATALOG_INFO = path.resolve(__dirname, '../../../../catalog-info.yaml');
const BASE = '/api/dependency-map';
const sam = 'user:default/sam';
const as = (user: string) => mockCredentials.user.header(user);

describe('the dependency map OpenAPI document', () => {
  const api = describeOpenApiContract({
    document: DOCUMENT,
    base: BASE,
    features: () => [
      dependencyMapPlugin,
      catalogServiceMock.factory({ entities: fixtureCatalog() }),
      mockServices.rootConfig.factory({ data: FIXTURE_CONFIG }),
    ],
    authorization: as(sam),
    apiEntity: {
      catalogInfo: CATALOG_INFO,
      apiName: 'dependency-map-api',
      providers: ['Component:dependency-map-backend'],
    },
  });
  it('describes what each route answers', async () => {
    const gets: Array<[string, string]> = [
      ['/hot-spots', '/hot-spots'],
      ['/hot-spots?type=library&offset=0&limit=5', '/hot-spots'],
      ['/export/hot-spots', '/export/hot-spots'],
      ['/inventory?node=resource:default/db', '/inventory'],
      ['/inventory?node=zone:eu-west-1a&limit=1', '/inventory'],
      ['/blast-radius?node=idp', '/blast-radius'],
      ['/correlation-groups', '/correlation-groups'],
      ['/journeys', '/journeys'],
      ['/journeys/checkout', '/journeys/{journey}'],
      ['/journeys/Reporting/availability', '/journeys/{journey}/availability'],
      ['/availability?entity=web', '/availability'],
      ['/availability?entity=statements', '/availability'],
      ['/annotation-problems', '/annotation-problems'],
      ['/annotation-problems?entity=ledger', '/annotation-problems'],
      ['/risks?limit=2', '/risks'],
      ['/export/graph?node=gateway&format=mermaid', '/export/graph'],
      [
        '/export/graph?node=resource:default/db&format=dot&depth=1&direction=dependents&maxNodes=3',
        '/export/graph',
      ],
      ['/graph?node=gateway', '/graph'],
      [
        '/graph?node=resource:default/db&depth=6&direction=dependents&maxNodes=2000',
        '/graph',
      ],
      ['/snapshot', '/snapshot'],
      ['/trend', '/trend'],
      ['/trend?days=7', '/trend'],
    ];
    for (const [url, route] of gets) {
      const res = await request(api.server)
        .get(`${BASE}${url}`)
        .set('authorization', as(sam));
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      api.contract.check(res, 'GET', route);
      expect(res.headers['catalog-snapshot-read-at']).toEqual(
        expect.any(String),
      );
    }
    const whatIf = await request(api.server)
      .post(`${BASE}/what-if`)
      .set('authorization', as(sam))
      .send({ entities: ['resource:default/db'], zones: ['eu-west-1a'] });
    expect(whatIf.status).toBe(200);
    api.contract.check(whatIf, 'POST', '/what-if');
  });

  it('describes its errors', async () => {
    const get = (url: string) =>
      request(api.server).get(`${BASE}${url}`).set('authorization', as(sam));
    const post = (body: unknown) =>
      request(api.server)
        .post(`${BASE}/what-if`)
        .set('authorization', as(sam))
        .send(body as object);
    const cases: Array<[number, Promise<request.Response>, string, string]> = [
      [400, get('/hot-spots?limit=501'), 'GET', '/hot-spots'],
      [400, get('/hot-spots?type=planet'), 'GET', '/hot-spots'],
      [400, get('/export/hot-spots?x=1'), 'GET', '/export/hot-spots'],
      [400, get('/inventory'), 'GET', '/inventory'],
      [
        400,
        get(`/blast-radius?node=${'x'.repeat(301)}`),
        'GET',
        '/blast-radius',
      ],
      [400, post({}), 'POST', '/what-if'],
      [400, post({ entities: ['ghost'] }), 'POST', '/what-if'],
      [400, get('/correlation-groups?offset=-1'), 'GET', '/correlation-groups'],
      [400, get('/journeys?x=1'), 'GET', '/journeys'],
      [400, get('/journeys/-bad-'), 'GET', '/journeys/{journey}'],
      [
        400,
        get('/journeys/-bad-/availability'),
        'GET',
        '/journeys/{journey}/availability',
      ],
      [400, get('/availability'), 'GET', '/availability'],
      [400, get('/annotation-problems?limit=0'), 'GET', '/annotation-problems'],
      [400, get('/risks?limit=1001'), 'GET', '/risks'],
      [400, get('/export/graph?node=web&format=png'), 'GET', '/export/graph'],
      [400, get('/graph?node=web&maxNodes=2001'), 'GET', '/graph'],
      [400, get('/graph?node=web&depth=7'), 'GET', '/graph'],
      [400, get('/graph?node=web&format=dot'), 'GET', '/graph'],
      [400, get('/snapshot?x=1'), 'GET', '/snapshot'],
      [400, get('/trend?days=0'), 'GET', '/trend'],
      [400, get('/trend?days=367'), 'GET', '/trend'],
      [
        401,
        request(api.server)
          .get(`${BASE}/hot-spots`)
          .set('authorization', mockCredentials.none.header()),
        'GET',
        '/hot-spots',
      ],
      [404, get('/inventory?node=image:nothing'), 'GET', '/inventory'],
      [404, get('/blast-radius?node=ghost'), 'GET', '/blast-radius'],
      [404, get('/journeys/nowhere'), 'GET', '/journeys/{journey}'],
      [
        404,
        get('/journeys/nowhere/availability'),
        'GET',
        '/journeys/{journey}/availability',
      ],
      [404, get('/availability?entity=ghost'), 'GET', '/availability'],
      [
        404,
        get('/annotation-problems?entity=ghost'),
        'GET',
        '/annotation-problems',
      ],
      [404, get('/export/graph?node=ghost&format=dot'), 'GET', '/export/graph'],
      [404, get('/graph?node=ghost'), 'GET', '/graph'],
      [413, post({ entities: ['x'.repeat(1_100_000)] }), 'POST', '/what-if'],
    ];
    for (const [status, pending, method, route] of cases) {
      const res = await pending;
      expect({ route, status: res.status }).toEqual({ route, status });
      api.contract.check(res, method, route);
    }
  });

  it('names the unknown things of a what-if', async () => {
    const res = await request(api.server)
      .post(`${BASE}/what-if`)
      .set('authorization', as(sam))
      .send({ entities: ['resource:db', 'ghost'], zones: ['mars-1a'] });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /^body: 2 of the things named fail nothing the dependency map knows: "ghost", "mars-1a";/,
    );
  });

  it('describes the 405 a path answers to a method it does not take', async () => {
    const res = await request(api.server)
      .post(`${BASE}/hot-spots`)
      .set('authorization', as(sam));
    expectMethodNotAllowed(api.doc, '/hot-spots', res, 'GET, HEAD, OPTIONS');
  });
});

describe('the dependency map before the catalog could be read', () => {
  it('answers the documented 503', async () => {
    const { doc } = await loadOpenApiDocument(DOCUMENT);
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
      features: [dependencyMapPlugin, unreachable],
    });
    const res = await request(server)
      .get(`${BASE}/hot-spots`)
      .set('authorization', as(sam));
    expect(res.status).toBe(503);
    new OpenApiContract(doc).check(res, 'GET', '/hot-spots');
  });
});
