import { runPaced } from './runPaced';
import { LoadClock, LoadResult, LoadSend, realClock } from './types';

/**
 * Whether a run kept its target, and why (or why not).
 *
 * @public
 */
export interface LoadVerdict {
  pass: boolean;
  reason: string;
}

/**
 * A run keeps a p99 target when its p99 latency is strictly under the
 * target and no more of its measured requests failed (non-2xx, errors and
 * timeouts together) than `maxErrorRate` allows (default none).
 *
 * @public
 */
export function judgeLoad(
  result: LoadResult,
  targetP99Ms: number,
  options?: { maxErrorRate?: number },
): LoadVerdict {
  const failures = result.non2xx + result.errors + result.timeouts;
  const allowed = Math.floor((options?.maxErrorRate ?? 0) * result.requests);
  if (failures > allowed) {
    return {
      pass: false,
      reason: `${failures} of ${result.requests} requests failed`,
    };
  }
  const p99 = result.latency.p99;
  if (!(p99 < targetP99Ms)) {
    return {
      pass: false,
      reason: `p99 ${p99.toFixed(1)} ms ≥ ${targetP99Ms} ms`,
    };
  }
  return { pass: true, reason: `p99 ${p99.toFixed(1)} ms < ${targetP99Ms} ms` };
}

/**
 * Options of {@link findMaxRate}. Give `send` (each trial is a
 * {@link runPaced} run) or `trial` (runs one trial at a rate, for example in
 * a worker thread).
 *
 * @public
 */
export interface FindMaxRateOptions {
  /** The p99 latency (ms) a rate must stay strictly under. */
  targetP99Ms: number;
  send?: LoadSend;
  trial?: (
    rate: number,
    run: { durationMs: number; warmUpMs: number; maxDurationMs: number },
  ) => Promise<LoadResult>;
  /**
   * Rates to try, in ascending order, up to the first that fails; then the
   * gap below it is bisected. Without them the search starts at
   * `startRate` and multiplies by `growth` until a rate fails.
   */
  rates?: number[];
  /** Default 10 requests a second. */
  startRate?: number;
  /** Default 2. */
  growth?: number;
  /** Never try above this rate (default 100,000 a second). */
  maxRate?: number;
  /**
   * If the start rate fails, rates are divided by `growth` down to this
   * (default the start rate / 16) before giving up.
   */
  minRate?: number;
  /** Bisection steps at most between the highest pass and lowest fail (default 4). */
  refineSteps?: number;
  /** Stop bisecting when the gap is within this fraction of the passing rate (default 0.05). */
  precision?: number;
  /** Measured length of each trial (ms, default 2,000). */
  durationMs?: number;
  /** Unmeasured requests at the trial's rate before each trial (ms, default 500). */
  warmUpMs?: number;
  /** Pause between trials (ms, default 0), for a server to drain. */
  pauseMs?: number;
  /** For `send`: see {@link PacedOptions.maxInFlight}. */
  maxInFlight?: number;
  /**
   * The whole search stops before a trial that would end after this long
   * (ms, default 60,000); the highest rate that passed so far is returned.
   */
  maxTotalMs?: number;
  /** See {@link judgeLoad}. */
  maxErrorRate?: number;
  clock?: LoadClock;
}

/**
 * One rate tried by {@link findMaxRate}.
 *
 * @public
 */
export interface RateTrial extends LoadVerdict {
  rate: number;
  result: LoadResult;
}

/**
 * What {@link findMaxRate} found.
 *
 * @public
 */
export interface MaxRateResult {
  targetP99Ms: number;
  /** The highest rate tried that kept the target; undefined if none did. */
  maxRate?: number;
  /** That rate's trial. */
  best?: RateTrial;
  /** The lowest rate tried that missed the target, if any. */
  lowestFailingRate?: number;
  /** Every trial, in the order run. */
  trials: RateTrial[];
  /**
   * Why the search ended: `bracketed` (bisected between a pass and a fail
   * to the precision or step limit), `max-rate` (the cap passed),
   * `ladder-end` (every given rate passed), `none-passed`, or `budget`
   * (out of time: the answer is a lower bound).
   */
  stoppedBy: 'bracketed' | 'max-rate' | 'ladder-end' | 'none-passed' | 'budget';
}

/** Rounds a rate to two significant digits, so that the rates tried read well. */
function roundRate(rate: number, digits = 2): number {
  if (!(rate > 0)) return rate;
  const magnitude = 10 ** (Math.floor(Math.log10(rate)) - (digits - 1));
  return Number((Math.round(rate / magnitude) * magnitude).toPrecision(12));
}

