import { mockCredentials } from '@backstage/backend-test-utils';
import {
  body,
  devzeroRoutes,
  jordan,
  riley,
} from './__testUtils__/pluginRoutes';

// Filing a finding, and who may call the routes at all. Triage is in
// pluginTriage.test.ts, lists, insights and exports in pluginQueries.test.ts.

describe('devzero backend: filing and access', () => {
  const { api, file } = devzeroRoutes();

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

  it('refuses anyone not signed in', async () => {
    const res = await api
      .get('/findings')
      .set('authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });
});
