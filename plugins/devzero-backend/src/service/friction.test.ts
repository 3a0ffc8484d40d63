import { mockCredentials } from '@backstage/backend-test-utils';
import { cardAuthoriser, statusPage } from '../__testUtils__/catalog';
import { devzeroTestBackend, newFindingBody } from '../__testUtils__/backend';

const riley = 'user:default/riley.novak'; // reports
const jordan = 'user:default/jordan.lee'; // owns card-authoriser
const sam = 'user:default/sam.okafor'; // owns status-page; reads only that
const alex = 'user:default/alex.moreau'; // reports too

const CARD = 'component:default/card-authoriser';
const STATUS = 'component:default/status-page';

describe('GET /friction/entities', () => {
  const api = devzeroTestBackend({
    readOwnOnly: [sam],
    entities: [cardAuthoriser(jordan), statusPage(sam)],
  });
  beforeAll(async () => {
    const file = async (
      entityRef: string,
      minutesLost: number,
      title: string,
      reporter = riley,
    ) =>
      (
        await api
          .post('/findings', reporter)
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
    await api
      .post(`/findings/${first}/me-too`, jordan)
      .send({ minutesLost: 20 })
      .expect(200);
    // A duplicate's reporter moves to the original with their minutes.
    await api
      .post(`/findings/${second}/triage`, jordan)
      .send({ action: 'mark-duplicate', duplicateOf: first })
      .expect(200);
    await api
      .post(`/findings/${first}/triage`, jordan)
      .send({ action: 'resolve', note: 'Documented' })
      .expect(200);
  });

  it('sums findings and minutes per entity for a plugin reading as a service, duplicates once', async () => {
    const res = await api
      .get('/friction/entities')
      .set('authorization', mockCredentials.service.header());
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { entityRef: CARD, findings: 1, open: 0, minutesLost: 95 },
      { entityRef: STATUS, findings: 1, open: 1, minutesLost: 10 },
    ]);
  });

  it('filters by entity and by time', async () => {
    const one = await api
      .get(`/friction/entities?entity=${STATUS}`)
      .set('authorization', mockCredentials.service.header());
    expect(one.body.items.map((i: any) => i.entityRef)).toEqual([STATUS]);
    const future = await api
      .get('/friction/entities?from=2999-01-01T00:00:00Z')
      .set('authorization', mockCredentials.service.header());
    expect(future.body).toEqual({ items: [] });
  });

  it('counts only what a user may read', async () => {
    const res = await api.get('/friction/entities', sam);
    expect(res.body.items.map((i: any) => i.entityRef)).toEqual([STATUS]);
  });

  it.each([
    ['entity=nope', 'entity.0: Entity reference "nope"'],
    ['from=yesterday', 'from: Invalid datetime'],
    ['owner=mine', 'owner'],
  ])('refuses %s with a 400 naming %s', async (query, field) => {
    const res = await api.get(`/friction/entities?${query}`, riley);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(field);
  });

  it('refuses anyone not signed in', async () => {
    const res = await api
      .get('/friction/entities')
      .set('authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });
});
