import { HttpAuthService, LoggerService } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  catalogSnapshotHeaders,
  createErrorHandler,
  handleUnknownRoutes,
  noQuery,
  parse,
} from '@internal/plugin-fitsys-node';
import express from 'express';
import Router from 'express-promise-router';
import {
  adoptersOf,
  architectureDetail,
  diffOf,
  entityConformance,
  listArchitectures,
  listDecisions,
  overdueRevisits,
} from '../model/queries';
import { ReferenceArchitecturesService } from './ReferenceArchitecturesService';
import {
  adoptersQuery,
  architectureName,
  conformanceQuery,
  decisionsQuery,
  detailQuery,
  diffQuery,
  libraryQuery,
  problemsQuery,
} from './schemas';

/** The HTTP API of the reference architectures; every answer is of the snapshot as the caller may see it. */
export function createRouter(options: {
  service: ReferenceArchitecturesService;
  httpAuth: HttpAuthService;
  logger: LoggerService;
}): express.Router {
  const { service, httpAuth, logger } = options;
  const router = Router();
  router.param('architecture', (_req, _res, next, value: string) => {
    const ok = architectureName.safeParse(value).success;
    const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    next(
      ok
        ? undefined
        : new InputError(
            `architecture: ${JSON.stringify(
              shown,
            )} is not a reference architecture name (letters, digits, "-", "_", ".", at most 63 characters), e.g. event-driven-service`,
          ),
    );
  });
  router.use(catalogSnapshotHeaders(() => service.status()));
  const libraryFor = async (req: express.Request) =>
    service.get(await httpAuth.credentials(req));

  router.get('/architectures', async (req, res) => {
    const q = parse(libraryQuery, req.query, 'query');
    res.json(listArchitectures(await libraryFor(req), q as any));
  });

  router.get('/architectures/:architecture', async (req, res) => {
    const q = parse(detailQuery, req.query, 'query');
    res.json(
      architectureDetail(
        await libraryFor(req),
        req.params.architecture,
        q.version,
      ),
    );
  });

  router.get('/architectures/:architecture/adopters', async (req, res) => {
    const q = parse(adoptersQuery, req.query, 'query');
    res.json(adoptersOf(await libraryFor(req), req.params.architecture, q));
  });

  router.get('/architectures/:architecture/diff', async (req, res) => {
    const q = parse(diffQuery, req.query, 'query');
    res.json(
      diffOf(await libraryFor(req), req.params.architecture, q.from, q.to),
    );
  });

  router.get('/conformance', async (req, res) => {
    const q = parse(conformanceQuery, req.query, 'query');
    const answer = entityConformance(await libraryFor(req), q.entity);
    if (!answer) {
      // The same whether the entity is hidden, absent or follows nothing.
      throw new NotFoundError(
        `entity: ${q.entity} follows no reference architecture that you can see; a system follows one with the fitsys.dev/reference-architecture annotation`,
      );
    }
    res.json(answer);
  });

  router.get('/decisions', async (req, res) => {
    const q = parse(decisionsQuery, req.query, 'query');
    res.json(listDecisions(await libraryFor(req), q));
  });

  router.get('/revisits', async (req, res) => {
    parse(noQuery, req.query, 'query');
    res.json({ items: overdueRevisits(await libraryFor(req)) });
  });

  router.get('/adoption-problems', async (req, res) => {
    const q = parse(problemsQuery, req.query, 'query');
    const library = await libraryFor(req);
    const problems = [...library.adopters.values()]
      .map(a => a.summary)
      .filter(a => a.problem)
      .sort((a, b) => a.ref.localeCompare(b.ref));
    res.json({
      items: problems.slice(q.offset, q.offset + q.limit),
      totalCount: problems.length,
    });
  });

  router.use(handleUnknownRoutes(router, 'reference architectures'));
  router.use(createErrorHandler({ logger }));
  return router;
}
