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
import YAML from 'yaml';
import domainCatalogPlugin from '../../index';

// The last step of a CML import: a pull request through the portal's GitHub
// integration. GitHub's REST API is msw; every request it receives is
// recorded, so each test asserts exactly what the portal asked GitHub.

const BASE = '/api/domain-catalog';
const sam = mockCredentials.user.header('user:default/sam');
const TOKEN = 'ghp_portal';

const SOURCE =
  'ContextMap M { Ledger -> Payouts } Domain Finance { Subdomain Books } ' +
  'BoundedContext Ledger implements Books BoundedContext Payouts implements Books';

type Call = {
  method: string;
  path: string;
  authorization: string | null;
  body?: any;
};

/** A GitHub answer for one request, or undefined for the happy path's. */
type Override = (call: Call) => Response | undefined;

const github = setupServer();
let calls: Call[] = [];
let override: Override = () => undefined;

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

beforeAll(() =>
  // Requests to the test backend itself go through untouched.
  github.listen({ onUnhandledRequest: 'bypass' }),
);
afterAll(() => github.close());
beforeEach(() => {
  calls = [];
  override = () => undefined;
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
        calls.push(call);
        return override(call) ?? happyPath(call);
      },
    ),
  );
});
afterEach(() => github.resetHandlers());

