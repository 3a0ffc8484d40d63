import { HttpAuthService, LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  createErrorHandler,
  handleUnknownRoutes,
  noQuery,
  parse,
} from '@internal/plugin-fitsys-node';
import express from 'express';
import Router from 'express-promise-router';
import { duplicateCandidates } from './duplicateCandidates';
import { findingsToCsv } from './exportFindings';
import { FindingService } from './FindingService';
import { UnsupportedMediaTypeError } from './images';
import {
  findingFilterOf,
  findingQueryOf,
  frictionFilterOf,
  inboxQueryOf,
  insightsFilterOf,
  triageChangeOf,
} from './queries';
import {
  commentBody,
  duplicateCandidatesQuery,
  exportQuery,
  frictionQuery,
  idempotencyKey,
  inboxQuery,
  insightsQuery,
  listQuery,
  meTooBody,
  newFinding,
  similarQuery,
  triageBody,
} from './schemas';

const ID = /^[0-9a-f-]{36}$/;

/** The Developer Zero HTTP API: parse the input (./schemas.ts), ask the service, answer. */
export function createRouter(options: {
  service: FindingService;
  httpAuth: HttpAuthService;
  logger: LoggerService;
  /** Routers mounted before this one (attachments), whose routes count for 405s. */
  before?: express.Router[];
}): express.Router {
  const { service, httpAuth, logger } = options;
  const router = Router();
  router.use(express.json({ limit: '256kb' }));
  router.use((req, _res, next) => {
    // A body the JSON parser skipped would read as empty: say why instead.
    const type = req.header('content-type');
    const empty = req.header('content-length') === '0';
    next(
      !empty && req.is('application/json') === false
        ? new UnsupportedMediaTypeError(
            type
              ? `Content-Type: send the body as application/json, not ${type}`
              : 'Content-Type: missing; send the body as application/json',
          )
        : undefined,
    );
  });
  const viewer = async (req: express.Request) =>
    service.viewer(await httpAuth.credentials(req, { allow: ['user'] }));
  // Other plugins (the search collator) may read the list as a service.
  const reader = async (req: express.Request) =>
    service.viewer(
      await httpAuth.credentials(req, { allow: ['user', 'service'] }),
    );
  router.param('id', (_req, _res, next, id) => {
    next(
      ID.test(id)
        ? undefined
        : new InputError(`id: "${id}" is not a finding id`),
    );
  });

  router.post('/findings', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const { hideReporter, ...body } = parse(newFinding, req.body, 'body');
    const header = req.header('idempotency-key');
    if (header !== undefined && !idempotencyKey.safeParse(header).success)
      throw new InputError(
        `Idempotency-Key: must be 8 to 128 characters, not ${header.length}`,
      );
    const key = header ?? body.idempotencyKey;
    const result = await service.file(
      { ...body, reporterHidden: hideReporter, idempotencyKey: key },
      await viewer(req),
    );
    res.status(result.created ? 201 : 200).json(result.finding);
  });

  router.get('/findings/export', async (req, res) => {
    const { format, sort, order, ...rest } = parse(
      exportQuery,
      req.query,
      'query',
    );
    const me = await viewer(req);
    const findings = await service.exportAll(
      { ...findingFilterOf(rest, me), sort, order },
      me,
    );
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="findings.${format}"`,
    );
    if (format === 'csv') {
      res.type('text/csv').send(findingsToCsv(findings));
    } else {
      res.json(findings);
    }
  });

  router.get('/findings', async (req, res) => {
    const q = parse(listQuery, req.query, 'query');
    const me = await reader(req);
    res.json(await service.list(findingQueryOf(q, me), me));
  });

  router.get('/inbox', async (req, res) => {
    const q = parse(inboxQuery, req.query, 'query');
    const me = await viewer(req);
    res.json(await service.list(inboxQueryOf(q, me, new Date()), me));
  });

  router.get('/insights', async (req, res) => {
    const q = parse(insightsQuery, req.query, 'query');
    const me = await viewer(req);
    res.json(await service.insights(insightsFilterOf(q, me), me));
  });

  // Other plugins (the skills survey) read it with their own credentials.
  router.get('/friction/entities', async (req, res) => {
    const q = parse(frictionQuery, req.query, 'query');
    res.json({
      items: await service.frictionByEntity(
        frictionFilterOf(q),
        await reader(req),
      ),
    });
  });

  router.get('/findings/similar', async (req, res) => {
    const q = parse(similarQuery, req.query, 'query');
    res.json({
      items: await service.similar(q.entity, q.title, await viewer(req)),
    });
  });

  router.get('/findings/:id', async (req, res) => {
    parse(noQuery, req.query, 'query');
    res.json(await service.get(req.params.id, await viewer(req)));
  });

  router.get('/findings/:id/similar', async (req, res) => {
    const q = parse(duplicateCandidatesQuery, req.query, 'query');
    res.json({
      items: await duplicateCandidates(
        service,
        { id: req.params.id, q: q.q, limit: q.limit },
        await viewer(req),
      ),
    });
  });

  router.post('/findings/:id/triage', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const body = parse(triageBody, req.body, 'body');
    res.json(
      await service.triage(
        req.params.id,
        triageChangeOf(body),
        await viewer(req),
      ),
    );
  });

  router.post('/findings/:id/comments', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const body = parse(commentBody, req.body, 'body');
    res
      .status(201)
      .json(await service.comment(req.params.id, body.body, await viewer(req)));
  });

  router.post('/findings/:id/me-too', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const body = parse(meTooBody, req.body, 'body');
    res.json(await service.meToo(req.params.id, body, await viewer(req)));
  });

  router.use(
    handleUnknownRoutes([...(options.before ?? []), router], 'Developer Zero'),
  );
  router.use(createErrorHandler({ logger }));
  return router;
}
