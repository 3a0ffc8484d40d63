import { HttpAuthService, LoggerService } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  catalogSnapshotHeaders,
  createErrorHandler,
  handleUnknownRoutes,
  parse,
} from '@internal/plugin-fitsys-node';
import express from 'express';
import Router from 'express-promise-router';
import { DependencyMapAnalysis } from '../model/DependencyMapAnalysis';
import {
  subgraphToDot,
  subgraphToJson,
  subgraphToMermaid,
} from '../model/diagram';
import { FleetHistoryStore } from '../database/FleetHistoryStore';
import { fleetFigures } from '../model/fleetFigures';
import { DependencyMapService } from './DependencyMapService';
import {
  availabilityQuery,
  correlationGroupsQuery,
  exportHotSpotsQuery,
  graphExportQuery,
  graphQuery,
  hotSpotsQuery,
  journeyName,
  noQuery,
  nodeQuery,
  problemsQuery,
  risksQuery,
  trendQuery,
  whatIfBody,
} from './schemas';

/**
 * The answer for a node the caller cannot see. It reads the same whether the
 * node does not exist or is hidden, so nothing hidden leaks through the
 * difference.
 */
export function noSuchNode(field: string, id: string): NotFoundError {
  return new NotFoundError(
    `${field}: there is no entity or shared fact "${id}" in the dependency map; write a ref such as component:default/card-authoriser, or a fact such as zone:eu-west-1a`,
  );
}

const noSuchJourney = (name: string) =>
  new NotFoundError(
    `journey: there is no journey "${name}"; GET /journeys lists them`,
  );

/** The node `field` names, or a 404 that says so. */
export function requireNode(
  analysis: DependencyMapAnalysis,
  field: string,
  id: string,
): number {
  const node = analysis.nodeOf(id);
  if (node === undefined) throw noSuchNode(field, id);
  return node;
}

