import { startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { mockServices } from '@backstage/backend-test-utils';
import {
  loadOpenApiDocument,
  OpenApiContract,
} from '@internal/plugin-fitsys-node/testUtils';
import path from 'path';
import request from 'supertest';
import {
  answerBody,
  as,
  BASE,
  newCampaignBody,
  permissionsFactory,
  person,
  plat,
  surveyConfig,
} from '../__testUtils__/backend';
import { FakeFriction, fakeDevzero } from '../__testUtils__/devzero';
import { component, organisation } from '../__testUtils__/organisation';
import skillsSurveyPlugin from '../index';

jest.setTimeout(60_000);

// Java is used by three components, Kafka by two. Without friction Kafka is
// the larger gap (everyone is below independent); with ten hours lost on a
// Java-only component, Java is.
const entities = [
  ...organisation(),
  component('ledger', 'group:default/clearing', { tags: ['java'] }),
];
const FRICTION = [
  {
    entityRef: 'component:default/card-authoriser',
    findings: 3,
    open: 2,
    minutesLost: 120,
  },
  {
    entityRef: 'component:default/settlement',
    findings: 1,
    open: 0,
    minutesLost: 30,
  },
  {
    entityRef: 'component:default/ledger',
    findings: 5,
    open: 5,
    minutesLost: 600,
  },
  // Not in the catalog (any more): counts for nothing.
  {
    entityRef: 'component:default/gone',
    findings: 9,
    open: 9,
    minutesLost: 900,
  },
];

/** Starts a backend, with Developer Zero answering as told (or absent), and closes one campaign. */
async function closedCampaign(devzero?: FakeFriction, callers: unknown[] = []) {
  const backend = await startTestBackend({
    features: [
      skillsSurveyPlugin,
      ...(devzero ? [fakeDevzero(devzero, callers)] : []),
      permissionsFactory(),
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({ data: surveyConfig }),
    ],
  });
  const server = backend.server;
  const post = (url: string, user = plat) =>
    request(server).post(`${BASE}${url}`).set('authorization', as(user));
  const { body: draft } = await post('/campaigns')
    .send(newCampaignBody)
    .expect(201);
  await post(`/campaigns/${draft.id}/open`).expect(200);
  const people = [
    ...['card1', 'card2', 'card3', 'card4', 'clear1', 'clear2', 'clear3'],
    ...['risk1', 'risk2', 'plat1', 'plat2', 'plat3', 'plat4', 'plat5'],
  ];
  for (const [i, p] of people.entries())
    await post(`/campaigns/${draft.id}/answers`, person(p))
      .send(answerBody(p, i % 5, 1))
      .expect(201);
  await post(`/campaigns/${draft.id}/close`).expect(200);
  const get = (url: string, user = plat) =>
    request(server).get(`${BASE}${url}`).set('authorization', as(user));
  return { backend, id: draft.id as string, get };
}

describe('Developer Zero friction in the results', () => {
  it('sums findings and minutes per technology, read with the plugin’s own credentials, and ranks the gaps with it', async () => {
    const callers: any[] = [];
    const { backend, id, get } = await closedCampaign(
      { items: FRICTION },
      callers,
    );
    const contract = new OpenApiContract(
      (
        await loadOpenApiDocument(
          path.join(__dirname, '../schema/openapi.yaml'),
        )
      ).doc,
    );
    const resultsRes = await get(`/campaigns/${id}/results`).expect(200);
    contract.check(resultsRes, 'GET', '/campaigns/{id}/results');
    const results = resultsRes.body;
    expect(results.friction).toEqual({
      status: 'available',
      since: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
    });
    const friction = (t: string) =>
      results.technologies.find((r: any) => r.technology.id === t).friction;
    expect(friction('java')).toEqual({
      entities: 3,
      findings: 9,
      openFindings: 7,
      minutesLost: 750,
    });
    expect(friction('kafka')).toEqual({
      entities: 2,
      findings: 4,
      openFindings: 2,
      minutesLost: 150,
    });
    // The survey asked as itself, for the last year's findings.
    expect(callers[0].principal).toMatchObject({
      type: 'service',
      subject: 'plugin:skills-survey',
    });
    expect(callers[0].query.from).toMatch(/^\d{4}-\d\d-\d\dT00:00:00/);

    const gapsRes = await get('/gaps').expect(200);
    contract.check(gapsRes, 'GET', '/gaps');
    const gaps = gapsRes.body;
    expect(gaps.friction.status).toBe('available');
    expect(gaps.method).toMatch(/hours lost/);
    expect(gaps.gaps).toEqual([
      expect.objectContaining({
        rank: 1,
        technology: expect.objectContaining({ id: 'java' }),
        footprint: { components: 3, teams: 2 },
        shareBelowIndependent: 0.6429,
        hoursLost: 12.5,
        friction: expect.objectContaining({ findings: 9 }),
        // (3 components + 12.5 hours) × 0.6429
        score: 9.965,
      }),
      expect.objectContaining({
        rank: 2,
        technology: expect.objectContaining({ id: 'kafka' }),
        shareBelowIndependent: 1,
        hoursLost: 2.5,
        score: 4.5,
      }),
    ]);
    const kafkaRes = await get('/technologies/kafka/results').expect(200);
    contract.check(kafkaRes, 'GET', '/technologies/{technologyId}/results');
    const kafka = kafkaRes.body;
    expect(kafka.result.friction).toMatchObject({ minutesLost: 150 });
    await backend.stop();
  });

  it.each<[string, FakeFriction | undefined]>([
    ['is not installed', undefined],
    ['fails', { status: 500 }],
    ['answers something else', { body: { items: [{ entityRef: 3 }] } }],
  ])(
    'still answers when Developer Zero %s, with friction marked unavailable',
    async (_, devzero) => {
      const { backend, id, get } = await closedCampaign(devzero);
      const { body: results } = await get(`/campaigns/${id}/results`).expect(
        200,
      );
      expect(results.friction).toEqual({
        status: 'unavailable',
        reason: 'Developer Zero could not be read just now',
      });
      expect(results.technologies.map((t: any) => t.friction)).toEqual([
        null,
        null,
      ]);
      const { body: gaps } = await get('/gaps').expect(200);
      expect(gaps.friction.status).toBe('unavailable');
      expect(gaps.method).toMatch(/friction left out/);
      // Footprint × share below alone: Kafka first.
      expect(
        gaps.gaps.map((g: any) => [g.technology.id, g.hoursLost, g.score]),
      ).toEqual([
        ['kafka', 0, 2],
        ['java', 0, 1.9287],
      ]);
      await backend.stop();
    },
  );
});
