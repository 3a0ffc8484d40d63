import { mockCredentials } from '@backstage/backend-test-utils';
import {
  admin,
  answerBody,
  newCampaignBody,
  person,
  surveyTestBackend,
} from './__testUtils__/backend';

jest.setTimeout(60_000);

describe('the skills-survey plugin', () => {
  const { get, post, put } = surveyTestBackend();

  it('lists technologies from config and the catalog, with their footprint', async () => {
    const res = await get('/technologies', person('card1')).expect(200);
    expect(res.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'kafka',
          sources: ['config', 'catalog'],
          footprint: { components: 2, teams: 2 },
        }),
        expect.objectContaining({
          id: 'python',
          footprint: { components: 1, teams: 1 },
        }),
      ]),
    );
  });

  it('runs a campaign: answers once and changes by receipt, counts while open, results when closed', async () => {
    // Only the platform team creates, with input checked.
    await post('/campaigns', person('card1')).send(newCampaignBody).expect(403);
    const bad = await post('/campaigns')
      .send({ ...newCampaignBody, technologyIds: ['cobol'] })
      .expect(400);
    expect(bad.body.error.message).toMatch(/technologyIds: cobol not known/);
    const backwards = await post('/campaigns')
      .send({ ...newCampaignBody, closesOn: '2026-11-01' })
      .expect(400);
    expect(backwards.body.error.message).toMatch(
      /closesOn: 2026-11-01 is before/,
    );
    const { body: draft } = await post('/campaigns')
      .send(newCampaignBody)
      .expect(201);
    expect(draft.status).toBe('draft');
    await post('/campaigns').send(newCampaignBody).expect(409);
    // Drafts are the platform team's.
    expect((await get('/campaigns', person('card1'))).body.items).toEqual([]);
    await get(`/campaigns/${draft.id}`, person('card1')).expect(403);
    const notYet = await post(`/campaigns/${draft.id}/answers`, person('card1'))
      .send(answerBody('card1'))
      .expect(409);
    expect(notYet.body.error.message).toMatch(/is not open yet/);

    const { body: open } = await post(`/campaigns/${draft.id}/open`).expect(
      200,
    );
    expect(open).toMatchObject({ status: 'open', minGroupSize: 5 });
    expect(open.technologies.map((t: any) => t.id)).toEqual(['java', 'kafka']);
    const id = draft.id;

    const people = [
      ...['card1', 'card2', 'card3', 'card4', 'clear1', 'clear2', 'clear3'],
      ...['risk1', 'risk2', 'plat1', 'plat2', 'plat3', 'plat4', 'plat5'],
    ];
    for (const [i, p] of people.entries()) {
      await post(`/campaigns/${id}/answers`, person(p))
        .send(answerBody(p, i % 5, 1, `Help ${p}`))
        .expect(201);
    }
    // A retry counts once; a second first answer and a taken receipt are refused.
    const retry = await post(`/campaigns/${id}/answers`, person('card1'))
      .send(answerBody('card1', 0, 1, 'Help card1'))
      .expect(200);
    expect(retry.body).toEqual({ campaignId: id, created: false });
    const twice = await post(`/campaigns/${id}/answers`, person('card1'))
      .send(answerBody('other'))
      .expect(409);
    expect(twice.body.error.message).toMatch(/already answered 2026-Q4/);
    const taken = await post(`/campaigns/${id}/answers`, person('design1'))
      .send(answerBody('card2'))
      .expect(409);
    expect(taken.body.error.message).toMatch(
      /^receipt: belongs to another answer/,
    );
    const cases: Array<[object, RegExp]> = [
      [answerBody('x', 9), /body.ratings.0.level: 9 is not on the scale/],
      [
        {
          ...answerBody('x'),
          ratings: [{ technologyId: 'cobol', level: 1, wantToLearn: false }],
        },
        /body.ratings.0.technologyId: "cobol" is not a technology of this campaign/,
      ],
      [
        { ...answerBody('x'), receipt: 'short' },
        /body.receipt: must be 32 random bytes/,
      ],
      [
        answerBody('x', 1, 1, 'y'.repeat(2001)),
        /body.helpText: String must contain at most 2000/,
      ],
    ];
    for (const [body, message] of cases) {
      const res = await post(
        `/campaigns/${id}/answers`,
        person('design1'),
      ).send(body);
      expect({ status: res.status, message: res.body.error.message }).toEqual({
        status: 400,
        message: expect.stringMatching(message),
      });
    }

    // Change and read back with the receipt; a forged one is refused.
    await put(`/campaigns/${id}/answers`, person('card1'))
      .send(answerBody('card1', 4, null, 'Pairing'))
      .expect(200);
    const forged = await put(`/campaigns/${id}/answers`, person('card1'))
      .send(answerBody('forged'))
      .expect(409);
    expect(forged.body.error.message).toMatch(/^receipt: matches no answer/);
    const own = await post(`/campaigns/${id}/answers/lookup`, person('card1'))
      .send({ receipt: answerBody('card1').receipt })
      .expect(200);
    expect(own.body).toMatchObject({
      helpText: 'Pairing',
      ratings: [
        { technologyId: 'java', level: 4 },
        { technologyId: 'kafka', level: null },
      ],
    });
    expect(
      (await get(`/campaigns/${id}/participation`, person('card1'))).body,
    ).toMatchObject({ answered: true });

    // While open: response counts only, suppressed likewise; not for everyone.
    await get(`/campaigns/${id}/results`, person('card1')).expect(403);
    const counting = await get(`/campaigns/${id}/results`).expect(200);
    expect(counting.body).toMatchObject({ published: false, technologies: [] });
    const team = (body: any, ref: string) =>
      body.teams.find((t: any) => t.ref === ref);
    expect(team(counting.body, 'group:default/payments').responses).toEqual({
      status: 'published',
      respondents: 7,
    });
    // Risk (2) is withheld, and platform (5) with it, so that engineering
    // minus payments and platform does not give risk away.
    for (const withheld of ['risk', 'platform'])
      expect(
        team(counting.body, `group:default/${withheld}`).responses,
      ).toEqual({
        status: 'suppressed',
      });
    expect(team(counting.body, 'group:default/cards').responses).toEqual({
      status: 'team-below-minimum',
    });
    await get(`/gaps`).expect(404);

    await post(`/campaigns/${id}/close`, person('card1')).expect(403);
    const { body: closed } = await post(`/campaigns/${id}/close`).expect(200);
    expect(closed.status).toBe('closed');
    const late = await post(`/campaigns/${id}/answers`, person('design2'))
      .send(answerBody('design2'))
      .expect(409);
    expect(late.body.error.message).toMatch(/read-only/);

    const { body: results } = await get(`/campaigns/${id}/results`).expect(200);
    const java = results.technologies.find(
      (t: any) => t.technology.id === 'java',
    );
    expect(java.overall).toMatchObject({
      status: 'published',
      respondents: 14,
    });
    expect(
      java.teams.find((t: any) => t.teamRef === 'group:default/risk').cell,
    ).toEqual({
      status: 'suppressed',
    });
    expect(
      java.teams.find((t: any) => t.teamRef === 'group:default/payments').cell,
    ).toMatchObject({
      status: 'published',
      respondents: 7,
    });
    expect(
      java.teams.find((t: any) => t.teamRef === 'group:default/cards').cell,
    ).toEqual({
      status: 'team-below-minimum',
    });
    const csv = await get(`/campaigns/${id}/export?format=csv`).expect(200);
    expect(csv.text.split('\n')[0]).toBe(
      'campaign,technology,category,team,status,respondents,level_0,level_1,level_2,level_3,level_4,not_applicable,want_to_learn,share_independent,change',
    );
    expect(csv.text).not.toMatch(/Help card/);
    const gaps = await get('/gaps').expect(200);
    expect(gaps.body.gaps.map((g: any) => g.technology.id)).toEqual([
      'kafka',
      'java',
    ]);
    const kafka = await get('/technologies/kafka/results').expect(200);
    expect(kafka.body.trend).toHaveLength(1);

    // Free text: shown to readers, held back by admins only.
    const texts = await get(`/campaigns/${id}/free-text`).expect(200);
    expect(texts.body.shown).toBe(true);
    const textId = texts.body.texts[0].id;
    await post(`/campaigns/${id}/free-text/${textId}/hold`)
      .send({ held: true })
      .expect(403);
    await post(`/campaigns/${id}/free-text/${textId}/hold`, admin)
      .send({ held: true })
      .expect(204);
    expect((await get(`/campaigns/${id}/free-text`)).body.texts).toHaveLength(
      texts.body.texts.length - 1,
    );
    expect(
      (await get(`/campaigns/${id}/free-text`, admin)).body.texts,
    ).toContainEqual(expect.objectContaining({ id: textId, held: true }));
  });

  it('keeps a named helpers directory apart from answers', async () => {
    await put('/helpers/me', person('risk1'))
      .send({
        technologies: [{ technologyId: 'kafka', note: 'Happy to pair' }],
      })
      .expect(200);
    const bad = await put('/helpers/me', person('risk1'))
      .send({ technologies: [{ technologyId: 'cobol' }] })
      .expect(400);
    expect(bad.body.error.message).toMatch(/cobol not known/);
    const { body } = await get(
      '/helpers?technology=kafka',
      person('card2'),
    ).expect(200);
    expect(body.items).toEqual([
      expect.objectContaining({
        userRef: person('risk1'),
        note: 'Happy to pair',
      }),
    ]);
  });

  it('answers only signed-in users', async () => {
    const none = await get('/campaigns').set(
      'authorization',
      mockCredentials.none.header(),
    );
    expect(none.status).toBe(401);
    const service = await get('/campaigns').set(
      'authorization',
      mockCredentials.service.header(),
    );
    expect(service.status).toBe(403);
  });
});
