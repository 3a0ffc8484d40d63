/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expect*"] }] -- the shared checks of @internal/plugin-fitsys-node/testUtils assert */
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

import {
  describeOpenApiContract,
  expectMethodNotAllowed,
} from '@internal/plugin-fitsys-node/testUtils';

import path from 'path';
import request from 'supertest';

import {
  newFindingBody,
  notificationsFactory,
  permissionsFactory,
} from '../__testUtils__/backend';
import { cardAuthoriser } from '../__testUtils__/catalog';
import { images } from '../__testUtils__/images';
import devzeroPlugin from '../index';

// The OpenAPI document is the API's contract: it must be valid OpenAPI, name
// exactly the routes the plugin serves, and describe what they answer. The
// checks every backend makes are in @internal/plugin-fitsys-node/testUtils;
// what this API answers is checked here.

const DOCUMENT = path.join(__dirname, 'openapi.yaml');
const CATALOG_INFO = path.resolve(__dirname, '../../../../catalog-info.yaml');
const BASE = '/api/devzero';

const riley = 'user:default/riley.novak'; // reports
const jordan = 'user:default/jordan.lee'; // owns card-authoriser
const sam = 'user:default/sam.okafor'; // reads everything, owns nothing
const as = (user: string) => mockCredentials.user.header(user);

describe('the Developer Zero OpenAPI document', () => {
  const api = describeOpenApiContract({
    document: DOCUMENT,
    base: BASE,
    features: () => [
      devzeroPlugin,
      permissionsFactory(),
      notificationsFactory(),
      catalogServiceMock.factory({ entities: [cardAuthoriser(jordan)] }),
      mockServices.rootConfig.factory({
        data: { devzero: { attachments: { maxBytes: 1024 } } },
      }),
    ],
    authorization: as(riley),
    binaryBody: images.png,
    apiEntity: {
      catalogInfo: CATALOG_INFO,
      apiName: 'devzero-api',
      providers: ['Component:devzero-backend'],
    },
  });
  it('describes what each route answers', async () => {
    const filed = await request(api.server)
      .post(`${BASE}/findings`)
      .set('authorization', as(riley))
      .set('idempotency-key', 'contract-0001')
      .send({
        ...newFindingBody,
        steps: '1. Clone\n2. Run',
        links: ['https://docs.fernhill.example/card-authoriser/local'],
        mayContact: true,
      });
    api.contract.check(filed, 'POST', '/findings');
    expect(filed.status).toBe(201);
    const id = filed.body.id;
    const again = await request(api.server)
      .post(`${BASE}/findings`)
      .set('authorization', as(riley))
      .set('idempotency-key', 'contract-0001')
      .send({
        ...newFindingBody,
        steps: '1. Clone\n2. Run',
        links: ['https://docs.fernhill.example/card-authoriser/local'],
        mayContact: true,
      });
    api.contract.check(again, 'POST', '/findings');
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
      const res = await request(api.server)
        .post(`${BASE}/findings/${id}/triage`)
        .set('authorization', as(jordan))
        .send(body);
      api.contract.check(res, 'POST', '/findings/{id}/triage');
      expect(res.status).toBe(200);
    }
    const comment = await request(api.server)
      .post(`${BASE}/findings/${id}/comments`)
      .set('authorization', as(jordan))
      .send({ body: 'Which OS?' });
    api.contract.check(comment, 'POST', '/findings/{id}/comments');
    const meToo = await request(api.server)
      .post(`${BASE}/findings/${id}/me-too`)
      .set('authorization', as(sam))
      .send({ minutesLost: 20, note: 'Same here' });
    api.contract.check(meToo, 'POST', '/findings/{id}/me-too');
    expect(meToo.status).toBe(200);

    const image = await request(api.server)
      .post(`${BASE}/findings/${id}/attachments`)
      .query({ name: 'error.png' })
      .set('authorization', as(riley))
      .set('content-type', 'image/png')
      .send(images.png);
    api.contract.check(image, 'POST', '/findings/{id}/attachments');
    expect(image.status).toBe(201);
    const imageUrl = `${BASE}/findings/${id}/attachments/${image.body.id}`;
    const read = await request(api.server)
      .get(imageUrl)
      .set('authorization', as(jordan));
    api.contract.check(
      read,
      'GET',
      '/findings/{id}/attachments/{attachmentId}',
    );
    expect(read.status).toBe(200);

    const candidates = await request(api.server)
      .get(`${BASE}/findings/${id}/similar?q=simulator&limit=3`)
      .set('authorization', as(jordan));
    api.contract.check(candidates, 'GET', '/findings/{id}/similar');
    expect(candidates.status).toBe(200);

    const details = await request(api.server)
      .get(`${BASE}/findings/${id}`)
      .set('authorization', as(jordan));
    api.contract.check(details, 'GET', '/findings/{id}');
    expect(details.body.attachments).toHaveLength(1);
    expect(details.body.meToos).toHaveLength(1);

    const removed = await request(api.server)
      .delete(imageUrl)
      .set('authorization', as(riley));
    api.contract.check(
      removed,
      'DELETE',
      '/findings/{id}/attachments/{attachmentId}',
    );
    expect(removed.status).toBe(204);

    const resolved = await request(api.server)
      .post(`${BASE}/findings/${id}/triage`)
      .set('authorization', as(jordan))
      .send({
        action: 'resolve',
        note: 'Documented',
        fixUrl: 'https://github.com/fernhill/card-authoriser/pull/7',
      });
    api.contract.check(resolved, 'POST', '/findings/{id}/triage');

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
      ['/friction/entities', '/friction/entities', sam],
      [
        '/friction/entities?entity=component:default/card-authoriser&from=2020-01-01T00:00:00Z',
        '/friction/entities',
        riley,
      ],
    ];
    for (const [url, route, user] of gets) {
      const res = await request(api.server)
        .get(`${BASE}${url}`)
        .set('authorization', as(user));
      api.contract.check(res, 'GET', route);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
    }
  });

  it('describes its errors', async () => {
    const { body: finding } = await request(api.server)
      .post(`${BASE}/findings`)
      .set('authorization', as(riley))
      .send({ ...newFindingBody, title: 'Errors' });
    const post = (url: string, user = riley) =>
      request(api.server).post(`${BASE}${url}`).set('authorization', as(user));
    const cases: Array<[number, Promise<request.Response>, string, string]> = [
      [400, post('/findings').send({ severity: 'meh' }), 'POST', '/findings'],
      [
        400,
        request(api.server)
          .get(`${BASE}/findings/not-an-id`)
          .set('authorization', as(riley)),
        'GET',
        '/findings/{id}',
      ],
      [
        401,
        request(api.server)
          .get(`${BASE}/findings`)
          .set('authorization', mockCredentials.none.header()),
        'GET',
        '/findings',
      ],
      [
        400,
        request(api.server)
          .get(`${BASE}/friction/entities?entity=nope`)
          .set('authorization', as(riley)),
        'GET',
        '/friction/entities',
      ],
      [
        403,
        request(api.server)
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
        request(api.server)
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
      api.contract.check(res, method, route);
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
    for (const [url, allow] of allowed) {
      const res = await request(api.server)
        .put(`${BASE}${url}`)
        .set('authorization', as(riley));
      expectMethodNotAllowed(api.doc, url, res, allow);
    }
  });
});
