import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  loadOpenApiDocument,
  OpenApiContract,
} from '@internal/plugin-fitsys-node/testUtils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import path from 'path';
import request from 'supertest';
import domainCatalogPlugin from '../../../index';

// The last step of a CML import: a pull request through the portal's GitHub
// integration. GitHub's REST API is msw; every request it receives is
// recorded, so each test asserts exactly what the portal asked GitHub.

export const BASE = '/api/domain-catalog';
export const ROUTE = '/import/cml/pull-request';
export const sam = mockCredentials.user.header('user:default/sam');
export const TOKEN = 'ghp_portal';

const SOURCE =
  'ContextMap M { Ledger -> Payouts } Domain Finance { Subdomain Books } ' +
  'BoundedContext Ledger implements Books BoundedContext Payouts implements Books';

/** One request GitHub received. */
export type Call = {
  method: string;
  path: string;
  authorization: string | null;
  body?: any;
};

/** A GitHub answer for one request, or undefined for the happy path's. */
export type Override = (call: Call) => Response | undefined;

function happyPath(call: Call): Response {
  const route = `${call.method} ${call.path.replace(
    '/repos/acme/architecture',
    '',
  )}`;
  if (route === 'GET ') return HttpResponse.json({ default_branch: 'main' });
  if (
    route === 'GET /git/ref/heads/main' ||
    route === 'GET /git/ref/heads/release/2026'
  )
    return HttpResponse.json({ object: { sha: 'base-sha' } });
  if (route === 'GET /git/commits/base-sha')
    return HttpResponse.json({ sha: 'base-sha', tree: { sha: 'base-tree' } });
  if (route === 'POST /git/trees')
    return HttpResponse.json({ sha: 'new-tree' }, { status: 201 });
  if (route === 'POST /git/commits')
    return HttpResponse.json({ sha: 'new-commit' }, { status: 201 });
  if (route === 'POST /git/refs')
    return HttpResponse.json({ ref: call.body.ref }, { status: 201 });
  if (route === 'POST /pulls')
    return HttpResponse.json(
      { html_url: 'https://github.com/acme/architecture/pull/7', number: 7 },
      { status: 201 },
    );
  if (call.method === 'DELETE') return new HttpResponse(null, { status: 204 });
  return HttpResponse.json({ message: `unexpected ${route}` }, { status: 500 });
}

/**
 * GitHub for the file's tests: the happy path unless `override` answers,
 * every request recorded in `calls`. Both are reset before each test.
 */
export function fakeGitHub() {
  const github = setupServer();
  const state = {
    calls: [] as Call[],
    override: (() => undefined) as Override,
  };
  beforeAll(() =>
    // Requests to the test backend itself go through untouched.
    github.listen({ onUnhandledRequest: 'bypass' }),
  );
  afterAll(() => github.close());
  beforeEach(() => {
    state.calls = [];
    state.override = () => undefined;
    github.use(
      http.all(
        /^https:\/\/(api\.github\.com|ghe\.example\.com)\//,
        async ({ request: r }) => {
          const text = await r.text();
          const call: Call = {
            method: r.method,
            path: new URL(r.url).pathname,
            authorization: r.headers.get('authorization'),
            ...(text ? { body: JSON.parse(text) } : {}),
          };
          state.calls.push(call);
          return state.override(call) ?? happyPath(call);
        },
      ),
    );
  });
  afterEach(() => github.resetHandlers());
  return state;
}

/** The domain catalog's backend with a GitHub integration to write with. */
export async function start(
  result: AuthorizeResult.ALLOW | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  const { server } = await startTestBackend({
    features: [
      domainCatalogPlugin,
      catalogServiceMock.factory({ entities: [] }),
      mockServices.permissions.factory({ result }),
      mockServices.rootConfig.factory({
        data: {
          integrations: {
            github: [
              { host: 'github.com', token: TOKEN },
              // Configured, but with nothing to write with.
              {
                host: 'ghe.example.com',
                apiBaseUrl: 'https://ghe.example.com/api/v3',
              },
            ],
          },
        },
      }),
    ],
  });
  return server;
}

/**
 * A started backend and the OpenAPI contract, for the file's tests: every
 * answer there must be one the OpenAPI document describes.
 */
export function pullRequestBackend() {
  const state = {} as { server: any; contract: OpenApiContract };
  beforeAll(async () => {
    state.server = await start();
    const { doc } = await loadOpenApiDocument(
      path.join(__dirname, '../../../schema/openapi.yaml'),
    );
    state.contract = new OpenApiContract(doc);
  });
  return state;
}

/** Asks for a pull request of SOURCE, with `body` over the usual fields. */
export const open = (server: any, body: Record<string, unknown>) =>
  request(server)
    .post(`${BASE}${ROUTE}`)
    .set('authorization', sam)
    .send({
      source: SOURCE,
      owner: 'group:default/architects',
      repositoryUrl: 'https://github.com/acme/architecture',
      ...body,
    });
