import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { cardAuthoriser } from '../__testUtils__/catalog';
import {
  newFindingBody,
  notificationsFactory,
  permissionsFactory,
} from '../__testUtils__/backend';
import devzeroPlugin from '../index';

const riley = 'user:default/riley.novak'; // reports
const jordan = 'user:default/jordan.lee'; // owns card-authoriser
const sam = 'user:default/sam.okafor'; // owns status-page; reads only that
const alex = 'user:default/alex.moreau'; // reports too
const as = (user: string) => mockCredentials.user.header(user);

const statusPage = {
  ...cardAuthoriser(sam),
  metadata: { name: 'status-page', namespace: 'default' },
};
const CARD = 'component:default/card-authoriser';
const STATUS = 'component:default/status-page';

describe('GET /friction/entities', () => {
  let server: any;
  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        devzeroPlugin,
        permissionsFactory({ readOwnOnly: [sam] }),
        notificationsFactory(),
        catalogServiceMock.factory({
          entities: [cardAuthoriser(jordan), statusPage],
        }),
      ],
    }));
    const file = async (
      entityRef: string,
      minutesLost: number,
      title: string,
      reporter = riley,
    ) =>
      (
        await request(server)
          .post('/api/devzero/findings')
          .set('authorization', as(reporter))
          .send({ ...newFindingBody, entityRef, minutesLost, title })
      ).body.id as string;
    const first = await file(CARD, 45, 'The HSM simulator is missing');
    const second = await file(
      CARD,
      30,
      'The HSM simulator will not start',
      alex,
    );
    await file(STATUS, 10, 'Status page build fails');
    await request(server)
      .post(`/api/devzero/findings/${first}/me-too`)
      .set('authorization', as(jordan))
      .send({ minutesLost: 20 })
      .expect(200);
    // A duplicate's reporter moves to the original with their minutes.
    await request(server)
      .post(`/api/devzero/findings/${second}/triage`)
      .set('authorization', as(jordan))
      .send({ action: 'mark-duplicate', duplicateOf: first })
      .expect(200);
    await request(server)
      .post(`/api/devzero/findings/${first}/triage`)
      .set('authorization', as(jordan))
      .send({ action: 'resolve', note: 'Documented' })
      .expect(200);
  });

  it('sums findings and minutes per entity for a plugin reading as a service, duplicates once', async () => {
    const res = await request(server)
      .get('/api/devzero/friction/entities')
      .set('authorization', mockCredentials.service.header());
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { entityRef: CARD, findings: 1, open: 0, minutesLost: 95 },
      { entityRef: STATUS, findings: 1, open: 1, minutesLost: 10 },
    ]);
  });

  it('filters by entity and by time', async () => {
    const one = await request(server)
      .get(`/api/devzero/friction/entities?entity=${STATUS}`)
      .set('authorization', mockCredentials.service.header());
    expect(one.body.items.map((i: any) => i.entityRef)).toEqual([STATUS]);
    const future = await request(server)
      .get('/api/devzero/friction/entities?from=2999-01-01T00:00:00Z')
      .set('authorization', mockCredentials.service.header());
    expect(future.body).toEqual({ items: [] });
  });

  it('counts only what a user may read', async () => {
    const res = await request(server)
      .get('/api/devzero/friction/entities')
      .set('authorization', as(sam));
    expect(res.body.items.map((i: any) => i.entityRef)).toEqual([STATUS]);
  });

  it.each([
    ['entity=nope', 'entity.0: Entity reference "nope"'],
    ['from=yesterday', 'from: Invalid datetime'],
    ['owner=mine', 'owner'],
  ])('refuses %s with a 400 naming %s', async (query, field) => {
    const res = await request(server)
      .get(`/api/devzero/friction/entities?${query}`)
      .set('authorization', as(riley));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(field);
  });

  it('refuses anyone not signed in', async () => {
    const res = await request(server)
      .get('/api/devzero/friction/entities')
      .set('authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });
});
