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
  requireSeries,
} from '../model/queries';
import { listDecisions, overdueRevisits } from '../model/decisions';
import { ConformanceStore } from '../database/ConformanceStore';
import { ReferenceArchitecturesService } from './ReferenceArchitecturesService';
import {
  adoptersQuery,
  architectureName,
  conformanceQuery,
  conformanceTrendQuery,
  decisionsQuery,
  detailQuery,
  diffQuery,
  libraryQuery,
  problemsQuery,
  trendQuery,
} from './schemas';

/** The same whether the entity is hidden, absent or follows nothing. */
const noConformance = (entity: string) =>
  new NotFoundError(
    `entity: ${entity} follows no reference architecture that you can see; a system follows one with the fitsys.dev/reference-architecture annotation`,
  );

/** The first day of a trend of `days` days ending today. */
function firstDay(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - (days - 1));
  return date.toISOString().slice(0, 10);
}

/** The HTTP API of the reference architectures; every answer is of the snapshot as the caller may see it. */
export function createRouter(options: {
  service: ReferenceArchitecturesService;
  store: ConformanceStore;
  httpAuth: HttpAuthService;
  logger: LoggerService;
}): express.Router {
  const { service, store, httpAuth, logger } = options;
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

  router.get('/architectures/:architecture/trend', async (req, res) => {
    const q = parse(trendQuery, req.query, 'query');
    const library = await libraryFor(req);
    const entry = requireSeries(library, req.params.architecture);
    // Only the adopters the caller sees today count, on every day.
    const visible = new Set(entry.adopters.map(a => a.summary.ref));
    res.json({
      items: await store.seriesTrend(
        entry.series,
        firstDay(library.today, q.days),
        visible,
      ),
    });
  });

  router.get('/conformance/trend', async (req, res) => {
    const q = parse(conformanceTrendQuery, req.query, 'query');
    const library = await libraryFor(req);
    if (!entityConformance(library, q.entity)) throw noConformance(q.entity);
    res.json({
      items: await store.adopterTrend(
        q.entity.toLocaleLowerCase('en-US'),
        firstDay(library.today, q.days),
      ),
    });
  });

  router.get('/conformance', async (req, res) => {
    const q = parse(conformanceQuery, req.query, 'query');
    const answer = entityConformance(await libraryFor(req), q.entity);
    if (!answer) throw noConformance(q.entity);
    res.json(answer);
  });

  router.get('/decisions', async (req, res) => {
    const q = parse(decisionsQuery, req.query, 'query');
    res.json(
      listDecisions(await libraryFor(req), q, await service.adrRecords()),
    );
  });

  router.get('/adr-sources', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const library = await libraryFor(req);
    res.json({
      items: (await service.adrSources()).filter(source =>
        library.adrKeepers.has(source.entityRef),
      ),
    });
  });

  router.get('/revisits', async (req, res) => {
    parse(noQuery, req.query, 'query');
    res.json({
      items: overdueRevisits(await libraryFor(req), await service.adrRecords()),
    });
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