/**
 * The highest paced rate whose p99 latency stays under a target: steps the
 * rate up (or through the given ladder) until a rate misses, then bisects
 * between the highest that kept it and the lowest that missed. Each trial is
 * a fresh {@link runPaced} run; the search assumes latency grows with the
 * rate, and stops within `maxTotalMs`.
 *
 * @public
 */
export async function findMaxRate(
  options: FindMaxRateOptions,
): Promise<MaxRateResult> {
  const clock = options.clock ?? realClock;
  const { targetP99Ms } = options;
  const durationMs = options.durationMs ?? 2000;
  const warmUpMs = options.warmUpMs ?? 500;
  const pauseMs = options.pauseMs ?? 0;
  const growth = options.growth ?? 2;
  const cap = options.maxRate ?? 100_000;
  const precision = options.precision ?? 0.05;
  const maxTotalMs = options.maxTotalMs ?? 60_000;
  if (!(growth > 1)) throw new RangeError('growth must be over 1');
  const run =
    options.trial ??
    ((
      rate: number,
      r: Parameters<NonNullable<FindMaxRateOptions['trial']>>[1],
    ) => {
      if (!options.send) throw new Error('findMaxRate needs send or trial');
      return runPaced({
        rate,
        durationMs: r.durationMs,
        warmUpMs: r.warmUpMs,
        maxDurationMs: r.maxDurationMs,
        send: options.send,
        maxInFlight: options.maxInFlight,
        clock,
      });
    });

  const started = clock.now();
  const trials: RateTrial[] = [];
  let best: RateTrial | undefined;
  let lowestFail: number | undefined;

  /** Runs a trial, or returns undefined when the budget has no room for it. */
  const attempt = async (rate: number): Promise<RateTrial | undefined> => {
    const elapsed = clock.now() - started;
    if (
      trials.length > 0 &&
      elapsed + pauseMs + warmUpMs + durationMs > maxTotalMs
    )
      return undefined;
    if (trials.length > 0 && pauseMs > 0) await clock.sleep(pauseMs);
    // A trial whose requests are not all answered soon after the last was
    // due has missed anyway; it need not wait long for them.
    const maxDurationMs =
      warmUpMs + durationMs + Math.max(1000, 4 * targetP99Ms);
    const result = await run(rate, { durationMs, warmUpMs, maxDurationMs });
    const trial = {
      rate,
      result,
      ...judgeLoad(result, targetP99Ms, options),
    };
    trials.push(trial);
    if (trial.pass) {
      if (!best || rate > best.rate) best = trial;
    } else if (lowestFail === undefined || rate < lowestFail) {
      lowestFail = rate;
    }
    return trial;
  };
  const done = (stoppedBy: MaxRateResult['stoppedBy']): MaxRateResult => ({
    targetP99Ms,
    maxRate: best?.rate,
    best,
    lowestFailingRate: lowestFail,
    trials,
    stoppedBy,
  });

  // Bracket: find a passing rate and a failing one above it.
  if (options.rates?.length) {
    const ladder = [...options.rates].sort((a, b) => a - b);
    for (const rate of ladder) {
      const trial = await attempt(rate);
      if (!trial) return done('budget');
      if (!trial.pass) break;
    }
    if (lowestFail === undefined) return done('ladder-end');
    if (!best) return done('none-passed');
  } else {
    let rate = Math.min(options.startRate ?? 10, cap);
    const minRate = options.minRate ?? rate / 16;
    for (;;) {
      const trial = await attempt(rate);
      if (!trial) return done('budget');
      if (trial.pass) {
        if (lowestFail !== undefined) break;
        if (rate >= cap) return done('max-rate');
        rate = Math.min(roundRate(rate * growth), cap);
      } else {
        if (best) break;
        const lower = roundRate(rate / growth);
        if (lower < minRate || lower >= rate) return done('none-passed');
        rate = lower;
      }
    }
  }

  // Bisect between the highest pass and the lowest fail.
  for (let step = 0; step < (options.refineSteps ?? 4); step++) {
    const lo = best!.rate;
    const hi = lowestFail!;
    if ((hi - lo) / lo <= precision) break;
    let mid = roundRate((lo + hi) / 2);
    if (mid <= lo || mid >= hi) mid = roundRate((lo + hi) / 2, 4);
    if (mid <= lo || mid >= hi) break;
    if (!(await attempt(mid))) return done('budget');
  }
  return done('bracketed');
}