async function start(
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

const open = (server: any, body: Record<string, unknown>) =>
  request(server)
    .post(`${BASE}/import/cml/pull-request`)
    .set('authorization', sam)
    .send({
      source: SOURCE,
      owner: 'group:default/architects',
      repositoryUrl: 'https://github.com/acme/architecture',
      ...body,
    });

const ROUTE = '/import/cml/pull-request';

describe('the pull request of a CML import', () => {
  let server: any;
  // Every answer here must be one the OpenAPI document describes.
  let contract: OpenApiContract;
  beforeAll(async () => {
    server = await start();
    const { doc } = await loadOpenApiDocument(
      path.join(__dirname, '../../schema/openapi.yaml'),
    );
    contract = new OpenApiContract(doc);
  });

  it('lists the hosts with credentials, and whether the caller may open one', async () => {
    const res = await request(server)
      .get(`${BASE}/import/cml/targets`)
      .set('authorization', sam);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      pullRequestHosts: [{ host: 'github.com', type: 'github' }],
      allowed: true,
    });
    contract.check(res, 'GET', '/import/cml/targets');
  });

  it('commits the files on a new branch and opens the pull request', async () => {
    const res = await open(server, {});
    expect(res.status).toBe(201);
    contract.check(res, 'POST', ROUTE);
    const branch: string = res.body.branch;
    expect(branch).toMatch(
      /^domain-catalog\/cml-import-\d{8}-\d{6}-[0-9a-f]{4}$/,
    );
    const files = [
      'catalog/domain-model/domains.yaml',
      'catalog/domain-model/contexts/ledger.yaml',
      'catalog/domain-model/contexts/payouts.yaml',
      'catalog/domain-model/catalog-info.yaml',
    ];
    expect(res.body).toEqual({
      url: 'https://github.com/acme/architecture/pull/7',
      number: 7,
      branch,
      baseBranch: 'main',
      files,
      locationUrl:
        'https://github.com/acme/architecture/blob/main/catalog/domain-model/catalog-info.yaml',
    });

    expect(calls.map(c => `${c.method} ${c.path}`)).toEqual([
      'GET /repos/acme/architecture',
      'GET /repos/acme/architecture/git/ref/heads/main',
      'GET /repos/acme/architecture/git/commits/base-sha',
      'POST /repos/acme/architecture/git/trees',
      'POST /repos/acme/architecture/git/commits',
      'POST /repos/acme/architecture/git/refs',
      'POST /repos/acme/architecture/pulls',
    ]);
    for (const call of calls) {
      expect(call.authorization).toBe(`Bearer ${TOKEN}`);
    }
    const [, , , tree, commit, ref, pull] = calls;
    expect(tree.body.base_tree).toBe('base-tree');
    expect(tree.body.tree.map((t: any) => [t.path, t.mode, t.type])).toEqual(
      files.map(f => [f, '100644', 'blob']),
    );
    const content = (file: string) =>
      tree.body.tree.find((t: any) => t.path === file).content;
    expect(
      YAML.parseAllDocuments(content(files[0])).map(
        d => d.toJS().metadata.name,
      ),
    ).toEqual(['finance', 'books']);
    expect(YAML.parse(content(files[1]))).toMatchObject({
      kind: 'BoundedContext',
      metadata: { name: 'ledger' },
      spec: { owner: 'group:default/architects', domain: 'books' },
    });
    expect(YAML.parse(content(files[3]))).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Location',
      metadata: {
        name: 'architecture-domain-model',
        description: expect.stringContaining('Context Mapper'),
      },
      spec: {
        targets: [
          './domains.yaml',
          './contexts/ledger.yaml',
          './contexts/payouts.yaml',
        ],
      },
    });
    const title = 'Add 2 bounded contexts and 2 domains imported from CML';
    expect(commit.body).toEqual({
      message: title,
      tree: 'new-tree',
      parents: ['base-sha'],
    });
    expect(ref.body).toEqual({
      ref: `refs/heads/${branch}`,
      sha: 'new-commit',
    });
    expect(pull.body).toEqual({
      title,
      head: branch,
      base: 'main',
      body: expect.stringContaining('by `user:default/sam`'),
    });
    expect(pull.body.body).toContain(
      'register `catalog/domain-model/catalog-info.yaml`',
    );
  });

  it('proposes into the base branch and folder asked for', async () => {
    const res = await open(server, {
      repositoryUrl: ' https://github.com/acme/architecture.git ',
      baseBranch: 'release/2026',
      directory: '/docs/model/',
      namespace: 'payments',
    });
    expect(res.status).toBe(201);
    expect(calls[1].path).toBe(
      '/repos/acme/architecture/git/ref/heads/release/2026',
    );
    expect(calls.at(-1)!.body.base).toBe('release/2026');
    expect(res.body.files).toEqual([
      'docs/model/domains.yaml',
      'docs/model/contexts/ledger.yaml',
      'docs/model/contexts/payouts.yaml',
      'docs/model/catalog-info.yaml',
    ]);
    expect(res.body.locationUrl).toBe(
      'https://github.com/acme/architecture/blob/release/2026/docs/model/catalog-info.yaml',
    );
    const location = calls[3].body.tree.at(-1);
    expect(YAML.parse(location.content).metadata.namespace).toBe('payments');
  });

  it.each([
    [
      'the token is refused',
      'GET /repos/acme/architecture',
      401,
      { message: 'Bad credentials' },
      502,
      "GitHub refused the portal's credentials for github.com when asked to read the repository: GitHub answered 401 (Bad credentials). The portal's administrators must renew the token of its github.com integration; meanwhile, download the files",
    ],
    [
      'the repository is not there',
      'GET /repos/acme/architecture',
      404,
      { message: 'Not Found' },
      404,
      "repositoryUrl: github.com has no repository acme/architecture that the portal's token can see; check the URL, or give the integration access to it",
    ],
    [
      'the token may only read',
      'POST /repos/acme/architecture/git/trees',
      404,
      { message: 'Not Found' },
      502,
      "GitHub did not let the portal write the files in acme/architecture: GitHub answered 404 (Not Found). The portal's token can read the repository but may not write to it; download the files, or ask the administrators",
    ],
    [
      'the token lacks a scope',
      'POST /repos/acme/architecture/git/trees',
      403,
      { message: 'Resource not accessible by personal access token' },
      502,
      "GitHub did not let the portal write the files in acme/architecture: GitHub answered 403 (Resource not accessible by personal access token). The portal's token may lack write access to the repository, or its rate limit is spent; download the files, or ask the administrators",
    ],
    [
      'the repository is empty',
      'GET /repos/acme/architecture/git/ref/heads/main',
      409,
      { message: 'Git Repository is empty.' },
      409,
      'Could not read the branch main in acme/architecture: GitHub answered 409 (Git Repository is empty.)',
    ],
    [
      'GitHub is down',
      'POST /repos/acme/architecture/git/commits',
      503,
      { message: 'Service Unavailable' },
      502,
      'Could not commit the files in acme/architecture: GitHub answered 503 (Service Unavailable); try again later, or download the files',
    ],
  ])(
    'answers when %s',
    async (_what, at, status, githubBody, expected, message) => {
      override = call =>
        `${call.method} ${call.path}` === at
          ? HttpResponse.json(githubBody, { status })
          : undefined;
      const res = await open(server, {});
      expect(res.status).toBe(expected);
      contract.check(res, 'POST', ROUTE);
      expect(res.body.error.message).toBe(message);
      expect(res.body.response.statusCode).toBe(expected);
      // Nothing was written after the refusal.
      expect(`${calls.at(-1)!.method} ${calls.at(-1)!.path}`).toBe(at);
    },
  );

  it("maps a refused pull request to a 409 with GitHub's reason, and deletes the branch it made", async () => {
    override = call =>
      call.path === '/repos/acme/architecture/pulls'
        ? HttpResponse.json(
            {
              message: 'Validation Failed',
              errors: [
                {
                  resource: 'PullRequest',
                  code: 'custom',
                  message: 'A pull request already exists for acme:x.',
                },
              ],
            },
            { status: 422 },
          )
        : undefined;
    const res = await open(server, {});
    expect(res.status).toBe(409);
    contract.check(res, 'POST', ROUTE);
    expect(res.body.error.message).toBe(
      'Could not open the pull request in acme/architecture: GitHub answered 422 (Validation Failed: A pull request already exists for acme:x.)',
    );
    const made = calls.find(c => c.path.endsWith('/git/refs'))!.body.ref;
    expect(calls.at(-1)).toMatchObject({
      method: 'DELETE',
      path: `/repos/acme/architecture/git/${made}`,
    });
  });

  it('answers 404 naming the base branch that is not there', async () => {
    override = call =>
      call.path.includes('/git/ref/heads/')
        ? HttpResponse.json({ message: 'Not Found' }, { status: 404 })
        : undefined;
    const res = await open(server, { baseBranch: 'nope' });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(
      'baseBranch: acme/architecture has no branch "nope"; leave it empty for the default branch, or name one that exists',
    );
  });

  it('answers 502, not 500, when what answers is not GitHub', async () => {
    override = call =>
      call.path.includes('/git/ref/heads/')
        ? HttpResponse.text('<html>proxy login</html>')
        : undefined;
    const notJson = await open(server, {});
    expect(notJson.status).toBe(502);
    expect(notJson.body.error.message).toBe(
      'GitHub answered 200 to read the branch main in acme/architecture, but not with JSON; try again later, or download the files',
    );
    override = call =>
      call.path.includes('/git/ref/heads/')
        ? HttpResponse.json({ object: {} })
        : undefined;
    const noSha = await open(server, {});
    expect(noSha.status).toBe(502);
    expect(noSha.body.error.message).toBe(
      "GitHub's answer did not say which is the last commit of main; try again later, or download the files",
    );
  });

  it('answers 502 when GitHub cannot be reached', async () => {
    override = () => HttpResponse.error();
    const res = await open(server, {});
    expect(res.status).toBe(502);
    expect(res.body.error.message).toMatch(
      /^Could not reach GitHub at github.com to read the repository \(.+\); try again later, or download the files$/,
    );
  });

  it.each([
    [
      { repositoryUrl: 'https://gitlab.com/acme/architecture' },
      'repositoryUrl: the portal has no GitHub integration with credentials for gitlab.com, so it cannot open a pull request there; it can on github.com, or download the files',
    ],
    [
      { repositoryUrl: 'https://ghe.example.com/acme/architecture' },
      'repositoryUrl: the portal has no GitHub integration with credentials for ghe.example.com, so it cannot open a pull request there; it can on github.com, or download the files',
    ],
    [
      { repositoryUrl: 'http://github.com/acme/architecture' },
      'repositoryUrl: write an https:// URL without a user or password, e.g. https://github.com/acme/architecture',
    ],
    [
      { repositoryUrl: 'https://x:y@github.com/acme/architecture' },
      'repositoryUrl: write an https:// URL without a user or password, e.g. https://github.com/acme/architecture',
    ],
    [
      { repositoryUrl: 'github.com/acme' },
      'repositoryUrl: write the repository as a URL, e.g. https://github.com/acme/architecture',
    ],
    [
      { repositoryUrl: 'https://github.com/acme' },
      'repositoryUrl: "https://github.com/acme" does not name a repository; write https://github.com/<owner>/<repository>',
    ],
    [
      { repositoryUrl: `https://github.com/acme/${'a'.repeat(300)}` },
      'repositoryUrl: write the repository URL in at most 300 characters, e.g. https://github.com/acme/architecture',
    ],
    [{ repositoryUrl: undefined }, 'body.repositoryUrl: Required'],
    [
      { directory: 'catalog/../../etc' },
      'directory: write a folder inside the repository, e.g. catalog/domain-model: at most 10 names of letters, digits, ".", "_", "-" between "/", none of them "." or ".."',
    ],
    [
      { directory: `${'a/'.repeat(11)}b` },
      'directory: write a folder inside the repository, e.g. catalog/domain-model: at most 10 names of letters, digits, ".", "_", "-" between "/", none of them "." or ".."',
    ],
    [
      { baseBranch: 'main/../x' },
      'baseBranch: name the base branch with letters, digits, ".", "_", "-" and single "/" between them, e.g. main',
    ],
    [
      { source: 'BoundedContext' },
      'source: line 1, column 15: expected a BoundedContext name, found the end of the file',
    ],
    [{ extra: 1 }, 'body: unknown field(s) extra'],
  ])('refuses %j with a 400 and asks GitHub nothing', async (body, message) => {
    const res = await open(server, body);
    expect(res.status).toBe(400);
    contract.check(res, 'POST', ROUTE);
    expect(res.body.error.message).toContain(message);
    expect(calls).toEqual([]);
  });

  it('refuses callers who may not register catalog locations, asking GitHub nothing', async () => {
    const denied = await start(AuthorizeResult.DENY);
    const targets = await request(denied)
      .get(`${BASE}/import/cml/targets`)
      .set('authorization', sam);
    expect(targets.body.allowed).toBe(false);
    const res = await open(denied, {});
    expect(res.status).toBe(403);
    contract.check(res, 'POST', ROUTE);
    expect(res.body.error.message).toBe(
      'You may not register catalog locations (catalog.location.create), so the portal opens no pull request for you; download the files and commit them yourself',
    );
    expect(calls).toEqual([]);
  });
});
