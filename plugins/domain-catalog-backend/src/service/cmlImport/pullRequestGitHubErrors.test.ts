import { HttpResponse } from 'msw';
import {
  fakeGitHub,
  open,
  pullRequestBackend,
  ROUTE,
} from './__testUtils__/pullRequestBackend';

// What the portal answers when GitHub refuses, fails or is not GitHub.

describe('the pull request of a CML import, when GitHub does not go along', () => {
  const github = fakeGitHub();
  const backend = pullRequestBackend();

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
      github.override = call =>
        `${call.method} ${call.path}` === at
          ? HttpResponse.json(githubBody, { status })
          : undefined;
      const res = await open(backend.server, {});
      expect(res.status).toBe(expected);
      backend.contract.check(res, 'POST', ROUTE);
      expect(res.body.error.message).toBe(message);
      expect(res.body.response.statusCode).toBe(expected);
      // Nothing was written after the refusal.
      expect(
        `${github.calls.at(-1)!.method} ${github.calls.at(-1)!.path}`,
      ).toBe(at);
    },
  );

  it("maps a refused pull request to a 409 with GitHub's reason, and deletes the branch it made", async () => {
    github.override = call =>
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
    const res = await open(backend.server, {});
    expect(res.status).toBe(409);
    backend.contract.check(res, 'POST', ROUTE);
    expect(res.body.error.message).toBe(
      'Could not open the pull request in acme/architecture: GitHub answered 422 (Validation Failed: A pull request already exists for acme:x.)',
    );
    const made = github.calls.find(c => c.path.endsWith('/git/refs'))!.body.ref;
    expect(github.calls.at(-1)).toMatchObject({
      method: 'DELETE',
      path: `/repos/acme/architecture/git/${made}`,
    });
  });

  it('answers 404 naming the base branch that is not there', async () => {
    github.override = call =>
      call.path.includes('/git/ref/heads/')
        ? HttpResponse.json({ message: 'Not Found' }, { status: 404 })
        : undefined;
    const res = await open(backend.server, { baseBranch: 'nope' });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(
      'baseBranch: acme/architecture has no branch "nope"; leave it empty for the default branch, or name one that exists',
    );
  });

  it('answers 502, not 500, when what answers is not GitHub', async () => {
    github.override = call =>
      call.path.includes('/git/ref/heads/')
        ? HttpResponse.text('<html>proxy login</html>')
        : undefined;
    const notJson = await open(backend.server, {});
    expect(notJson.status).toBe(502);
    expect(notJson.body.error.message).toBe(
      'GitHub answered 200 to read the branch main in acme/architecture, but not with JSON; try again later, or download the files',
    );
    github.override = call =>
      call.path.includes('/git/ref/heads/')
        ? HttpResponse.json({ object: {} })
        : undefined;
    const noSha = await open(backend.server, {});
    expect(noSha.status).toBe(502);
    expect(noSha.body.error.message).toBe(
      "GitHub's answer did not say which is the last commit of main; try again later, or download the files",
    );
  });

  it('answers 502 when GitHub cannot be reached', async () => {
    github.override = () => HttpResponse.error();
    const res = await open(backend.server, {});
    expect(res.status).toBe(502);
    expect(res.body.error.message).toMatch(
      /^Could not reach GitHub at github.com to read the repository \(.+\); try again later, or download the files$/,
    );
  });
});
