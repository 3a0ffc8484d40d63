import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { RepositoryFile } from './files';

/**
 * GitHub could not do what it was asked for a reason the caller cannot fix
 * (the portal's token refused, GitHub down): a 502 with the reason.
 */
export class UpstreamError extends Error {
  readonly statusCode = 502;
  constructor(message: string) {
    super(message);
    this.name = 'UpstreamError';
  }
}

/** A repository on a GitHub host, and how to call its REST API. */
export interface GithubRepository {
  host: string;
  owner: string;
  repo: string;
  apiBaseUrl: string;
  /** Authorization and any other headers the integration's credentials need. */
  headers: Record<string, string>;
}

/** What a pull request should hold. */
export interface PullRequestProposal {
  baseBranch?: string;
  branch: string;
  files: RepositoryFile[];
  title: string;
  body: string;
}

/** An answer of GitHub's without what it always has: not GitHub, or a broken proxy. */
function need(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string' || !value) {
    throw new UpstreamError(
      `GitHub's answer did not say which is ${what}; try again later, or download the files`,
    );
  }
}

/** How long one GitHub request may take. */
const TIMEOUT_MS = 20_000;

type Step = {
  /** What was being done, as in "could not <doing>". */
  doing: string;
  /** The 404 of this step, when it means the caller named something wrong. */
  notFound?: string;
};

async function reasonOf(response: Response): Promise<string> {
  const text = (await response.text().catch(() => '')).slice(0, 2_000);
  try {
    const body = JSON.parse(text);
    const details = Array.isArray(body.errors)
      ? body.errors
          .map((e: any) => (typeof e === 'string' ? e : e?.message))
          .filter((m: unknown) => typeof m === 'string' && m)
      : [];
    const message = typeof body.message === 'string' ? body.message : '';
    return [message, ...details].filter(Boolean).join(': ').slice(0, 500);
  } catch {
    return `${response.status} ${response.statusText}`.trim();
  }
}

/**
 * Opens a pull request adding files on a new branch, through GitHub's REST
 * API: one commit of the files on top of the base branch (files already
 * there are replaced, so a second import shows as a diff), a branch at it,
 * and the pull request. When the pull request cannot be opened, the branch
 * just made is deleted again.
 */
