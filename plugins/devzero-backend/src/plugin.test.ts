import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { cardAuthoriser, statusPage } from './__testUtils__/catalog';
import { devzeroTestBackend, newFindingBody } from './__testUtils__/backend';

const riley = 'user:default/riley.novak';
const jordan = 'user:default/jordan.lee';
const sam = 'user:default/sam.okafor';

// Owners triage, owners and reporters comment, nobody here is an admin.
const sent: any[] = [];

const orphan = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'orphan', namespace: 'default' },
  spec: { type: 'service' },
};

const body = {
  ...newFindingBody,
  mayContact: true,
  links: ['https://docs.fernhill.example/card-authoriser/local'],
};

describe('devzero backend', () => {
  const api = devzeroTestBackend({
    sent,
    entities: [cardAuthoriser(jordan), orphan, statusPage(sam)],
    more: () => [
      mockServices.rootConfig.factory({
        data: { devzero: { sla: { 'blocked-me': { triage: { days: 2 } } } } },
      }),
    ],
  });

  async function file(extra: object = {}, user = riley) {
    return api.post('/findings', user).send({ ...body, ...extra });
  }

  it('files a finding routed to the owner of its entity, with SLA clocks', async () => {
    const res = await file();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      entityRef: 'component:default/card-authoriser',
      ownerRef: jordan,
      reporterRef: riley,
      status: 'new',
      sla: { triage: { state: 'on-track' }, resolve: { state: 'on-track' } },
    });
  });

  it('files once per idempotency key, however often the request is retried', async () => {
    const first = await api
      .post('/findings', riley)
      .set('idempotency-key', 'retry-0001')
      .send(body);
    const again = await api
      .post('/findings', riley)
      .set('idempotency-key', 'retry-0001')
      .send(body);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
  });

  it('answers bad input with a 400 naming each field', async () => {
    const res = await file({
      severity: 'meh',
      minutesLost: -1,
      links: ['ftp://x'],
      extra: 1,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(
      'body.severity: Invalid enum value',
    );
    expect(res.body.error.message).toContain(
      'body.minutesLost: Number must be greater than or equal to 0',
    );
    expect(res.body.error.message).toContain(
      'body.links.0: must be an http or https address',
    );
    expect(res.body.error.message).toContain('body: unknown field(s) extra');
    const unknown = await file({ entityRef: 'component:default/nope' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe(
      'entityRef: there is no entity component:default/nope in the catalog; file the finding against one that exists',
    );
    const ownerless = await file({ entityRef: 'component:default/orphan' });
    expect(ownerless.body.error.message).toBe(
      'entityRef: component:default/orphan has no owner in the catalog to route the finding to',
    );
    const notJson = await api
      .post('/findings', riley)
      .set('content-type', 'application/json')
      .send('{"title":');
    expect(notJson.status).toBe(400);
  });

  it('lets the owner triage and resolve, refuses a non-owner, and shows the reporter the resolution', async () => {
    const { body: f } = await file({ title: 'Triage me' });
    const notOwner = await api
      .post(`/findings/${f.id}/triage`, sam)
      .send({ action: 'accept' });
    expect(notOwner.status).toBe(403);
    expect(notOwner.body.error.message).toBe(
      `Only the owners of component:default/card-authoriser (${jordan}) may triage this finding`,
    );

    const accepted = await api
      .post(`/findings/${f.id}/triage`, jordan)
      .send({ action: 'accept' });
    expect(accepted.body).toMatchObject({
      status: 'triaged',
      sla: { triage: { state: 'achieved' } },
    });
    const resolved = await api.post(`/findings/${f.id}/triage`, jordan).send({
      action: 'resolve',
      note: 'Documented the simulator',
      fixUrl: 'https://git.example/pr/7',
    });
    expect(resolved.status).toBe(200);

    const toOwner = sent.find(n => n.payload.scope === `devzero:${f.id}:filed`);
    expect(toOwner).toMatchObject({
      recipients: {
        type: 'entity',
        entityRef: jordan,
        excludeEntityRef: riley,
      },
      payload: {
        title: 'New finding on card-authoriser: Triage me',
        link: `/devzero/findings/${f.id}`,
        severity: 'high',
      },
    });
    const toReporter = sent
      .filter(n => n.payload.scope === `devzero:${f.id}:status`)
      .pop();
    expect(toReporter).toMatchObject({
      recipients: { entityRef: riley, excludeEntityRef: jordan },
      payload: {
        title: 'Your finding is resolved: Triage me',
        description: 'Documented the simulator',
      },
    });

    const seen = await api.get(`/findings/${f.id}`, riley);
    expect(seen.body.finding).toMatchObject({
      status: 'resolved',
      resolutionNote: 'Documented the simulator',
    });
    expect(seen.body.history.map((e: any) => [e.action, e.actorRef])).toEqual([
      ['file', riley],
      ['accept', jordan],
      ['resolve', jordan],
    ]);
    expect(seen.body).toMatchObject({ canTriage: false, canComment: true });
  });

  it('refuses to merge a finding into one its triager does not own, and leaves both as they were', async () => {
    const { body: mine } = await file({ title: 'Card auth guide gap' });
    const { body: theirs } = await file({
      title: 'Status page guide gap',
      entityRef: 'component:default/status-page',
    });
    const res = await api
      .post(`/findings/${mine.id}/triage`, jordan)
      .send({ action: 'mark-duplicate', duplicateOf: theirs.id });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      `duplicateOf: finding ${theirs.id} belongs to ${sam}; only its owners may merge findings into it. Comment there to ask them, or triage this one on its own`,
    );
    for (const [f, owner] of [
      [mine, jordan],
      [theirs, sam],
    ]) {
      const { body: now } = await api.get(`/findings/${f.id}`, owner);
      expect(now.finding).toMatchObject({ status: 'new', meTooCount: 0 });
    }
  });

  it('refuses an illegal transition and a triage without what it needs', async () => {
    const { body: f } = await file({ title: 'Illegal' });
    const reopen = await api
      .post(`/findings/${f.id}/triage`, jordan)
      .send({ action: 'reopen' });
    expect(reopen.status).toBe(409);
    expect(reopen.body.error.message).toBe(
      'action: a new finding cannot be given "reopen"; that action applies to resolved, declined, duplicate findings',
    );
    const decline = await api
      .post(`/findings/${f.id}/triage`, jordan)
      .send({ action: 'decline' });
    expect(decline.status).toBe(400);
    expect(decline.body.error.message).toBe(
      'body.note: a declined finding needs the reason, for the reporter',
    );
    const badId = await api.get('/findings/not-an-id', jordan);
    expect(badId.status).toBe(400);
    const missing = await api.get(
      '/findings/00000000-0000-0000-0000-000000000000',
      jordan,
    );
    expect(missing.status).toBe(404);
  });

  it('lets the reporter and owners comment, and nobody else', async () => {
    const { body: f } = await file({ title: 'Comments' });
    const owner = await api
      .post(`/findings/${f.id}/comments`, jordan)
      .send({ body: 'Which OS?' });
    expect(owner.status).toBe(201);
    const reporter = await api
      .post(`/findings/${f.id}/comments`, riley)
      .send({ body: 'macOS' });
    expect(reporter.status).toBe(201);
    const other = await api
      .post(`/findings/${f.id}/comments`, sam)
      .send({ body: 'Me neither' });
    expect(other.status).toBe(403);
  });

  it('takes a "me too" with its own minutes lost', async () => {
    const { body: f } = await file({ title: 'Me too' });
    const res = await api
      .post(`/findings/${f.id}/me-too`, sam)
      .send({ minutesLost: 30 });
    expect(res.body).toMatchObject({ meTooCount: 1, totalMinutesLost: 75 });
    const twice = await api
      .post(`/findings/${f.id}/me-too`, sam)
      .send({ minutesLost: 30 });
    expect(twice.status).toBe(409);
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

  it('lets another plugin read the list as a service, and nothing else', async () => {
    const list = await api
      .get('/findings?limit=1')
      .set('authorization', mockCredentials.service.header());
    expect(list.status).toBe(200);
    expect(list.body.totalItems).toBeGreaterThan(0);
    const asService = await api
      .post('/findings')
      .set('authorization', mockCredentials.service.header())
      .send(body);
    expect(asService.status).toBe(403);
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

  it("keeps a reporter's name from the owners when they ask", async () => {
    const res = await file({ title: 'Quietly filed', hideReporter: true });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      reporterRef: riley,
      reporterHidden: true,
    });
    const seen = await api.get(`/findings/${res.body.id}`, jordan).expect(200);
    expect(seen.body.finding.reporterRef).toBeUndefined();
    await api
      .post('/findings', riley)
      .send({ ...body, hideReporter: 'yes' })
      .expect(400, /hideReporter/);
  });

  it('lets the owners link a tracker issue whatever the status, and unlink it', async () => {
    const filed = await file({ title: 'Linked later' });
    const url = `/findings/${filed.body.id}/triage`;
    await api
      .post(url, jordan)
      .send({ action: 'resolve', note: 'Done' })
      .expect(200);
    const linked = await api
      .post(url, jordan)
      .send({
        action: 'link-issue',
        externalUrl: 'https://github.com/fernhill/card-authoriser/issues/7',
      })
      .expect(200);
    expect(linked.body).toMatchObject({
      status: 'resolved',
      externalUrl: 'https://github.com/fernhill/card-authoriser/issues/7',
    });
    await api
      .post(url, jordan)
      .send({ action: 'link-issue' })
      .expect(400, /externalUrl: give the issue address/);
    await api
      .post(url, riley)
      .send({ action: 'link-issue', externalUrl: null })
      .expect(403);
    const unlinked = await api
      .post(url, jordan)
      .send({ action: 'link-issue', externalUrl: null })
      .expect(200);
    expect(unlinked.body.externalUrl).toBeUndefined();
    const history = await api
      .get(`/findings/${filed.body.id}`, riley)
      .expect(200);
    expect(history.body.history.map((e: any) => e.note)).toEqual(
      expect.arrayContaining([
        'linked https://github.com/fernhill/card-authoriser/issues/7',
        'issue link removed',
      ]),
    );
  });

  it('refuses anyone not signed in', async () => {
    const res = await api
      .get('/findings')
      .set('authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });
});
