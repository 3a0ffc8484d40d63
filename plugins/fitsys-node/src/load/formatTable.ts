import { MaxRateResult, judgeLoad } from './findMaxRate';
import { LoadResult } from './types';

/**
 * A row of {@link formatTable}: a run's figures, or the outcome of a
 * {@link findMaxRate} search.
 *
 * @public
 */
export type LoadTableRow = {
  route: string;
  /** The route's p99 target (ms), judged on paced rows. */
  targetP99Ms?: number;
  /** More columns, by header, after the standard ones. */
  extra?: Record<string, string>;
} & ({ result: LoadResult } | { maxRate: MaxRateResult });

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '-' : value.toFixed(1);

/** A rate in requests a second, as it reads best. */
export function formatRate(rate: number | undefined): string {
  if (rate === undefined || Number.isNaN(rate)) return '-';
  return rate.toLocaleString('en-US', {
    maximumFractionDigits: rate >= 10 ? 0 : 1,
  });
}

function failures(result: LoadResult | undefined): string {
  if (!result) return '-';
  const parts = [
    ...Object.entries(result.statuses).map(([status, n]) => `${n} × ${status}`),
    ...(result.errors ? [`${result.errors} errors`] : []),
    ...(result.timeouts ? [`${result.timeouts} timeouts`] : []),
  ];
  const total = result.non2xx + result.errors + result.timeouts;
  return total ? `${total} (${parts.join(', ')})` : '0';
}

function cells(row: LoadTableRow): string[] {
  const target = row.targetP99Ms;
  if ('maxRate' in row) {
    const search = row.maxRate;
    const best = search.best?.result;
    // Without a rate that missed, the highest that met the target is only a
    // lower bound.
    const lowerBound = search.lowestFailingRate === undefined;
    const why = {
      bracketed: '',
      'none-passed': '',
      budget:
        lowerBound || search.maxRate === undefined
          ? ' (search out of time)'
          : ' (bisection cut short: out of time)',
      'ladder-end': ' (every rate given met it)',
      'max-rate': ' (the rate cap met it)',
    }[search.stoppedBy];
    const missedAt =
      search.lowestFailingRate !== undefined
        ? `; missed at ${formatRate(search.lowestFailingRate)}/s`
        : '';
    const lowest = Math.min(...search.trials.map(t => t.rate));
    return [
      'highest paced rate within target',
      search.maxRate === undefined
        ? `< ${formatRate(lowest)}`
        : `${lowerBound ? '≥ ' : ''}${formatRate(search.maxRate)}`,
      ms(best?.latency.p50),
      ms(best?.latency.p99),
      ms(best?.latency.max),
      failures(best),
      search.maxRate === undefined
        ? `< ${
            search.targetP99Ms
          } ms: missed at every rate tried, down to ${formatRate(
            lowest,
          )}/s${why}`
        : `< ${search.targetP99Ms} ms: met up to ${formatRate(
            search.maxRate,
          )}/s${missedAt}${why}`,
    ];
  }
  const { result } = row;
  const head = [ms(result.latency.p50), ms(result.latency.p99)];
  if (result.mode === 'closed-loop') {
    return [
      `closed loop, ${result.clients} client${
        result.clients === 1 ? '' : 's'
      } back to back (machine-bound)`,
      `${formatRate(result.throughput)} achieved`,
      ...head,
      ms(result.latency.max),
      failures(result),
      'no verdict: machine-bound',
    ];
  }
  let verdict = '-';
  if (target !== undefined) {
    const judged = judgeLoad(result, target);
    verdict = judged.pass
      ? `< ${target} ms: met`
      : `< ${target} ms: MISSED (${judged.reason})`;
  }
  return [
    'paced',
    formatRate(result.rate),
    ...head,
    ms(result.latency.max),
    failures(result),
    verdict,
  ];
}

/**
 * A Markdown table of load figures, one row per run or search: route, load,
 * rate (offered when paced, achieved when closed-loop), p50, p99 and max
 * latency (ms), failed requests, and the verdict against the route's p99
 * target. Paced rows are judged; closed-loop rows are labelled
 * machine-bound and not judged.
 *
 * @public
 */
export function formatTable(rows: readonly LoadTableRow[]): string {
  const extraHeaders = [
    ...new Set(rows.flatMap(r => Object.keys(r.extra ?? {}))),
  ];
  const header = [
    'route',
    'load',
    'rate, req/s',
    'p50 ms',
    'p99 ms',
    'max ms',
    'failed',
    'target p99',
    ...extraHeaders,
  ];
  const right = new Set([2, 3, 4, 5]);
  const body = rows.map(row => [
    row.route,
    ...cells(row),
    ...extraHeaders.map(h => row.extra?.[h] ?? '-'),
  ]);
  const widths = header.map((h, c) =>
    Math.max(3, h.length, ...body.map(r => r[c].length)),
  );
  const line = (values: string[]) =>
    `| ${values
      .map((v, c) =>
        right.has(c) ? v.padStart(widths[c]) : v.padEnd(widths[c]),
      )
      .join(' | ')} |`;
  const rule = `| ${widths
    .map((w, c) => (right.has(c) ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)))
    .join(' | ')} |`;
  return [line(header), rule, ...body.map(line)].join('\n');
}
