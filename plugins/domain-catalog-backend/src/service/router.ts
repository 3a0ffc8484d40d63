import {
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { KubernetesValidatorFunctions } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  canvasToJson,
  canvasToMarkdown,
  CONTEXT_MAP_EXPORT_FORMATS,
  contextMapToCml,
  contextMapToDot,
  contextMapToMermaid,
  DRIFT_KINDS,
} from '@internal/plugin-domain-catalog-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import {
  catalogSnapshotHeaders,
  createErrorHandler,
  handleUnknownRoutes,
  parse,
} from '@internal/plugin-fitsys-node';
import { resolveRef } from '../model/refs';
import { registerCmlPullRequestRoutes } from './cmlImport/routes';
import { convertCml, importBody } from './cmlImport/schemas';
import { DomainCatalogService } from './DomainCatalogService';

/** A query parameter that may be given once, several times, or not at all. */
function asList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * A whole number in a query, given once as text (or as its default): a list
 * (`limit[]=5`), an object or an empty value is not read as one, as
 * z.coerce.number alone would (`["5"]` as 5, `""` as 0).
 */
const queryInteger = (min: number, max = Infinity) =>
  z.preprocess(
    v =>
      v === undefined ||
      typeof v === 'number' ||
      (typeof v === 'string' && v.trim() !== '')
        ? v
        : NaN,
    z.coerce.number().int().min(min).max(max).optional(),
  );

/** The query of a route that takes no parameters: any is refused, not ignored. */
const noQuery = z.object({}).strict();

/** The path parameters naming an entity, checked as the catalog checks names (in any case). */
const PATH_PARAMETERS: Record<string, [(value: string) => boolean, string]> = {
  namespace: [
    v =>
      KubernetesValidatorFunctions.isValidNamespace(
        v.toLocaleLowerCase('en-US'),
      ),
    'is not a catalog namespace (letters, digits and single "-" between them, at most 63 characters)',
  ],
  name: [
    v => KubernetesValidatorFunctions.isValidObjectName(v),
    'is not an entity name (letters, digits and "-", "_", "." between them, at most 63 characters)',
  ],
};

const many = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform(v => asList(v));

const mapQuery = z
  .object({
    domain: many,
    owner: many,
    focus: z.string().optional(),
    depth: queryInteger(1, 3),
  })
  .strict();

const glossaryQuery = z
  .object({
    q: z.string().max(200).optional(),
    context: many,
    domain: many,
    offset: queryInteger(0).default(0),
    limit: queryInteger(1, 500).default(50),
  })
  .strict();

const driftQuery = z
  .object({
    context: z.string().optional(),
    kind: z.array(z.enum(DRIFT_KINDS)).or(z.enum(DRIFT_KINDS)).optional(),
    offset: queryInteger(0).default(0),
    limit: queryInteger(1, 5000).default(1000),
  })
  .strict();

const exportQuery = mapQuery.extend({
  format: z.enum(CONTEXT_MAP_EXPORT_FORMATS),
});

function ref(value: string, kind: string, what: string): string {
  const resolved = resolveRef(value, kind, 'default');
  if (!resolved || !resolved.startsWith(`${kind}:`)) {
    throw new InputError(
      `${what}: "${value}" is not a ${kind} ref; write ${kind}:namespace/name or a name`,
    );
  }
  return resolved;
}

const refs = (values: string[], kind: string, what: string) =>
  values.map(v => ref(v, kind, what));

