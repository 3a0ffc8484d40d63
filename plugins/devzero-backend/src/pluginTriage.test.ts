import {
  devzeroRoutes,
  jordan,
  riley,
  sam,
} from './__testUtils__/pluginRoutes';

// What owners, reporters and others may do with a filed finding.

describe('devzero backend: triage, comments and me too', () => {
  const { api, sent, file } = devzeroRoutes();

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
});
