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

import { driftCatalog } from '../__testUtils__/driftCatalog';
import domainCatalogPlugin from '../index';

// The OpenAPI document is the API's contract: it must be valid OpenAPI, name
// exactly the routes the plugin serves, and describe what they answer. The
// checks every backend makes are in @internal/plugin-fitsys-node/testUtils;
// what this API answers is checked here.

const DOCUMENT = path.join(__dirname, 'openapi.yaml');
const CATALOG_INFO = path.resolve(__dirname, '../../../../catalog-info.yaml');
const BASE = '/api/domain-catalog';

const sam = 'user:default/sam';
const as = (user: string) => mockCredentials.user.header(user);

describe('the domain catalog OpenAPI document', () => {
  const api = describeOpenApiContract({
    document: DOCUMENT,
    base: BASE,
    features: () => [
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
    ],
    authorization: as(sam),
    apiEntity: {
      catalogInfo: CATALOG_INFO,
      apiName: 'domain-catalog-api',
      providers: ['Component:domain-catalog-backend'],
    },
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
      ['/import/cml/targets', '/import/cml/targets'],
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
    const imported = await request(api.server)
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
    api.contract.check(imported, 'POST', '/import/cml');
  });

  it('describes its errors', async () => {
    const get = (url: string) =>
      request(api.server).get(`${BASE}${url}`).set('authorization', as(sam));
    const cases: Array<[number, Promise<request.Response>, string, string]> = [
      [400, get('/map?depth=9'), 'GET', '/map'],
      [400, get('/map/domains?colour=red'), 'GET', '/map/domains'],
      [
        400,
        get('/contexts/default/ledger/canvas?format=pdf'),
        'GET',
        '/contexts/{namespace}/{name}/canvas',
      ],
      [
        400,
        get('/contexts/default/-ledger-'),
        'GET',
        '/contexts/{namespace}/{name}',
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
      [
        400,
        get(`/domains/${'x'.repeat(64)}/payments`),
        'GET',
        '/domains/{namespace}/{name}',
      ],
      [400, get('/export?format=png'), 'GET', '/export'],
      [400, get('/snapshot?x=1'), 'GET', '/snapshot'],
      [
        400,
        request(api.server)
          .post(`${BASE}/import/cml`)
          .set('authorization', as(sam))
          .send({ source: 'x' }),
        'POST',
        '/import/cml',
      ],
      [
        400,
        request(api.server)
          .post(`${BASE}/import/cml/pull-request`)
          .set('authorization', as(sam))
          .send({
            source: 'BoundedContext A',
            owner: 'architects',
            repositoryUrl: 'https://github.com/acme/architecture',
          }),
        'POST',
        '/import/cml/pull-request',
      ],
      [400, get('/import/cml/targets?x=1'), 'GET', '/import/cml/targets'],
      [
        401,
        request(api.server)
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
        request(api.server)
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
      api.contract.check(res, method, route);
    }
  });

  it('describes the 405 a path answers to a method it does not take', async () => {
    const res = await request(api.server)
      .post(`${BASE}/map`)
      .set('authorization', as(sam));
    expectMethodNotAllowed(api.doc, '/map', res, 'GET, HEAD, OPTIONS');
  });
});

describe('the domain catalog before the catalog could be read', () => {
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
      features: [domainCatalogPlugin, unreachable],
    });
    const res = await request(server)
      .get(`${BASE}/map`)
      .set('authorization', as(sam));
    expect(res.status).toBe(503);
    new OpenApiContract(doc).check(res, 'GET', '/map');
  });
});