/** The HTTP API of the domain catalog; every route answers from the snapshot. */
export function createRouter(options: {
  service: DomainCatalogService;
  httpAuth: HttpAuthService;
  logger: LoggerService;
  /** Who may open a pull request with an import's files. */
  permissions: PermissionsService;
  /** The SCM integrations an import's pull request may go through. */
  integrations: ScmIntegrationRegistry;
}): express.Router {
  const { service, httpAuth, logger, permissions, integrations } = options;
  const router = Router();
  router.use(express.json({ limit: '2mb' }));
  for (const [param, [valid, problem]] of Object.entries(PATH_PARAMETERS)) {
    router.param(param, (_req, _res, next, value: string) => {
      const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
      next(
        valid(value)
          ? undefined
          : new InputError(`${param}: ${JSON.stringify(shown)} ${problem}`),
      );
    });
  }
  // Each answer says how old the catalog snapshot behind it is.
  router.use(catalogSnapshotHeaders(() => service.status()));
  /** The analysis of what the caller may see of the catalog. */
  const analysisFor = async (req: express.Request) =>
    service.get(await httpAuth.credentials(req));

  const mapFilter = (q: z.infer<typeof mapQuery>) => ({
    domains: refs(q.domain, 'domain', 'domain'),
    owners: refs(q.owner, 'group', 'owner'),
    focus:
      q.focus === undefined
        ? undefined
        : ref(q.focus, 'boundedcontext', 'focus'),
    depth: q.depth,
  });

  router.get('/map', async (req, res) => {
    const filter = mapFilter(parse(mapQuery, req.query, 'query'));
    const snapshot = await analysisFor(req);
    if (filter.focus && !snapshot.context(filter.focus)) {
      throw new NotFoundError(
        `focus: there is no BoundedContext ${filter.focus}`,
      );
    }
    if (!filter.focus && !filter.domains.length && !filter.owners.length) {
      res.type('json').send(snapshot.cachedJson('map'));
      return;
    }
    res.json(snapshot.map(filter));
  });

  router.get('/map/domains', async (req, res) => {
    parse(noQuery, req.query, 'query');
    res.type('json').send((await analysisFor(req)).cachedJson('aggregate'));
  });

  router.get('/contexts/:namespace/:name', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const contextRef =
      `boundedcontext:${req.params.namespace}/${req.params.name}`.toLocaleLowerCase(
        'en-US',
      );
    const details = (await analysisFor(req)).details(contextRef);
    if (!details)
      throw new NotFoundError(`There is no BoundedContext ${contextRef}`);
    res.json(details);
  });

  router.get('/contexts/:namespace/:name/canvas', async (req, res) => {
    const { format } = parse(
      z
        .object({ format: z.enum(['markdown', 'json']).default('markdown') })
        .strict(),
      req.query,
      'query',
    );
    const contextRef =
      `boundedcontext:${req.params.namespace}/${req.params.name}`.toLocaleLowerCase(
        'en-US',
      );
    const details = (await analysisFor(req)).details(contextRef);
    if (!details)
      throw new NotFoundError(`There is no BoundedContext ${contextRef}`);
    const file = `${details.context.name}-canvas.${
      format === 'json' ? 'json' : 'md'
    }`;
    res.setHeader('Content-Disposition', `attachment; filename="${file}"`);
    if (format === 'json') {
      res.json(canvasToJson(details));
    } else {
      res.type('text/markdown').send(canvasToMarkdown(details));
    }
  });

  router.get('/drift', async (req, res) => {
    const q = parse(driftQuery, req.query, 'query');
    const kinds = asList(q.kind);
    const context =
      q.context === undefined
        ? undefined
        : ref(q.context, 'boundedcontext', 'context');
    res.json(
      (await analysisFor(req)).driftReport({
        context,
        kinds,
        offset: q.offset,
        limit: q.limit,
      }),
    );
  });

  router.get('/glossary', async (req, res) => {
    const q = parse(glossaryQuery, req.query, 'query');
    const snapshot = await analysisFor(req);
    res.json(
      snapshot.glossary.search({
        q: q.q,
        contexts: refs(q.context, 'boundedcontext', 'context'),
        domains: refs(q.domain, 'domain', 'domain'),
        offset: q.offset,
        limit: q.limit,
      }),
    );
  });

  router.get('/glossary/collisions', async (req, res) => {
    parse(noQuery, req.query, 'query');
    res.json({ items: (await analysisFor(req)).glossary.collisions });
  });

  router.get('/entities/:kind/:namespace/:name/context', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const kind = req.params.kind.toLocaleLowerCase('en-US');
    if (!['component', 'api', 'resource', 'system'].includes(kind)) {
      throw new InputError(
        `kind: a context applies to a component, api, resource or system, not "${req.params.kind}"`,
      );
    }
    const entityRef =
      `${kind}:${req.params.namespace}/${req.params.name}`.toLocaleLowerCase(
        'en-US',
      );
    res.json((await analysisFor(req)).entityContext(entityRef));
  });

  router.get('/domains/:namespace/:name', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const domainRef =
      `domain:${req.params.namespace}/${req.params.name}`.toLocaleLowerCase(
        'en-US',
      );
    const info = (await analysisFor(req)).domainContexts(domainRef);
    if (!info) throw new NotFoundError(`There is no Domain ${domainRef}`);
    res.json(info);
  });

  router.get('/export', async (req, res) => {
    const q = parse(exportQuery, req.query, 'query');
    const map = (await analysisFor(req)).map(mapFilter(q));
    const render = {
      cml: contextMapToCml,
      mermaid: contextMapToMermaid,
      dot: contextMapToDot,
    }[q.format];
    const extension = { cml: 'cml', mermaid: 'mmd', dot: 'dot' }[q.format];
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="context-map.${extension}"`,
    );
    res.type('text/plain').send(render(map));
  });

  router.post('/import/cml', async (req, res) => {
    parse(noQuery, req.query, 'query');
    res.json(convertCml(parse(importBody, req.body, 'body')));
  });

  registerCmlPullRequestRoutes(router, {
    httpAuth,
    permissions,
    integrations,
    logger,
  });

  router.get('/snapshot', async (req, res) => {
    parse(noQuery, req.query, 'query');
    await httpAuth.credentials(req);
    res.json(service.status());
  });

  router.use(handleUnknownRoutes(router, 'domain catalog'));
  router.use(createErrorHandler({ logger }));
  return router;
}