export async function openGithubPullRequest(
  repository: GithubRepository,
  proposal: PullRequestProposal,
): Promise<{ url: string; number: number; baseBranch: string }> {
  const { owner, repo, host } = repository;
  const name = `${owner}/${repo}`;
  const api = `${repository.apiBaseUrl.replace(
    /\/+$/,
    '',
  )}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;

  const call = async <T>(
    step: Step,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(`${api}${path}`, {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          'x-github-api-version': '2022-11-28',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...repository.headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new UpstreamError(
        `Could not reach GitHub at ${host} to ${step.doing} (${
          (error as Error).message
        }); try again later, or download the files`,
      );
    }
    if (response.ok) {
      if (response.status === 204) return undefined as T;
      try {
        return (await response.json()) as T;
      } catch {
        throw new UpstreamError(
          `GitHub answered ${response.status} to ${step.doing} in ${name}, but not with JSON; try again later, or download the files`,
        );
      }
    }
    const reason = await reasonOf(response);
    const said = `GitHub answered ${response.status}${
      reason ? ` (${reason})` : ''
    }`;
    switch (response.status) {
      case 401:
        throw new UpstreamError(
          `GitHub refused the portal's credentials for ${host} when asked to ${step.doing}: ${said}. The portal's administrators must renew the token of its ${host} integration; meanwhile, download the files`,
        );
      case 403:
        throw new UpstreamError(
          `GitHub did not let the portal ${step.doing} in ${name}: ${said}. The portal's token may lack write access to the repository, or its rate limit is spent; download the files, or ask the administrators`,
        );
      case 404:
        if (step.notFound) throw new NotFoundError(step.notFound);
        throw new UpstreamError(
          `GitHub did not let the portal ${step.doing} in ${name}: ${said}. The portal's token can read the repository but may not write to it; download the files, or ask the administrators`,
        );
      case 409:
      case 422:
        throw new ConflictError(`Could not ${step.doing} in ${name}: ${said}`);
      default:
        throw new UpstreamError(
          `Could not ${step.doing} in ${name}: ${said}; try again later, or download the files`,
        );
    }
  };

  const repoInfo = await call<{ default_branch: string }>(
    {
      doing: 'read the repository',
      notFound: `repositoryUrl: ${host} has no repository ${name} that the portal's token can see; check the URL, or give the integration access to it`,
    },
    'GET',
    '',
  );
  const baseBranch = proposal.baseBranch ?? repoInfo.default_branch;
  if (typeof baseBranch !== 'string' || !baseBranch) {
    throw new UpstreamError(
      `GitHub did not say which branch of ${name} is the default; name the base branch`,
    );
  }
  const base = await call<{ object: { sha: string } }>(
    {
      doing: `read the branch ${baseBranch}`,
      notFound: `baseBranch: ${name} has no branch "${baseBranch}"; leave it empty for the default branch, or name one that exists`,
    },
    'GET',
    `/git/ref/${encodeURIComponent(`heads/${baseBranch}`).replace(
      /%2F/g,
      '/',
    )}`,
  );
  need(base.object?.sha, `the last commit of ${baseBranch}`);
  const baseCommit = await call<{ tree: { sha: string } }>(
    { doing: `read the last commit of ${baseBranch}` },
    'GET',
    `/git/commits/${encodeURIComponent(base.object.sha)}`,
  );
  need(baseCommit.tree?.sha, `the files of ${baseBranch}`);
  const tree = await call<{ sha: string }>(
    { doing: 'write the files' },
    'POST',
    '/git/trees',
    {
      base_tree: baseCommit.tree.sha,
      tree: proposal.files.map(f => ({
        path: f.path,
        mode: '100644',
        type: 'blob',
        content: f.content,
      })),
    },
  );
  need(tree.sha, 'the new files');
  const commit = await call<{ sha: string }>(
    { doing: 'commit the files' },
    'POST',
    '/git/commits',
    { message: proposal.title, tree: tree.sha, parents: [base.object.sha] },
  );
  need(commit.sha, 'the new commit');
  await call(
    { doing: `create the branch ${proposal.branch}` },
    'POST',
    '/git/refs',
    { ref: `refs/heads/${proposal.branch}`, sha: commit.sha },
  );
  try {
    const pull = await call<{ html_url: string; number: number }>(
      { doing: 'open the pull request' },
      'POST',
      '/pulls',
      {
        title: proposal.title,
        head: proposal.branch,
        base: baseBranch,
        body: proposal.body,
      },
    );
    need(pull.html_url, 'the pull request');
    return { url: pull.html_url, number: pull.number, baseBranch };
  } catch (error) {
    // No branch left behind that nobody asked for; if this fails too, the
    // error the caller needs is still the first one.
    await call(
      { doing: `delete the branch ${proposal.branch}` },
      'DELETE',
      `/git/refs/heads/${proposal.branch}`,
    ).catch(() => undefined);
    throw error;
  }
}

/**
 * The owner and name of a GitHub repository from its URL: the repository's
 * page, its clone URL (.git) or any page inside it.
 */
export function parseGithubRepositoryUrl(url: URL): {
  owner: string;
  repo: string;
} {
  const [owner, repo] = url.pathname.split('/').filter(Boolean);
  const name = repo?.replace(/\.git$/, '');
  if (
    !owner ||
    !name ||
    !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(owner) ||
    !/^[A-Za-z0-9._-]{1,100}$/.test(name) ||
    name === '.' ||
    name === '..'
  ) {
    throw new InputError(
      `repositoryUrl: "${url.href.slice(
        0,
        100,
      )}" does not name a repository; write https://${
        url.host
      }/<owner>/<repository>`,
    );
  }
  return { owner, repo: name };
}
