/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expect*"] }] -- the shared checks of @internal/plugin-fitsys-node/testUtils assert */
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  describeOpenApiContract,
  expectMethodNotAllowed,
} from '@internal/plugin-fitsys-node/testUtils';
import path from 'path';
import request from 'supertest';
import { fixtureCatalog } from '../__testUtils__/fixture';
import referenceArchitecturesPlugin from '../index';

// The OpenAPI document is the API's contract: it must be valid OpenAPI, name
// exactly the routes the plugin serves, and describe what they answer.

const DOCUMENT = path.join(__dirname, 'openapi.yaml');
const CATALOG_INFO = path.resolve(__dirname, '../../../../catalog-info.yaml');
const BASE = '/api/reference-architectures';
const sam = 'user:default/sam';
const as = (user: string) => mockCredentials.user.header(user);

describe('the reference architectures OpenAPI document', () => {
  const api = describeOpenApiContract({
    document: DOCUMENT,
    base: BASE,
    features: () => [
      referenceArchitecturesPlugin,
      catalogServiceMock.factory({ entities: fixtureCatalog() }),
      mockServices.rootConfig.factory({ data: {} }),
    ],
    authorization: as(sam),
    apiEntity: {
      catalogInfo: CATALOG_INFO,
      apiName: 'reference-architectures-api',
      providers: ['Component:reference-architectures-backend'],
    },
  });

  it('describes what each route answers', async () => {
    const gets: Array<[string, string]> = [
      ['/architectures', '/architectures'],
      [
        '/architectures?q=outbox&lifecycle=recommended,trial&quality=cost&tag=events&owner=platform&offset=0&limit=5',
        '/architectures',
      ],
      [
        '/architectures?lifecycle=trial&lifecycle=recommended',
        '/architectures',
      ],
      ['/architectures/event-driven-service', '/architectures/{architecture}'],
      [
        '/architectures/event-driven-service?version=1.2.0',
        '/architectures/{architecture}',
      ],
      [
        '/architectures/event-driven-service/adopters',
        '/architectures/{architecture}/adopters',
      ],
      [
        '/architectures/event-driven-service/adopters?status=outdated&version=1.2.0&limit=1',
        '/architectures/{architecture}/adopters',
      ],
      [
        '/architectures/event-driven-service/diff',
        '/architectures/{architecture}/diff',
      ],
      [
        '/architectures/event-driven-service/diff?from=1.2.0&to=2.0.0',
        '/architectures/{architecture}/diff',
      ],
      ['/conformance?entity=system:default/orders', '/conformance'],
      [
        '/architectures/event-driven-service/trend',
        '/architectures/{architecture}/trend',
      ],
      [
        '/architectures/event-driven-service/trend?days=7',
        '/architectures/{architecture}/trend',
      ],
      ['/conformance/trend?entity=orders&days=366', '/conformance/trend'],
      ['/conformance?entity=typo', '/conformance'],
      ['/decisions', '/decisions'],
      ['/decisions?q=outbox&status=accepted&overdue=true', '/decisions'],
      ['/revisits', '/revisits'],
      ['/adoption-problems', '/adoption-problems'],
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
  });

  it('describes its errors', async () => {
    const get = (url: string) =>
      request(api.server).get(`${BASE}${url}`).set('authorization', as(sam));
    const cases: Array<[number, Promise<request.Response>, string]> = [
      [400, get('/architectures?limit=201'), '/architectures'],
      [400, get('/architectures?lifecycle=adopt'), '/architectures'],
      [400, get('/architectures?quality=speed'), '/architectures'],
      [400, get('/architectures?owner=component:default/x'), '/architectures'],
      [400, get('/architectures/-bad-'), '/architectures/{architecture}'],
      [
        400,
        get('/architectures/event-driven-service?version=latest'),
        '/architectures/{architecture}',
      ],
      [
        400,
        get('/architectures/event-driven-service/adopters?status=happy'),
        '/architectures/{architecture}/adopters',
      ],
      [
        400,
        get('/architectures/event-driven-service/diff?x=1'),
        '/architectures/{architecture}/diff',
      ],
      [400, get('/conformance'), '/conformance'],
      [
        400,
        get('/architectures/event-driven-service/trend?days=0'),
        '/architectures/{architecture}/trend',
      ],
      [
        400,
        get('/conformance/trend?entity=orders&days=367'),
        '/conformance/trend',
      ],
      [
        404,
        get('/architectures/nothing/trend'),
        '/architectures/{architecture}/trend',
      ],
      [
        404,
        get('/conformance/trend?entity=system:default/nobody'),
        '/conformance/trend',
      ],
      [400, get('/conformance?entity=api:default/x'), '/conformance'],
      [400, get('/decisions?overdue=yes'), '/decisions'],
      [400, get('/revisits?x=1'), '/revisits'],
      [400, get('/adoption-problems?limit=0'), '/adoption-problems'],
      [
        401,
        request(api.server)
          .get(`${BASE}/architectures`)
          .set('authorization', mockCredentials.none.header()),
        '/architectures',
      ],
      [404, get('/architectures/nothing'), '/architectures/{architecture}'],
      [
        404,
        get('/architectures/event-driven-service?version=9.0.0'),
        '/architectures/{architecture}',
      ],
      [
        404,
        get('/architectures/nothing/adopters'),
        '/architectures/{architecture}/adopters',
      ],
      [
        404,
        get('/architectures/event-driven-service/diff?from=0.1.0'),
        '/architectures/{architecture}/diff',
      ],
      [404, get('/conformance?entity=system:default/nobody'), '/conformance'],
    ];
    for (const [status, pending, route] of cases) {
      const res = await pending;
      expect({ route, status: res.status }).toEqual({ route, status });
      api.contract.check(res, 'GET', route);
    }
  });

  it('describes the 405 a path answers to a method it does not take', async () => {
    const res = await request(api.server)
      .post(`${BASE}/architectures`)
      .set('authorization', as(sam));
    expectMethodNotAllowed(
      api.doc,
      '/architectures',
      res,
      'GET, HEAD, OPTIONS',
    );
  });
});
