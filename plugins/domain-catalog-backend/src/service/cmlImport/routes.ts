import {
  BackstageCredentials,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import {
  DefaultGithubCredentialsProvider,
  GithubIntegration,
  ScmIntegrationRegistry,
} from '@backstage/integration';
import { catalogLocationCreatePermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  CmlImportPullRequest,
  CmlImportTargets,
} from '@internal/plugin-domain-catalog-common';
import { parse } from '@internal/plugin-fitsys-node';
import { randomBytes } from 'crypto';
import express from 'express';
import { z } from 'zod';
import { DEFAULT_IMPORT_DIRECTORY, importFiles, LOCATION_FILE } from './files';
import {
  openGithubPullRequest,
  parseGithubRepositoryUrl,
  UpstreamError,
} from './github';
import { convertCml, pullRequestBody } from './schemas';

/** A GitHub integration the portal can write with: a token or an app, and an API. */
const canWrite = (integration: GithubIntegration) =>
  Boolean(
    integration.config.apiBaseUrl &&
      (integration.config.token || integration.config.apps?.length),
  );

/** The branch of one import: when it was made, and enough randomness to be new. */
function branchName(now = new Date()) {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/[-:]/g, '')
    .replace('T', '-');
  return `domain-catalog/cml-import-${stamp}-${randomBytes(2).toString('hex')}`;
}

/**
 * The last step of a CML import: where the portal can propose the files,
 * and the pull request that does. Opening one uses the portal's own SCM
 * credentials, so it is for users allowed to register catalog locations
 * (catalog.location.create), the permission of importing into the catalog.
 */
export function registerCmlPullRequestRoutes(
  router: express.Router,
  options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    integrations: ScmIntegrationRegistry;
    logger: LoggerService;
  },
) {
  const { httpAuth, permissions, integrations, logger } = options;
  const credentialsProvider =
    DefaultGithubCredentialsProvider.fromIntegrations(integrations);
  const writable = () => integrations.github.list().filter(canWrite);
  const mayImport = async (credentials: BackstageCredentials) =>
    (
      await permissions.authorize(
        [{ permission: catalogLocationCreatePermission }],
        { credentials },
      )
    )[0].result === AuthorizeResult.ALLOW;

  router.get('/import/cml/targets', async (req, res) => {
    parse(z.object({}).strict(), req.query, 'query');
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const answer: CmlImportTargets = {
      pullRequestHosts: writable().map(i => ({
        host: i.config.host,
        type: 'github',
      })),
      allowed: await mayImport(credentials),
    };
    res.json(answer);
  });

  router.post('/import/cml/pull-request', async (req, res) => {
    parse(z.object({}).strict(), req.query, 'query');
    const body = parse(pullRequestBody, req.body, 'body');
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    if (!(await mayImport(credentials))) {
      throw new NotAllowedError(
        'You may not register catalog locations (catalog.location.create), so the portal opens no pull request for you; download the files and commit them yourself',
      );
    }

    let url: URL;
    try {
      url = new URL(body.repositoryUrl);
    } catch {
      throw new InputError(
        'repositoryUrl: write the repository as a URL, e.g. https://github.com/acme/architecture',
      );
    }
    if (url.protocol !== 'https:' || url.username || url.password) {
      throw new InputError(
        'repositoryUrl: write an https:// URL without a user or password, e.g. https://github.com/acme/architecture',
      );
    }
    const integration = integrations.github.byHost(url.host);
    if (!integration || !canWrite(integration)) {
      const hosts = writable().map(i => i.config.host);
      throw new InputError(
        `repositoryUrl: the portal has no GitHub integration with credentials for ${
          url.host
        }, so it cannot open a pull request there; ${
          hosts.length
            ? `it can on ${hosts.join(', ')}, or download the files`
            : 'download the files'
        }`,
      );
    }
    const { owner, repo } = parseGithubRepositoryUrl(url);
    const repositoryUrl = `https://${integration.config.host}/${owner}/${repo}`;

    const result = convertCml(body);
    const directory = body.directory ?? DEFAULT_IMPORT_DIRECTORY;
    const files = importFiles({
      result,
      directory,
      repository: repo,
      namespace: body.namespace,
    });

    let headers: Record<string, string>;
    try {
      const scm = await credentialsProvider.getCredentials({
        url: repositoryUrl,
      });
      if (!scm.token) throw new Error('it has no token for this repository');
      headers = scm.headers ?? { authorization: `Bearer ${scm.token}` };
    } catch (error) {
      throw new InputError(
        `repositoryUrl: the portal's ${
          integration.config.host
        } integration has no credentials for ${owner}/${repo} (${
          (error as Error).message
        }); install its GitHub App there, or download the files`,
      );
    }

    const user =
      credentials.principal.type === 'user'
        ? credentials.principal.userEntityRef
        : 'a user';
    const title = `Add ${result.contexts} bounded context${
      result.contexts === 1 ? '' : 's'
    } and ${result.domains} domain${
      result.domains === 1 ? '' : 's'
    } imported from CML`;
    const location = `${directory ? `${directory}/` : ''}${LOCATION_FILE}`;
    const prBody = [
      `Opened from the domain catalog's CML import by \`${user}\`.`,
      '',
      `Files (owner \`${body.owner}\`):`,
      ...files.map(f => `- \`${f.path}\``),
      '',
      `After merging, register \`${location}\` in the catalog once (the import page offers to); it lists the other files.`,
      ...(result.notImportedCount
        ? [
            '',
            `${result.notImportedCount} element(s) of the CML (aggregates, responsibilities, a context's type, ...) are not carried over; they stay in the CML.`,
          ]
        : []),
    ].join('\n');
    const branch = branchName();
    try {
      const pull = await openGithubPullRequest(
        {
          host: integration.config.host,
          owner,
          repo,
          apiBaseUrl: integration.config.apiBaseUrl!,
          headers,
        },
        { baseBranch: body.baseBranch, branch, files, title, body: prBody },
      );
      logger.info(
        `${user} opened ${pull.url} with ${files.length} files of a CML import`,
      );
      const answer: CmlImportPullRequest = {
        url: pull.url,
        number: pull.number,
        branch,
        baseBranch: pull.baseBranch,
        files: files.map(f => f.path),
        locationUrl: `${repositoryUrl}/blob/${pull.baseBranch}/${location}`,
      };
      res.status(201).json(answer);
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      // Written here, as Backstage writes an error, because the portal's
      // error handler hides a 5xx's message; this one is for the caller.
      logger.warn(`A CML import's pull request failed: ${error.message}`);
      res.status(502).json({
        error: { name: error.name, message: error.message },
        request: { method: req.method, url: req.originalUrl },
        response: { statusCode: 502 },
      });
    }
  });
}
