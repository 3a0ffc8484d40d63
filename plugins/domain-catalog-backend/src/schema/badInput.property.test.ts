import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { checkBadInput } from '@internal/plugin-fitsys-node';
import {
  badInputRunOptions,
  supertestBadInputSender,
} from '@internal/plugin-fitsys-node/testUtils';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import YAML from 'yaml';
import { driftCatalog } from '../__testUtils__/driftCatalog';
import domainCatalogPlugin from '../index';

// Every operation of the OpenAPI document, sent requests generated from it
// that are valid but for one thing: each must be a 4xx with Backstage's
// error body and a message naming what to fix, never a 2xx or a 5xx, and
// the answers to good requests stay what they were. FITSYS_BAD_INPUT_SEED
// and FITSYS_BAD_INPUT_RUNS replay a failure or run more cases.

const DOCUMENT = path.join(__dirname, 'openapi.yaml');
const BASE = '/api/domain-catalog';
const sam = 'user:default/sam';
const as = (user: string) => mockCredentials.user.header(user);
const { seed, numRuns } = badInputRunOptions();

describe('bad input generated from the OpenAPI document', () => {
  let server: any;

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        domainCatalogPlugin,
        catalogServiceMock.factory({ entities: driftCatalog() }),
        mockServices.rootConfig.factory({
          data: {
            fitsys: {
              domainCatalog: {
                drift: {
                  undeclaredCouplingExemptions: ['runtime'],
                  sharedResourceTypes: ['database'],
                },
              },
            },
          },
        }),
      ],
    }));
  });

  /** What good requests answer: the whole map, one context, the glossary. */
  const answers = async () =>
    Promise.all(
      ['/map', '/contexts/default/ledger', '/glossary', '/drift'].map(
        async url =>
          (
            await request(server)
              .get(`${BASE}${url}`)
              .set('authorization', as(sam))
              .expect(200)
          ).body,
      ),
    );

  it(`answers every operation's bad input with a 4xx naming the field (${numRuns} cases each, seed ${seed})`, async () => {
    const before = await answers();
    const document = YAML.parse(fs.readFileSync(DOCUMENT, 'utf8'));
    const stats = await checkBadInput({
      document,
      // The way openapi.test.ts sends requests.
      send: supertestBadInputSender({
        server,
        base: BASE,
        authorization: as(sam),
      }),
      numRuns,
      seed,
      jsonLimitBytes: 2 * 1024 * 1024,
      // Entities of the test catalog, so that only what was broken is wrong.
      values: {
        namespace: 'default',
        name: 'ledger',
        'getDomainContexts.name': 'payments',
        'getEntityContext.name': 'portal-web',
      },
    });
    expect(stats).toHaveLength(14);
    for (const s of stats) expect(s.cases).toBeGreaterThanOrEqual(numRuns);
    expect(await answers()).toEqual(before);
  }, 120_000);
});
