import {
  answerBody,
  newCampaignBody,
  person,
  surveyTestBackend,
} from '../__testUtils__/backend';

jest.setTimeout(60_000);

describe('the heatmap, a page at a time', () => {
  const { get, post } = surveyTestBackend();
  let id: string;
  beforeAll(async () => {
    const { body: draft } = await post('/campaigns')
      .send(newCampaignBody)
      .expect(201);
    id = draft.id;
    await post(`/campaigns/${id}/open`).expect(200);
    const people = [
      ...['card1', 'card2', 'card3', 'card4', 'clear1', 'clear2', 'clear3'],
      ...['risk1', 'risk2', 'plat1', 'plat2', 'plat3', 'plat4', 'plat5'],
    ];
    for (const [i, p] of people.entries())
      await post(`/campaigns/${id}/answers`, person(p))
        .send(answerBody(p, i % 5, 1))
        .expect(201);
    await get(`/campaigns/${id}/heatmap`).expect(409);
    await post(`/campaigns/${id}/close`).expect(200);
  });

  it('publishes in its pages exactly the cells of the full results, and no other', async () => {
    const { body: full } = await get(`/campaigns/${id}/results`).expect(200);
    const published = new Map<string, unknown>();
    for (const t of full.technologies)
      for (const c of t.teams)
        published.set(`${t.technology.id} ${c.teamRef}`, c.cell);
    const seen = new Map<string, unknown>();
    let offset = 0;
    let totalRows = Infinity;
    while (offset < totalRows) {
      const { body: page } = await get(
        `/campaigns/${id}/heatmap?level=team&offset=${offset}&limit=2`,
      ).expect(200);
      totalRows = page.totalRows;
      expect(page.rows.length).toBeLessThanOrEqual(2);
      // A cell per technology of the page, in its order.
      expect(page.technologies.map((t: any) => t.id)).toEqual([
        'java',
        'kafka',
      ]);
      for (const row of page.rows) {
        expect(row.cells).toHaveLength(page.technologies.length);
        row.cells.forEach((cell: unknown, i: number) =>
          seen.set(`${page.technologies[i].id} ${row.team.ref}`, cell),
        );
      }
      offset += 2;
    }
    // cards, clearing, design, platform, risk: every team once.
    expect(totalRows).toBe(5);
    expect(seen.size).toBe(10);
    // Each cell is the full results' cell, its share and respondents only
    // (toStrictEqual: no key more, none undefined).
    for (const [key, cell] of seen) {
      const whole: any = published.get(key);
      expect(cell).toStrictEqual(
        whole.status === 'published'
          ? {
              status: 'published',
              respondents: whole.respondents,
              ...(whole.shareIndependent !== null && {
                shareIndependent: whole.shareIndependent,
              }),
            }
          : whole,
      );
    }
    // The withheld stay withheld: risk (2 answered) and cards (4 people).
    expect(seen.get('java group:default/risk')).toEqual({
      status: 'suppressed',
    });
    expect(seen.get('java group:default/cards')).toEqual({
      status: 'team-below-minimum',
    });
  });

  it('shows the departments by default, and drills into one with its total', async () => {
    const { body: departments } = await get(`/campaigns/${id}/heatmap`).expect(
      200,
    );
    expect(departments.rows.map((r: any) => r.team.ref)).toEqual([
      'group:default/design',
      'group:default/engineering',
    ]);
    expect(departments.total.team.ref).toBe('');
    expect(departments.rows[1].groupsBelow).toBe(3);
    const { body: payments } = await get(
      `/campaigns/${id}/heatmap?parent=Group:default/Payments`,
    ).expect(200);
    expect(payments.level).toBeNull();
    expect(payments.path).toEqual([
      { ref: '', title: 'Organisation' },
      { ref: 'group:default/engineering', title: 'engineering' },
    ]);
    expect(payments.total.team.ref).toBe('group:default/payments');
    expect(payments.technologies[0].id).toBe('java');
    expect(payments.total.cells[0]).toEqual({
      status: 'published',
      respondents: 7,
      shareIndependent: expect.any(Number),
    });
    expect(payments.rows.map((r: any) => r.team.ref)).toEqual([
      'group:default/cards',
      'group:default/clearing',
    ]);
  });

  it('leaves the per-team cells out of the results when asked', async () => {
    const { body } = await get(
      `/campaigns/${id}/results?cells=organisation`,
    ).expect(200);
    expect(body.technologies.map((t: any) => t.teams)).toEqual([[], []]);
    expect(body.technologies[0].overall.status).toBe('published');
  });

  it.each([
    [
      'level=team&parent=group:default/payments',
      400,
      'parent: give a level or a parent, not both',
    ],
    ['limit=0', 400, 'limit: Number must be greater than or equal to 1'],
    ['limit=101', 400, 'limit: Number must be less than or equal to 100'],
    ['offset=-1', 400, 'offset: must be a whole number'],
    ['level=division', 400, 'level: Invalid enum value'],
    [
      'parent=payments',
      400,
      'parent: must be a group ref such as group:default/payments',
    ],
    [
      'parent=group:default/nobody',
      404,
      'parent: group:default/nobody was not a group when 2026-Q4 opened',
    ],
    ['sort=title', 400, 'query: unknown field(s) sort'],
  ])(
    'refuses %s with a %s naming the field',
    async (query, status, message) => {
      const res = await get(`/campaigns/${id}/heatmap?${query}`).expect(status);
      expect(res.body.error.message).toContain(message);
    },
  );

  it('is for the results permission only', async () => {
    const res = await get(`/campaigns/${id}/heatmap`, person('card1'));
    expect(res.status).toBe(403);
  });
});
