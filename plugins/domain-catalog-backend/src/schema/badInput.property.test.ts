import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  BadRequest,
  checkBadInput,
  DEFAULT_BAD_INPUT_SEED,
  requestUrl,
} from '@internal/plugin-fitsys-node';
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
const seed = Number(
  process.env.FITSYS_BAD_INPUT_SEED ?? DEFAULT_BAD_INPUT_SEED,
);
const numRuns = Number(process.env.FITSYS_BAD_INPUT_RUNS ?? 25);

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

  /** Sends a generated request, the way openapi.test.ts does. */
  async function send(req: BadRequest) {
    let test: request.Test = (request(server) as any)
      [req.method.toLowerCase()](`${BASE}${requestUrl(req)}`)
      .set('authorization', as(sam));
    for (const [name, value] of Object.entries(req.headers))
      test = test.set(name, value);
    // The bytes as they are: superagent would otherwise write a Buffer as
    // JSON (or as a form) for the Content-Type it is labelled with. Its
    // types want a string back; it sends a Buffer as it is.
    if (req.body)
      test = test
        .serialize(((bytes: Buffer) => bytes) as unknown as () => string)
        .send(req.body);
    const res = await test;
    return {
      status: res.status,
      body: /json/.test(res.headers['content-type'] ?? '')
        ? res.body
        : res.text,
    };
  }

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
      send,
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
    expect(stats).toHaveLength(12);
    for (const s of stats) expect(s.cases).toBeGreaterThanOrEqual(numRuns);
    expect(await answers()).toEqual(before);
  }, 120_000);
});
