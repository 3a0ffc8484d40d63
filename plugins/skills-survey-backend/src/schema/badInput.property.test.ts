import { startTestBackend } from '@backstage/backend-test-utils';
import { checkBadInput } from '@internal/plugin-fitsys-node';
import {
  badInputRunOptions,
  supertestBadInputSender,
} from '@internal/plugin-fitsys-node/testUtils';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import YAML from 'yaml';
import {
  admin,
  answerBody,
  as,
  BASE,
  features,
  newCampaignBody,
  person,
} from '../__testUtils__/backend';
import skillsSurveyPlugin from '../index';

// Every operation of the OpenAPI document, sent requests generated from it
// that are valid but for one thing: each must be a 4xx naming what to fix,
// never a 2xx or a 5xx, and nothing may change. FITSYS_BAD_INPUT_SEED and
// FITSYS_BAD_INPUT_RUNS replay a failure or run more cases.

const DOCUMENT = path.join(__dirname, 'openapi.yaml');
const { seed, numRuns } = badInputRunOptions();

describe('bad input generated from the OpenAPI document', () => {
  let server: any;
  let backend: { stop(): Promise<void> };
  let fixture: { id: string; textId: string };

  const state = async () => {
    const get = (url: string) =>
      request(server).get(`${BASE}${url}`).set('authorization', as(admin));
    return {
      campaigns: (await get('/campaigns')).body,
      results: (await get(`/campaigns/${fixture.id}/results`)).body,
      texts: (await get(`/campaigns/${fixture.id}/free-text`)).body,
      helpers: (await get('/helpers')).body,
    };
  };

  beforeAll(async () => {
    const started = await startTestBackend({
      features: [skillsSurveyPlugin, ...features()],
    });
    backend = started;
    server = started.server;
    const post = (url: string, user = admin) =>
      request(server).post(`${BASE}${url}`).set('authorization', as(user));
    const { body } = await post('/campaigns').send(newCampaignBody).expect(201);
    await post(`/campaigns/${body.id}/open`).expect(200);
    for (const p of ['card1', 'card2', 'card3', 'card4', 'clear1'])
      await post(`/campaigns/${body.id}/answers`, person(p))
        .send(answerBody(p, 2, 1, `Help ${p}`))
        .expect(201);
    await post(`/campaigns/${body.id}/close`).expect(200);
    const texts = await request(server)
      .get(`${BASE}/campaigns/${body.id}/free-text`)
      .set('authorization', as(admin))
      .expect(200);
    fixture = { id: body.id, textId: texts.body.texts[0].id };
  });
  afterAll(() => backend.stop());

  it(`answers every operation's bad input with a 4xx naming the field (${numRuns} cases each, seed ${seed})`, async () => {
    const before = await state();
    const document = YAML.parse(fs.readFileSync(DOCUMENT, 'utf8'));
    const stats = await checkBadInput({
      document,
      send: supertestBadInputSender({
        server,
        base: BASE,
        authorization: as(admin),
      }),
      numRuns,
      seed,
      jsonLimitBytes: 256 * 1024,
      values: { id: fixture.id, textId: fixture.textId, technologyId: 'kafka' },
    });
    expect(stats.map(s => s.operationId).sort()).toEqual(
      [
        'changeAnswer',
        'closeCampaign',
        'createCampaign',
        'exportResults',
        'getCampaign',
        'getCampaignResults',
        'getFreeText',
        'getHeatmap',
        'getParticipation',
        'getTechnologyResults',
        'holdFreeText',
        'listCampaigns',
        'listGaps',
        'listHelpers',
        'listTechnologies',
        'openCampaign',
        'readOwnAnswer',
        'setMyHelp',
        'submitAnswer',
      ].sort(),
    );
    for (const s of stats) expect(s.cases).toBeGreaterThanOrEqual(numRuns);
    expect(await state()).toEqual(before);
  }, 180_000);
});
