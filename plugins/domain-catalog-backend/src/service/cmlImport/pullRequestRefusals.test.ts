import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import {
  BASE,
  fakeGitHub,
  open,
  pullRequestBackend,
  ROUTE,
  sam,
  start,
} from './__testUtils__/pullRequestBackend';

// Requests the portal refuses itself, before asking GitHub anything.

describe('the pull request of a CML import, refused by the portal', () => {
  const github = fakeGitHub();
  const backend = pullRequestBackend();

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
    const res = await open(backend.server, body);
    expect(res.status).toBe(400);
    backend.contract.check(res, 'POST', ROUTE);
    expect(res.body.error.message).toContain(message);
    expect(github.calls).toEqual([]);
  });

  it('refuses callers who may not register catalog locations, asking GitHub nothing', async () => {
    const denied = await start(AuthorizeResult.DENY);
    const targets = await request(denied)
      .get(`${BASE}/import/cml/targets`)
      .set('authorization', sam);
    expect(targets.body.allowed).toBe(false);
    const res = await open(denied, {});
    expect(res.status).toBe(403);
    backend.contract.check(res, 'POST', ROUTE);
    expect(res.body.error.message).toBe(
      'You may not register catalog locations (catalog.location.create), so the portal opens no pull request for you; download the files and commit them yourself',
    );
    expect(github.calls).toEqual([]);
  });
});
