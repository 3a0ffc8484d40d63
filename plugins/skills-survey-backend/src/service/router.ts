import { HttpAuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CustomErrorBase, InputError } from '@backstage/errors';
import {
  createErrorHandler,
  handleUnknownRoutes,
  parse,
} from '@internal/plugin-fitsys-node';
import express from 'express';
import Router from 'express-promise-router';
import { ResultsService } from './ResultsService';
import { SurveyService } from './SurveyService';
import {
  answerBody,
  campaignIdSchema,
  campaignQuery,
  exportQuery,
  heatmapQuery,
  helpersBody,
  helpersQuery,
  holdBody,
  newCampaign,
  noQuery,
  receiptBody,
  resultsQuery,
  technologyIdSchema,
  textIdSchema,
} from './schemas';

/** A body in another format than JSON (HTTP 415). */
class UnsupportedMediaTypeError extends CustomErrorBase {
  name = 'UnsupportedMediaTypeError' as const;
  statusCode = 415 as const;
}

/** The skills-survey HTTP API: parse the input (./schemas.ts), ask the service, answer. */
export function createRouter(options: {
  service: SurveyService;
  results: ResultsService;
  httpAuth: HttpAuthService;
  logger: LoggerService;
}): express.Router {
  const { service, results, httpAuth, logger } = options;
  const router = Router();
  router.use(express.json({ limit: '256kb' }));
  router.use((req, _res, next) => {
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
  const viewer = async (req: express.Request) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    return { userRef: credentials.principal.userEntityRef, credentials };
  };
  const param =
    (name: string, schema: typeof campaignIdSchema) =>
    (_req: express.Request, _res: express.Response, next: any, v: string) => {
      const ok = schema.safeParse(v);
      next(
        ok.success
          ? undefined
          : new InputError(`${name}: ${ok.error.issues[0].message}`),
      );
    };
  router.param('id', param('id', campaignIdSchema));
  router.param('technologyId', param('technologyId', technologyIdSchema));
  router.param('textId', param('textId', textIdSchema));

  router.get('/technologies', async (req, res) => {
    parse(noQuery, req.query, 'query');
    res.json({ items: await service.technologies(await viewer(req)) });
  });

  router.get('/campaigns', async (req, res) => {
    parse(noQuery, req.query, 'query');
    res.json({ items: await service.listCampaigns(await viewer(req)) });
  });

  router.post('/campaigns', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const body = parse(newCampaign, req.body, 'body');
    res.status(201).json(await service.createCampaign(body, await viewer(req)));
  });

  router.get('/campaigns/:id', async (req, res) => {
    parse(noQuery, req.query, 'query');
    res.json(await service.getCampaign(req.params.id, await viewer(req)));
  });

  router.post('/campaigns/:id/open', async (req, res) => {
    parse(noQuery, req.query, 'query');
    res.json(await service.openCampaign(req.params.id, await viewer(req)));
  });

  router.post('/campaigns/:id/close', async (req, res) => {
    parse(noQuery, req.query, 'query');
    res.json(await service.closeCampaign(req.params.id, await viewer(req)));
  });

  router.get('/campaigns/:id/participation', async (req, res) => {
    parse(noQuery, req.query, 'query');
    res.json(await service.participation(req.params.id, await viewer(req)));
  });

  router.post('/campaigns/:id/answers', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const body = parse(answerBody, req.body, 'body');
    const result = await service.submit(req.params.id, body, await viewer(req));
    res.status(result.created ? 201 : 200).json(result);
  });

  router.put('/campaigns/:id/answers', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const body = parse(answerBody, req.body, 'body');
    res.json(await service.change(req.params.id, body, await viewer(req)));
  });

  // A POST, so that the receipt travels in the body, never in a URL or a log.
  router.post('/campaigns/:id/answers/lookup', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const { receipt } = parse(receiptBody, req.body, 'body');
    res.json(await service.readOwn(req.params.id, receipt, await viewer(req)));
  });

  router.get('/campaigns/:id/results', async (req, res) => {
    const q = parse(resultsQuery, req.query, 'query');
    res.json(
      await results.campaignResults(req.params.id, await viewer(req), q),
    );
  });

  router.get('/campaigns/:id/heatmap', async (req, res) => {
    const q = parse(heatmapQuery, req.query, 'query');
    // Serialised by the service, a row at a time, once per closed campaign:
    // written as the pieces it keeps.
    const body = await results.heatmapBody(req.params.id, await viewer(req), q);
    res.type('application/json');
    res.setHeader(
      'Content-Length',
      body.reduce((n, b) => n + b.length, 0),
    );
    for (const piece of body) res.write(piece);
    res.end();
  });

  router.get('/campaigns/:id/export', async (req, res) => {
    parse(exportQuery, req.query, 'query');
    const csv = await results.exportCsv(req.params.id, await viewer(req));
    res.setHeader(
      'Content-Disposition',
      'attachment; filename="skills-survey-results.csv"',
    );
    res.type('text/csv').send(csv);
  });

  router.get('/campaigns/:id/free-text', async (req, res) => {
    parse(noQuery, req.query, 'query');
    res.json(await results.freeText(req.params.id, await viewer(req)));
  });

  router.post('/campaigns/:id/free-text/:textId/hold', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const { held } = parse(holdBody, req.body, 'body');
    await results.holdFreeText(
      req.params.id,
      req.params.textId,
      held,
      await viewer(req),
    );
    res.status(204).end();
  });

  router.get('/gaps', async (req, res) => {
    const q = parse(campaignQuery, req.query, 'query');
    res.json(await results.gaps(await viewer(req), q.campaign));
  });

  router.get('/technologies/:technologyId/results', async (req, res) => {
    const q = parse(campaignQuery, req.query, 'query');
    res.json(
      await results.technologyResults(
        req.params.technologyId,
        await viewer(req),
        q.campaign,
      ),
    );
  });

  router.get('/helpers', async (req, res) => {
    const q = parse(helpersQuery, req.query, 'query');
    await viewer(req);
    res.json({ items: await service.helpers(q.technology) });
  });

  router.put('/helpers/me', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const body = parse(helpersBody, req.body, 'body');
    res.json({
      items: await service.setHelpers(body.technologies, await viewer(req)),
    });
  });

  router.use(handleUnknownRoutes([router], 'Skills survey'));
  router.use(createErrorHandler({ logger }));
  return router;
}
