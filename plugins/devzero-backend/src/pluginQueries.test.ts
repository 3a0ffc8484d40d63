import {
  devzeroRoutes,
  jordan,
  riley,
  sam,
} from './__testUtils__/pluginRoutes';

// Reading findings back: lists and inboxes, insights, exports and similar
// titles, over a few findings filed, triaged and seconded first.

describe('devzero backend: lists, insights and exports', () => {
  const { api, file } = devzeroRoutes();

  beforeAll(async () => {
    // riley files five findings: jordan owns four (one resolved, one with
    // sam's "me too" of 30 minutes), sam owns the status page's.
    const filed = async (extra: object = {}) => {
      const res = await file(extra);
      if (res.status !== 201)
        throw new Error(`could not file: ${res.status} ${res.text}`);
      return res.body;
    };
    await filed();
    const resolved = await filed({ title: 'Triage me' });
    await api
      .post(`/findings/${resolved.id}/triage`, jordan)
      .send({ action: 'resolve', note: 'Documented the simulator' })
      .expect(200);
    await filed({ title: 'Card auth guide gap' });
    await filed({
      title: 'Status page guide gap',
      entityRef: 'component:default/status-page',
    });
    const seconded = await filed({ title: 'Me too' });
    await api
      .post(`/findings/${seconded.id}/me-too`, sam)
      .send({ minutesLost: 30 })
      .expect(200)
      .expect(({ body }) => {
        if (body.meTooCount !== 1 || body.totalMinutesLost !== 75)
          throw new Error(`unexpected me too: ${JSON.stringify(body)}`);
      });
  });

  it('lists with filters, and gives a team its inbox oldest first', async () => {
    const list = await api.get(
      '/findings?reporter=me&status=new&sort=created&order=asc&limit=2',
      riley,
    );
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.totalItems).toBeGreaterThan(2);
    expect(list.body.items[0].createdAt <= list.body.items[1].createdAt).toBe(
      true,
    );
    const inbox = await api.get('/inbox', jordan);
    expect(
      inbox.body.items.every(
        (f: any) => f.status === 'new' && f.ownerRef === jordan,
      ),
    ).toBe(true);
    const samInbox = await api.get('/inbox', sam);
    // Only what sam owns: the status page's finding.
    expect(samInbox.body.items.map((f: any) => f.title)).toEqual([
      'Status page guide gap',
    ]);
    // Refs are matched as the catalog writes them, whatever their case.
    const byEntity = await api.get(
      '/findings?entity=Component:default/Card-Authoriser',
      sam,
    );
    expect(byEntity.body.totalItems).toBeGreaterThan(0);
    expect(
      byEntity.body.items.every(
        (f: any) => f.entityRef === 'component:default/card-authoriser',
      ),
    ).toBe(true);
    const byOwner = await api.get(
      '/inbox?owner=User:default/Sam.Okafor',
      jordan,
    );
    expect(byOwner.body.items.map((f: any) => f.title)).toEqual([
      'Status page guide gap',
    ]);
    const noKind = await api.get(
      '/findings?entity=card-authoriser&owner=platform',
      sam,
    );
    expect(noKind.status).toBe(400);
    expect(noKind.body.error.message).toMatch(
      /^owner\.0: Entity reference "platform" had missing or empty kind.* \(or "mine"\); entity\.0: Entity reference "card-authoriser" had missing or empty kind/,
    );
    const bad = await api.get('/findings?status=open&limit=1000', sam);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(
      /^status\.0: Invalid enum value\. Expected 'new' \| .*, received 'open'; limit: Number must be less than or equal to 200$/,
    );
  });

  it('aggregates insights for a team, and refuses a bad date', async () => {
    const res = await api.get(
      `/insights?owner=${encodeURIComponent(jordan)}`,
      sam,
    );
    expect(res.status).toBe(200);
    expect(res.body.totals.findings).toBeGreaterThan(3);
    expect(res.body.byOwner.map((o: any) => o.ownerRef)).toEqual([jordan]);
    expect(res.body.byJourneyStep).toHaveLength(7);
    const bad = await api.get('/insights?from=yesterday', sam);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('from: Invalid datetime');
  });

  it('exports a filtered view as CSV and JSON', async () => {
    const csv = await api.get(
      '/findings/export?format=csv&reporter=me&severity=blocked-me',
      riley,
    );
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="findings.csv"',
    );
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,created_at,status,severity/);
    expect(lines.length).toBeGreaterThan(2);
    const json = await api.get(
      '/findings/export?format=json&reporter=me',
      riley,
    );
    expect(json.body.every((f: any) => f.reporterRef === riley)).toBe(true);
    // In the view's order, as the page showed it.
    const byMinutes = await api.get(
      '/findings/export?format=json&sort=minutes-lost&order=asc',
      riley,
    );
    const minutes = byMinutes.body.map((f: any) => f.totalMinutesLost);
    expect(minutes.length).toBeGreaterThan(2);
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
    expect(minutes[0]).toBeLessThan(minutes[minutes.length - 1]);
    const bad = await api.get('/findings/export?format=xlsx', riley);
    expect(bad.status).toBe(400);
  });

  it('suggests findings on the entity with similar titles, not duplicates, and validates the query', async () => {
    const open = await file({
      title: 'HSM simulator missing from the local set-up guide',
    });
    const closed = await file({ title: 'HSM simulator guide missing steps' });
    await api
      .post(`/findings/${closed.body.id}/triage`, jordan)
      .send({ action: 'mark-duplicate', duplicateOf: open.body.id })
      .expect(200);
    const res = await api
      .get('/findings/similar', sam)
      .query({
        entity: 'Component:default/card-authoriser',
        title: 'local setup guide: HSM simulator is missing',
      })
      .expect(200);
    const ids = res.body.items.map((f: any) => f.id);
    expect(ids).toContain(open.body.id);
    expect(ids).not.toContain(closed.body.id);
    const none = await api
      .get('/findings/similar', sam)
      .query({ entity: 'component:default/orphan', title: 'HSM simulator' })
      .expect(200);
    expect(none.body.items).toEqual([]);
    const bad = await api
      .get('/findings/similar', sam)
      .query({ entity: 'card-authoriser', title: '' })
      .expect(400);
    expect(bad.body.error.message).toMatch(/title/);
    const badRef = await api
      .get('/findings/similar', sam)
      .query({ entity: 'user:', title: 'x' })
      .expect(400);
    expect(badRef.body.error.message).toMatch(/^entity/);
  });
});
