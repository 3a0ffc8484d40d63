import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { hidingOwnerPermissions } from '@internal/plugin-fitsys-node/testUtils';
import request from 'supertest';
import { FIXTURE_CONFIG, fixtureCatalog } from './__testUtils__/fixture';
import dependencyMapPlugin from './index';

const HIDDEN_TEAM = 'group:default/team-b';
const OUTSIDER = 'user:default/outsider';
const INSIDER = 'user:default/insider';
/** Text only team B's entities (payments, its API, cache, fraud, their system and domain) hold. */
const HIDDEN = /payments|team-b|cache|fraud/i;

describe('dependency map: each caller sees only what the catalog shows them', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        dependencyMapPlugin,
        // Team B's entities are hidden from the outsider by the catalog's own rule.
        hidingOwnerPermissions({
          hiddenOwner: HIDDEN_TEAM,
          outsider: OUTSIDER,
        }),
        catalogServiceMock.factory({ entities: fixtureCatalog() }),
        mockServices.rootConfig.factory({ data: FIXTURE_CONFIG }),
      ],
    }));
  });

  const get = (path: string, user: string) =>
    request(server)
      .get(`/api/dependency-map${path}`)
      .set('authorization', mockCredentials.user.header(user));
  const answer = async (path: string, user: string) => {
    const res = await get(path, user);
    expect(`${res.status} ${res.text.slice(0, 300)}`).toMatch(/^200/);
    return res.text;
  };

  it.each([
    '/hot-spots?limit=500',
    '/export/hot-spots',
    '/correlation-groups',
    '/journeys',
    '/journeys/checkout',
    '/journeys/checkout/availability',
    '/blast-radius?node=resource:default/db&limit=1000',
    '/inventory?node=resource:default/db&limit=1000',
    '/inventory?node=library:http@1.0',
    '/availability?entity=web',
    '/risks?limit=1000',
    '/annotation-problems?limit=500',
    '/export/graph?node=gateway&format=dot&depth=4',
    '/export/graph?node=resource:default/db&format=mermaid&depth=4',
    '/graph?node=gateway&depth=6',
    '/graph?node=resource:default/db&depth=6',
  ])('GET %s says nothing of the hidden team', async path => {
    expect(await answer(path, OUTSIDER)).not.toMatch(HIDDEN);
    // The insider's answer holds the team's entities, so the check can fail.
    expect(await answer(path, INSIDER)).toMatch(HIDDEN);
  });

  it('answers a what-if with nothing of the hidden team', async () => {
    const whatIf = (user: string) =>
      request(server)
        .post('/api/dependency-map/what-if')
        .set('authorization', mockCredentials.user.header(user))
        .send({ entities: ['resource:default/db'], limit: 1000 });
    const outsider = await whatIf(OUTSIDER);
    expect(outsider.status).toBe(200);
    expect(outsider.text).not.toMatch(HIDDEN);
    expect((await whatIf(INSIDER)).text).toMatch(HIDDEN);
  });

  it('counts only what the caller sees', async () => {
    const radius = async (user: string) =>
      (await get('/blast-radius?node=resource:default/db', user)).body;
    expect((await radius(INSIDER)).impacted).toBe(13);
    // payments, its API, its system and fraud are hidden; the gateway and
    // web still reach db through idp.
    expect((await radius(OUTSIDER)).impacted).toBe(9);
  });

  it('gives who sees part of the catalog only today’s figures of what they see', async () => {
    const outsider = JSON.parse(await answer('/trend', OUTSIDER));
    const insider = JSON.parse(await answer('/trend', INSIDER));
    expect(outsider.wholeCatalog).toBe(false);
    expect(outsider.items).toHaveLength(1);
    expect(insider.wholeCatalog).toBe(true);
    expect(outsider.items[0].entities).toBeLessThan(
      insider.items.at(-1).entities,
    );
  });

  it('answers a hidden entity as one that does not exist', async () => {
    const hidden = await get('/blast-radius?node=payments', OUTSIDER);
    const missing = await get('/blast-radius?node=nonexistent', OUTSIDER);
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(hidden.body.error.message.replace('payments', 'X')).toBe(
      missing.body.error.message.replace('nonexistent', 'X'),
    );
    expect((await get('/blast-radius?node=payments', INSIDER)).status).toBe(
      200,
    );
    const whatIf = await request(server)
      .post('/api/dependency-map/what-if')
      .set('authorization', mockCredentials.user.header(OUTSIDER))
      .send({ entities: ['resource:cache'] });
    expect(whatIf.status).toBe(400);
  });
});
