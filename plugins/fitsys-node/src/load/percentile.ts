/**
 * The p-th percentile of values sorted in ascending order, by the
 * nearest-rank method: the smallest value such that at least p% of the
 * values are at or below it, which is the value at rank ⌈p/100 × n⌉
 * (1-based). It is always one of the values measured, never an
 * interpolation: with 300 latencies p99 is the 297th smallest, so the three
 * slowest lie above it. p = 0 gives the smallest value, p = 100 the largest;
 * an empty list gives NaN.
 *
 * @public
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) {
    throw new RangeError(`percentile must be within 0 and 100, not ${p}`);
  }
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/**
 * The usual figures of a list of latencies (ms), by {@link percentile}.
 *
 * @public
 */
export interface LatencySummary {
  count: number;
  min: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

/**
 * Summarises values in any order (the list is not changed); NaN figures for
 * an empty list.
 *
 * @public
 */
export function summarizeLatencies(values: readonly number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((total, v) => total + v, 0);
  return {
    count: sorted.length,
    min: sorted.length ? sorted[0] : NaN,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    mean: sorted.length ? sum / sorted.length : NaN,
  };
}
