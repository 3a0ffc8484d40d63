// The paced open-loop load through the router: each route at a fixed rate
// from a separate load process, then the highest rate the what-if keeps its
// target at.
import {
  findMaxRate,
  HttpLoadRoute,
  LoadTableRow,
  MaxRateResult,
} from '@internal/plugin-fitsys-node';
import { LoadProcess } from './loadProcess';
import { BenchServer, ServerFigures } from './server';

/** The p99 (ms) every route is held to. */
export const TARGET_P99_MS = 20;

/** The routes the bench loads; `whatIf` is also the one searched for its highest rate. */
export function benchRoutes(options: {
  /** The i-th component asked about. */
  pick: (i: number) => string;
  /** The most depended-on entity. */
  topId: string;
  /** Requests a run sends, warm-up included. */
  count: number;
}): { routes: HttpLoadRoute[]; whatIf: HttpLoadRoute } {
  const { pick, topId, count } = options;
  const blastRadius: HttpLoadRoute = {
    name: 'GET /blast-radius (random component)',
    path: Array.from(
      { length: count },
      (_, i) => `/blast-radius?node=${encodeURIComponent(pick(i))}&limit=25`,
    ),
  };
  const whatIf: HttpLoadRoute = {
    name: 'POST /what-if (3 random components)',
    method: 'POST',
    path: '/what-if',
    headers: { 'content-type': 'application/json' },
    body: Array.from({ length: count }, (_, i) => ({
      entities: [pick(i), pick(i + 1), pick(i + 2)],
      limit: 25,
    })),
  };
  const top: HttpLoadRoute = {
    name: `GET /blast-radius (${topId})`,
    path: `/blast-radius?node=${encodeURIComponent(topId)}&limit=25`,
  };
  return { routes: [blastRadius, whatIf, top], whatIf };
}

/** What the load gave: the client's figures, the server's, and the highest rate. */
export interface PacedLoadFigures {
  rows: LoadTableRow[];
  server: { route: string; p99: number; figures: ServerFigures }[];
  maxRate?: MaxRateResult;
}

export async function runPacedLoad(options: {
  server: BenchServer;
  routes: HttpLoadRoute[];
  /** The route searched for its highest rate. */
  searched: HttpLoadRoute;
  rate: number;
  requests: number;
}): Promise<PacedLoadFigures> {
  const { server, rate, requests } = options;
  const load = await LoadProcess.start();
  const figures: PacedLoadFigures = { rows: [], server: [] };
  try {
    for (const route of options.routes) {
      const { result, server: seen } = await server.observed(() =>
        load.runPaced({
          baseUrl: server.base,
          route,
          rate,
          count: requests,
          warmUpMs: 2000,
          maxInFlight: 64,
        }),
      );
      figures.rows.push({
        route: route.name,
        targetP99Ms: TARGET_P99_MS,
        result,
      });
      figures.server.push({
        route: route.name,
        p99: result.latency.p99,
        figures: seen,
      });
    }
    // The highest paced rate at which the what-if keeps its p99 under 20 ms.
    figures.maxRate = await findMaxRate({
      targetP99Ms: TARGET_P99_MS,
      startRate: 100,
      growth: 2,
      durationMs: 3000,
      warmUpMs: 1000,
      pauseMs: 500,
      maxTotalMs: 45_000,
      trial: (trialRate, r) =>
        load.runPaced({
          baseUrl: server.base,
          route: options.searched,
          rate: trialRate,
          durationMs: r.durationMs,
          warmUpMs: r.warmUpMs,
          maxDurationMs: r.maxDurationMs,
          maxInFlight: 64,
        }),
    });
  } finally {
    await load.close();
  }
  return figures;
}
