import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { cardAuthoriser } from '../__testUtils__/catalog';
import { images } from '../__testUtils__/images';
import { notificationsFactory } from '../__testUtils__/backend';
import devzeroPlugin from '../index';
import {
  BadRequest,
  finding,
  jordan,
  riley,
  routes,
} from './__testUtils__/badInput';

// Every route refuses every mistake in __testUtils__/badInput/ with a 4xx
// naming what to fix, and none of them changes the finding they were sent to.

const as = (user: string) => mockCredentials.user.header(user);
const notifications = notificationsFactory();

/** The answer a case must get: its status (else any, a 4xx checked apart) and what it says. */
function answerTo(c: BadRequest) {
  return {
    status: c.status ?? expect.any(Number),
    message:
      typeof c.says === 'string'
        ? expect.stringContaining(c.says)
        : expect.stringMatching(c.says),
  };
}

describe('bad input', () => {
  let server: any;
  let fixture: { id: string; attachmentId: string };

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        devzeroPlugin,
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        notifications,
        catalogServiceMock.factory({ entities: [cardAuthoriser(jordan)] }),
      ],
    }));
    const filed = await request(server)
      .post('/api/devzero/findings')
      .set('authorization', as(riley))
      .send(finding)
      .expect(201);
    const uploaded = await request(server)
      .post(`/api/devzero/findings/${filed.body.id}/attachments`)
      .set('authorization', as(riley))
      .set('content-type', 'image/png')
      .send(images.png)
      .expect(201);
    fixture = { id: filed.body.id, attachmentId: uploaded.body.id };
  });

  /** The request of a case: the route's method and path, unless it gives its own. */
  function send(route: string, c: BadRequest) {
    const [method, path] = c.path?.includes(' ')
      ? c.path.split(' ')
      : [route.split(' ')[0], c.path ?? route.split(' ')[1]];
    const fill = (s: string) =>
      s
        .replace(':attachmentId', fixture.attachmentId)
        .replace(':id', fixture.id);
    const query = c.query ? `?${c.query}` : '';
    const req: request.Test = (request(server) as any)
      [method.toLowerCase()](`/api/devzero${fill(path)}${query}`)
      .set('authorization', as(jordan));
    for (const [name, value] of Object.entries(c.headers ?? {}))
      req.set(name, value);
    if ('json' in c) {
      // A string ':id' in the body stands for the fixture finding's id.
      const json = JSON.stringify(c.json, (_key, value) =>
        value === ':id' ? fixture.id : value,
      );
      return req.set('content-type', 'application/json').send(json);
    }
    return c.raw === undefined ? req : req.send(c.raw);
  }

  describe.each(Object.entries(routes))('%s', (route, cases) => {
    it.each(cases)('refuses a user who $mistake', async c => {
      const res = await send(route, c);
      const message = res.body?.error?.message;
      // A 4xx with a message, both shown when not.
      expect(`${res.status} ${message}`).toMatch(/^4\d\d \S/);
      expect({ status: res.status, message }).toEqual(answerTo(c));
    });
  });

  it.each([
    'POST /findings',
    'POST /findings/:id/triage',
    'POST /findings/:id/comments',
    'POST /findings/:id/me-too',
  ])(
    'answers %s with a body nested 2,000 and 40,000 levels deep with a 400',
    async route => {
      for (const depth of [2_000, 40_000]) {
        const json = `${'{"a":'.repeat(depth)}"\\u0000"${'}'.repeat(depth)}`;
        const res = await send(route, {
          mistake: '',
          raw: json,
        } as BadRequest).set('content-type', 'application/json');
        expect(`${res.status} ${res.body?.error?.message}`).toMatch(
          /^400 body\.a\.a\.a.*: holds a NUL character/,
        );
      }
    },
  );

  it('refuses a user who reuses an idempotency key for another finding, and still answers a retry', async () => {
    const fileWith = (body: object) =>
      request(server)
        .post('/api/devzero/findings')
        .set('authorization', as(riley))
        .set('idempotency-key', 'form-0001')
        .send(body);
    const first = await fileWith(finding);
    expect(first.status).toBe(201);
    const other = await fileWith({ ...finding, title: 'Another problem' });
    expect(other.status).toBe(409);
    expect(other.body.error.message).toBe(
      `idempotencyKey: already used for finding ${first.body.id}, which has another title; send a new key to file a new finding`,
    );
    const retry = await fileWith(finding);
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
  });

  it('keeps the finding as it was, whatever was sent', async () => {
    const details = await request(server)
      .get(`/api/devzero/findings/${fixture.id}`)
      .set('authorization', as(riley))
      .expect(200);
    expect(details.body.finding).toMatchObject({ ...finding, status: 'new' });
    for (const field of [
      'assigneeRef',
      'snoozedUntil',
      'duplicateOf',
      'fixUrl',
      'externalUrl',
    ])
      expect(details.body.finding[field]).toBeUndefined();
    expect(details.body.history.map((e: any) => e.action)).toEqual([
      'file',
      'add-image',
    ]);
    expect(details.body.comments).toEqual([]);
    expect(details.body.meToos).toEqual([]);
    expect(details.body.attachments.map((a: any) => a.id)).toEqual([
      fixture.attachmentId,
    ]);
    // Nothing the owner sent above filed a finding.
    const filed = await request(server)
      .get('/api/devzero/findings?reporter=me')
      .set('authorization', as(jordan))
      .expect(200);
    expect(filed.body.totalItems).toBe(0);
  });
});
