import { devzeroTestBackend, newFindingBody } from '../__testUtils__/backend';
import { cardAuthoriser } from '../__testUtils__/catalog';

// A finding resolved or declined lately, suggested while filing, and brought
// back instead of filed again: reopened by its reporter, or by a "me too".

const riley = 'user:default/riley.novak'; // reports
const jordan = 'user:default/jordan.lee'; // owns card-authoriser
const sam = 'user:default/sam.okafor'; // hits the same friction
const noor = 'user:default/noor.siddiqui'; // reads only what she filed or owns
const ENTITY = 'component:default/card-authoriser';

describe('recently closed findings while filing', () => {
  const sent: any[] = [];
  const api = devzeroTestBackend({
    readOwnOnly: [noor],
    sent,
    entities: [cardAuthoriser(jordan)],
  });

  async function fileClosed(
    title: string,
    action: 'resolve' | 'decline',
    note: string,
  ) {
    const filed = await api
      .post('/findings', riley)
      .send({ ...newFindingBody, title });
    expect(filed.status).toBe(201);
    await api
      .post(`/findings/${filed.body.id}/triage`, jordan)
      .send({ action, note })
      .expect(200);
    return filed.body.id as string;
  }

  const similar = (user: string, title: string) =>
    api.get('/findings/similar', user).query({ entity: ENTITY, title });

  it('suggests findings resolved or declined lately, with their resolution or reason, to those who may read them', async () => {
    const resolved = await fileClosed(
      'Vault token expires during the card-authoriser build',
      'resolve',
      'Tokens last a day now',
    );
    const declined = await fileClosed(
      'Vault token prompt during the card-authoriser build',
      'decline',
      'Working as designed',
    );
    const res = await similar(sam, 'Vault token expires in the build');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: resolved,
          status: 'resolved',
          resolutionNote: 'Tokens last a day now',
          closedAt: expect.any(String),
        }),
        expect.objectContaining({
          id: declined,
          status: 'declined',
          declineReason: 'Working as designed',
        }),
      ]),
    );
    // Noor may read only what she filed or owns: none of these.
    const hers = await similar(noor, 'Vault token expires in the build');
    expect(hers.status).toBe(200);
    expect(hers.body.items).toEqual([]);
  });

  it('lets the reporter reopen their own, and nobody else but the owners', async () => {
    const id = await fileClosed(
      'Card-authoriser logs are missing in staging',
      'resolve',
      'Shipped the log forwarder',
    );
    const bySam = await api
      .post(`/findings/${id}/triage`, sam)
      .send({ action: 'reopen', note: 'Still missing' });
    expect(bySam.status).toBe(403);
    const byRiley = await api
      .post(`/findings/${id}/triage`, riley)
      .send({ action: 'reopen', note: 'Still missing today' });
    expect(byRiley.status).toBe(200);
    expect(byRiley.body).toMatchObject({ status: 'triaged' });
    // The reporter cannot say "me too" on their own finding.
    const own = await api
      .post(`/findings/${id}/me-too`, riley)
      .send({ minutesLost: 5 });
    expect(own.status).toBe(409);
  });

  it('reopens a resolved finding for triage with a "me too" from someone else, tells the owners, and records it', async () => {
    const id = await fileClosed(
      'Card-authoriser health check times out locally',
      'resolve',
      'Raised the timeout',
    );
    sent.length = 0;
    const res = await api
      .post(`/findings/${id}/me-too`, sam)
      .send({ minutesLost: 20, note: 'Still times out for me' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'triaged',
      meTooCount: 1,
      totalMinutesLost: 65,
    });
    expect(res.body.closedAt).toBeUndefined();
    expect(sent).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          recipients: expect.objectContaining({ entityRef: jordan }),
          payload: expect.objectContaining({
            title: 'Reopened: Card-authoriser health check times out locally',
          }),
        }),
      ]),
    );
    const details = await api.get(`/findings/${id}`, jordan).expect(200);
    expect(
      details.body.history.slice(-2).map((e: any) => [e.action, e.actorRef]),
    ).toEqual([
      ['reopen', sam],
      ['me-too', sam],
    ]);
  });

  it('answers a "me too" on a finding the viewer may not read with a 404, changing nothing', async () => {
    const id = await fileClosed(
      'Card-authoriser fixtures are stale',
      'resolve',
      'Regenerated',
    );
    const res = await api
      .post(`/findings/${id}/me-too`, noor)
      .send({ minutesLost: 5 });
    expect(res.status).toBe(404);
    const after = await api.get(`/findings/${id}`, jordan);
    expect(after.body.finding).toMatchObject({
      status: 'resolved',
      meTooCount: 0,
    });
  });
});
