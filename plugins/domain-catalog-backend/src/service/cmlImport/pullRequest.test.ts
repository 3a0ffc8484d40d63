import request from 'supertest';
import YAML from 'yaml';
import {
  BASE,
  fakeGitHub,
  open,
  pullRequestBackend,
  ROUTE,
  sam,
  TOKEN,
} from './__testUtils__/pullRequestBackend';

// What a CML import's pull request writes to GitHub when all goes well;
// GitHub's refusals are in pullRequestGitHubErrors.test.ts, the portal's own
// in pullRequestRefusals.test.ts.

describe('the pull request of a CML import', () => {
  const github = fakeGitHub();
  const backend = pullRequestBackend();

  it('lists the hosts with credentials, and whether the caller may open one', async () => {
    const res = await request(backend.server)
      .get(`${BASE}/import/cml/targets`)
      .set('authorization', sam);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      pullRequestHosts: [{ host: 'github.com', type: 'github' }],
      allowed: true,
    });
    backend.contract.check(res, 'GET', '/import/cml/targets');
  });

  it('commits the files on a new branch and opens the pull request', async () => {
    const res = await open(backend.server, {});
    expect(res.status).toBe(201);
    backend.contract.check(res, 'POST', ROUTE);
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

    expect(github.calls.map(c => `${c.method} ${c.path}`)).toEqual([
      'GET /repos/acme/architecture',
      'GET /repos/acme/architecture/git/ref/heads/main',
      'GET /repos/acme/architecture/git/commits/base-sha',
      'POST /repos/acme/architecture/git/trees',
      'POST /repos/acme/architecture/git/commits',
      'POST /repos/acme/architecture/git/refs',
      'POST /repos/acme/architecture/pulls',
    ]);
    for (const call of github.calls) {
      expect(call.authorization).toBe(`Bearer ${TOKEN}`);
    }
    const [, , , tree, commit, ref, pull] = github.calls;
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
    const res = await open(backend.server, {
      repositoryUrl: ' https://github.com/acme/architecture.git ',
      baseBranch: 'release/2026',
      directory: '/docs/model/',
      namespace: 'payments',
    });
    expect(res.status).toBe(201);
    expect(github.calls[1].path).toBe(
      '/repos/acme/architecture/git/ref/heads/release/2026',
    );
    expect(github.calls.at(-1)!.body.base).toBe('release/2026');
    expect(res.body.files).toEqual([
      'docs/model/domains.yaml',
      'docs/model/contexts/ledger.yaml',
      'docs/model/contexts/payouts.yaml',
      'docs/model/catalog-info.yaml',
    ]);
    expect(res.body.locationUrl).toBe(
      'https://github.com/acme/architecture/blob/release/2026/docs/model/catalog-info.yaml',
    );
    const location = github.calls[3].body.tree.at(-1);
    expect(YAML.parse(location.content).metadata.namespace).toBe('payments');
  });
});