/** The HTTP API of the dependency map; every route answers from the snapshot, as the caller may see it. */
export function createRouter(options: {
  service: DependencyMapService;
  /** The recorded trend; without it the trend is today's figures alone. */
  history?: FleetHistoryStore;
  httpAuth: HttpAuthService;
  logger: LoggerService;
}): express.Router {
  const { service, history, httpAuth, logger } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));
  router.param('journey', (_req, _res, next, value: string) => {
    const ok = journeyName.safeParse(value).success;
    const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    next(
      ok
        ? undefined
        : new InputError(
            `journey: ${JSON.stringify(
              shown,
            )} is not a journey name (letters, digits and "-", at most 63 characters), e.g. pay-with-card`,
          ),
    );
  });
  // Each answer says how old the catalog snapshot behind it is.
  router.use(catalogSnapshotHeaders(() => service.status()));
  const analysisFor = async (req: express.Request) =>
    service.get(await httpAuth.credentials(req));

  router.get('/trend', async (req, res) => {
    const q = parse(trendQuery, req.query, 'query');
    const credentials = await httpAuth.credentials(req);
    const analysis = await service.get(credentials);
    const now = fleetFigures(analysis, new Date().toISOString().slice(0, 10));
    const wholeCatalog = await service.seesAll(credentials);
    if (!history || !wholeCatalog) {
      // The recorded days count the whole catalog: a caller who sees part
      // of it gets today's figures of what they see, nothing more.
      res.json({ items: [now], wholeCatalog });
      return;
    }
    const from = new Date(`${now.day}T00:00:00Z`);
    from.setUTCDate(from.getUTCDate() - (q.days - 1));
    const items = await history.since(from.toISOString().slice(0, 10));
    if (items[items.length - 1]?.day !== now.day) items.push(now);
    res.json({ items, wholeCatalog: true });
  });

  router.get('/hot-spots', async (req, res) => {
    const q = parse(hotSpotsQuery, req.query, 'query');
    res.json((await analysisFor(req)).hotSpots(q));
  });

  router.get('/export/hot-spots', async (req, res) => {
    const q = parse(exportHotSpotsQuery, req.query, 'query');
    const csv = (await analysisFor(req)).hotSpotsCsv(q.type);
    res.setHeader(
      'Content-Disposition',
      'attachment; filename="dependency-hot-spots.csv"',
    );
    res.type('text/csv').send(csv);
  });

  router.get('/inventory', async (req, res) => {
    const q = parse(nodeQuery, req.query, 'query');
    const analysis = await analysisFor(req);
    res.json(
      analysis.inventoryItem(requireNode(analysis, 'node', q.node), q.limit),
    );
  });

  router.get('/blast-radius', async (req, res) => {
    const q = parse(nodeQuery, req.query, 'query');
    const analysis = await analysisFor(req);
    res.json(
      analysis.blastRadius(requireNode(analysis, 'node', q.node), q.limit),
    );
  });

  router.post('/what-if', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const body = parse(whatIfBody, req.body, 'body');
    const analysis = await analysisFor(req);
    const { nodes, unknown } = analysis.resolveFailures(body);
    if (unknown.length) {
      const shown = unknown.slice(0, 20).map(u => JSON.stringify(u));
      throw new InputError(
        `body: ${
          unknown.length
        } of the things named fail nothing the dependency map knows: ${shown.join(
          ', ',
        )}${
          unknown.length > 20 ? ', …' : ''
        }; name entities by ref (resource:default/payments-db) and zones, regions, clusters, images and libraries as their annotations write them`,
      );
    }
    res.json(analysis.whatIf(nodes, body.limit));
  });

  router.get('/correlation-groups', async (req, res) => {
    const q = parse(correlationGroupsQuery, req.query, 'query');
    res.json((await analysisFor(req)).correlationGroups(q.offset, q.limit));
  });

  router.get('/journeys', async (req, res) => {
    parse(noQuery, req.query, 'query');
    res.json({ items: (await analysisFor(req)).journeys() });
  });

  router.get('/journeys/:journey', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const name = req.params.journey.toLocaleLowerCase('en-US');
    const journey = (await analysisFor(req)).journey(name);
    if (!journey) throw noSuchJourney(name);
    res.json(journey);
  });

  router.get('/availability', async (req, res) => {
    const q = parse(availabilityQuery, req.query, 'query');
    const analysis = await analysisFor(req);
    res.json(
      analysis.entityAvailability(requireNode(analysis, 'entity', q.entity)),
    );
  });

  router.get('/journeys/:journey/availability', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const name = req.params.journey.toLocaleLowerCase('en-US');
    const availability = (await analysisFor(req)).journeyAvailability(name);
    if (!availability) throw noSuchJourney(name);
    res.json(availability);
  });

  router.get('/annotation-problems', async (req, res) => {
    const q = parse(problemsQuery, req.query, 'query');
    const analysis = await analysisFor(req);
    const entity =
      q.entity === undefined
        ? undefined
        : requireNode(analysis, 'entity', q.entity);
    res.json(analysis.problems({ entity, offset: q.offset, limit: q.limit }));
  });

  router.get('/risks', async (req, res) => {
    const q = parse(risksQuery, req.query, 'query');
    res.json((await analysisFor(req)).risks(q.limit));
  });

  router.get('/export/graph', async (req, res) => {
    const q = parse(graphExportQuery, req.query, 'query');
    const analysis = await analysisFor(req);
    const subgraph = analysis.subgraph(requireNode(analysis, 'node', q.node), {
      depth: q.depth,
      direction: q.direction,
      maxNodes: q.maxNodes,
    });
    const text =
      q.format === 'mermaid'
        ? subgraphToMermaid(analysis.graph, subgraph)
        : subgraphToDot(analysis.graph, subgraph);
    const extension = q.format === 'mermaid' ? 'mmd' : 'dot';
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="dependencies.${extension}"`,
    );
    res.setHeader('Subgraph-Truncated', String(subgraph.truncated));
    res.type('text/plain').send(text);
  });

  router.get('/graph', async (req, res) => {
    const q = parse(graphQuery, req.query, 'query');
    const analysis = await analysisFor(req);
    const focus = requireNode(analysis, 'node', q.node);
    const subgraph = analysis.subgraph(focus, {
      depth: q.depth,
      direction: q.direction,
      maxNodes: q.maxNodes,
    });
    res.json(subgraphToJson(analysis.graph, focus, subgraph));
  });

  router.get('/snapshot', async (req, res) => {
    parse(noQuery, req.query, 'query');
    await httpAuth.credentials(req);
    res.json(service.status());
  });

  router.use(handleUnknownRoutes(router, 'dependency map'));
  router.use(createErrorHandler({ logger }));
  return router;
}
