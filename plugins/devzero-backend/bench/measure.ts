import {
  findMaxRate,
  LoadResult,
  LoadTableRow,
  LoadWorker,
  MaxRateResult,
} from '@internal/plugin-fitsys-node';
import { CLIENTS, SEARCH, TRIAL, WARM_UP } from './options';
import { BenchRoute } from './routes';
import { takeServerTimes } from './server';

// One route loaded as the report shows it: closed loop, paced, and the
// search for the highest paced rate within the route's target.

/** Measures one route: closed loop first (it warms the code), paced, then the search. */
export async function measureRoute(
  load: LoadWorker,
  base: string,
  route: BenchRoute,
): Promise<LoadTableRow[]> {
  const target = { baseUrl: base, route: route.http };
  const warmUpMs = WARM_UP * 1000;
  const closed: LoadTableRow[] = [];
  for (const { clients, count } of route.closed) {
    takeServerTimes();
    const result = await load.runClosedLoop({
      ...target,
      clients,
      count,
      warmUpMs,
    });
    closed.push(row(route, result, { server: takeServerTimes() }));
  }
  const paced: LoadTableRow[] = [];
  for (const { rate, count } of route.paced) {
    takeServerTimes();
    const result = await load.runPaced({
      ...target,
      rate,
      count,
      warmUpMs,
      maxInFlight: CLIENTS,
    });
    paced.push(row(route, result, { server: takeServerTimes() }));
  }
  takeServerTimes();
  const maxRate: MaxRateResult = await findMaxRate({
    targetP99Ms: route.target,
    startRate: route.startRate,
    durationMs: TRIAL * 1000,
    warmUpMs: Math.min(warmUpMs, 500),
    pauseMs: 200,
    maxTotalMs: SEARCH * 1000,
    trial: (rate, run) =>
      load.runPaced({ ...target, rate, ...run, maxInFlight: CLIENTS }),
  });
  const tried = maxRate.trials
    .map(t => `${t.rate}${t.pass ? '' : '✗'}`)
    .join(', ');
  return [
    ...paced,
    {
      route: route.name,
      targetP99Ms: route.target,
      maxRate,
      extra: {
        'server p50 / p99 ms': takeServerTimes(),
        'rates tried (✗ missed)': tried,
      },
    },
    ...closed,
  ];
}

export function row(
  route: BenchRoute,
  result: LoadResult,
  extra: { server: string },
): LoadTableRow {
  return {
    route: route.name,
    targetP99Ms: route.target,
    result,
    extra: {
      'server p50 / p99 ms': extra.server,
      // How late the load sent requests after they were due: the load
      // generator's own lag, or the in-flight bound (--clients) reached.
      'sent late p99 ms':
        result.mode === 'paced' ? result.sendLag.p99.toFixed(1) : '-',
    },
  };
}
