/* eslint-disable no-console */
// Each route loaded closed-loop, paced, and searched for the highest paced
// rate within the target, as the report's rows show them.
import {
  findMaxRate,
  LoadTableRow,
  LoadWorker,
} from '@internal/plugin-fitsys-node';
import {
  CLIENTS,
  PACES,
  REQUESTS,
  ROUTE,
  SEARCH,
  TARGET,
  TRIAL,
  WARM_UP,
} from './options';

/** The routes: a name and a path under /api/domain-catalog. */
export function benchRoutes(context: {
  /** How many contexts the whole map holds. */
  contexts: number;
  domain: string;
  ref: string;
  name: string;
}): Array<[string, string]> {
  return [
    [`whole context map (${context.contexts} contexts)`, '/map'],
    [
      'context map of one domain',
      `/map?domain=${encodeURIComponent(context.domain)}`,
    ],
    [
      'context map focused on one context',
      `/map?focus=${encodeURIComponent(context.ref)}&depth=2`,
    ],
    ['map aggregated by domain', '/map/domains'],
    ['glossary search', '/glossary?q=settlement'],
    ['glossary search, rare word', `/glossary?q=${encodeURIComponent('42-3')}`],
    ['one context', `/contexts/default/${context.name}`],
  ];
}

/** Loads the routes that --route names, from a worker thread. */
export async function loadRoutes(
  base: string,
  routes: Array<[string, string]>,
): Promise<LoadTableRow[]> {
  console.log('');
  console.log(
    `HTTP on loopback, load in a worker thread; target p99 < ${TARGET} ms on every route (a placeholder: --target). ` +
      `Paced: request i is due at i / rate and its latency counts from then (open loop, at most ${CLIENTS} in flight), ${REQUESTS} measured requests a row; the target is judged on these. ` +
      `Highest paced rate: stepped up from ${PACES[0]}/s, then bisected, ${TRIAL} s a rate, ${SEARCH} s at most a route. ` +
      `Closed loop: 1 and ${CLIENTS} clients back to back, ${REQUESTS} requests each, latency from sending; on a shared machine this measures the machine, not the code, so it has no verdict.`,
  );
  const load = LoadWorker.start();
  const rows: LoadTableRow[] = [];
  const warmUpMs = WARM_UP * 1000;
  try {
    for (const [name, route] of routes.filter(([n]) => n.includes(ROUTE))) {
      const target = { baseUrl: base, route: { name, path: route } };
      const closed: LoadTableRow[] = [];
      for (const clients of [1, CLIENTS]) {
        const result = await load.runClosedLoop({
          ...target,
          clients,
          count: REQUESTS,
          warmUpMs,
        });
        closed.push({ route: name, targetP99Ms: TARGET, result });
      }
      for (const rate of PACES) {
        const result = await load.runPaced({
          ...target,
          rate,
          count: REQUESTS,
          warmUpMs,
          maxInFlight: CLIENTS,
        });
        rows.push({ route: name, targetP99Ms: TARGET, result });
      }
      const maxRate = await findMaxRate({
        targetP99Ms: TARGET,
        startRate: PACES[0] ?? 100,
        durationMs: TRIAL * 1000,
        warmUpMs: Math.min(warmUpMs, 500),
        pauseMs: 200,
        maxTotalMs: SEARCH * 1000,
        trial: (rate, run) =>
          load.runPaced({ ...target, rate, ...run, maxInFlight: CLIENTS }),
      });
      rows.push({ route: name, targetP99Ms: TARGET, maxRate }, ...closed);
    }
  } finally {
    await load.close();
  }
  return rows;
}
