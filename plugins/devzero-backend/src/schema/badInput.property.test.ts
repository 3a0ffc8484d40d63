import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { checkBadInput } from '@internal/plugin-fitsys-node';
import {
  badInputRunOptions,
  supertestBadInputSender,
} from '@internal/plugin-fitsys-node/testUtils';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import YAML from 'yaml';
import { newFindingBody, notificationsFactory } from '../__testUtils__/backend';
import { cardAuthoriser } from '../__testUtils__/catalog';
import { images } from '../__testUtils__/images';
import devzeroPlugin from '../index';

// Every operation of the OpenAPI document, sent requests generated from it
// that are valid but for one thing: each must be a 4xx with Backstage's
// error body and a message naming what to fix, never a 2xx or a 5xx, and
// nothing may change. FITSYS_BAD_INPUT_SEED and FITSYS_BAD_INPUT_RUNS
// replay a failure or run more cases.

const DOCUMENT = path.join(__dirname, 'openapi.yaml');
const BASE = '/api/devzero';
const riley = 'user:default/riley.novak'; // files the fixture finding
const jordan = 'user:default/jordan.lee'; // owns card-authoriser, sends the bad input
const as = (user: string) => mockCredentials.user.header(user);
const { seed, numRuns } = badInputRunOptions();

describe('bad input generated from the OpenAPI document', () => {
  let server: any;
  let fixture: { id: string; attachmentId: string };

  /** The fixture finding as its page shows it, and how many findings there are. */
  const state = async () => {
    const details = await request(server)
      .get(`${BASE}/findings/${fixture.id}`)
      .set('authorization', as(jordan))
      .expect(200);
    const list = await request(server)
      .get(`${BASE}/findings`)
      .set('authorization', as(jordan))
      .expect(200);
    return { details: details.body, findings: list.body.totalItems };
  };

  beforeAll(async () => {
    // Everything is allowed to the one sending the bad input, so that input
    // the API fails to refuse shows as a 2xx and as a changed finding.
    ({ server } = await startTestBackend({
      features: [
        devzeroPlugin,
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        notificationsFactory(),
        catalogServiceMock.factory({ entities: [cardAuthoriser(jordan)] }),
      ],
    }));
    const filed = await request(server)
      .post(`${BASE}/findings`)
      .set('authorization', as(riley))
      .send(newFindingBody)
      .expect(201);
    const uploaded = await request(server)
      .post(`${BASE}/findings/${filed.body.id}/attachments`)
      .set('authorization', as(riley))
      .set('content-type', 'image/png')
      .send(images.png)
      .expect(201);
    fixture = { id: filed.body.id, attachmentId: uploaded.body.id };
  });

  it(`answers every operation's bad input with a 4xx naming the field (${numRuns} cases each, seed ${seed})`, async () => {
    const before = await state();
    const document = YAML.parse(fs.readFileSync(DOCUMENT, 'utf8'));
    const stats = await checkBadInput({
      document,
      // As the owner, the way openapi.test.ts sends requests.
      send: supertestBadInputSender({
        server,
        base: BASE,
        authorization: as(jordan),
      }),
      numRuns,
      seed,
      jsonLimitBytes: 256 * 1024,
      values: { id: fixture.id, attachmentId: fixture.attachmentId },
      bodies: { addAttachment: { type: 'image/png', body: images.png } },
    });
    expect(stats.map(s => s.operationId).sort()).toEqual(
      [
        'addAttachment',
        'addMeToo',
        'commentOnFinding',
        'deleteAttachment',
        'exportFindings',
        'fileFinding',
        'findDuplicateCandidates',
        'findSimilarFindings',
        'getAttachment',
        'getFinding',
        'getFrictionByEntity',
        'getInbox',
        'getInsights',
        'listFindings',
        'triageFinding',
      ].sort(),
    );
    for (const s of stats) expect(s.cases).toBeGreaterThanOrEqual(numRuns);
    // Nothing was filed, triaged, commented, said or removed.
    expect(await state()).toEqual(before);
  }, 120_000);
});
