import { LatencySummary, summarizeLatencies } from './percentile';

/**
 * What a request's sender resolves with: nothing (a success), or the HTTP
 * status it got. A status outside 200–299 counts as non-2xx; a rejection
 * counts as an error.
 *
 * @public
 */
export type LoadSendOutcome = void | { status: number };

/**
 * Sends the i-th request (0-based, warm-up requests included, so that a
 * route can rotate through users or paths by it) and resolves when its
 * answer has been read in full. The signal aborts when the run gives up on
 * the request (its deadline passed); a sender may stop on it.
 *
 * @public
 */
export type LoadSend = (
  i: number,
  context: { signal: AbortSignal },
) => Promise<LoadSendOutcome>;

/**
 * The time source of a run: milliseconds on a monotonic clock and a sleep
 * that resolves early when its signal aborts. Tests pass a virtual clock.
 *
 * @public
 */
export interface LoadClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/**
 * The wall clock: `performance.now()` and `setTimeout`, which wakes up to a
 * millisecond or so late (that lateness is measured, see
 * {@link LoadResult.sendLag}).
 *
 * @public
 */
export const realClock: LoadClock = {
  now: () => performance.now(),
  sleep: (ms, signal) =>
    new Promise<void>(resolve => {
      if (signal?.aborted) {
        resolve();
        return;
      }
      let timer: ReturnType<typeof setTimeout> | undefined = undefined;
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      timer = setTimeout(done, Math.max(0, ms));
      signal?.addEventListener('abort', done, { once: true });
    }),
};

/**
 * The figures of one run, paced or closed-loop, over its measured requests
 * (warm-up requests are sent but not counted).
 *
 * @public
 */
export interface LoadResult {
  mode: 'paced' | 'closed-loop';
  /** Paced: the rate offered, requests a second. */
  rate?: number;
  /** Closed loop: how many clients sent back to back. */
  clients?: number;
  /** Measured requests the run was to send. */
  requests: number;
  /** Answered with 2xx (or a sender that resolved with nothing). */
  ok: number;
  /** Answered with a status outside 200–299. */
  non2xx: number;
  /** The sender rejected (connection refused, reset, its own timeout…). */
  errors: number;
  /** Not answered (or, paced, not even sent) when the run's deadline came. */
  timeouts: number;
  /** Count of each non-2xx status. */
  statuses: Record<string, number>;
  /** Up to five distinct error messages, for a first look. */
  errorMessages: string[];
  /**
   * Latency of every measured request, whatever its outcome, in ms: paced,
   * from when the request was due (start + i / rate), so time spent waiting
   * to be sent (a stalled event loop, the in-flight bound) counts;
   * closed-loop, from when it was sent. A request still unanswered at the
   * deadline counts with its time until then (a lower bound).
   */
  latency: LatencySummary;
  /** The same latencies, sorted ascending. */
  latenciesMs: number[];
  /** From being sent to being answered (ms): what a closed loop measures. */
  service: LatencySummary;
  /**
   * Paced: how late requests were sent after they were due (ms): the load
   * generator's own lag plus waits for the in-flight bound. All zeros for a
   * closed loop.
   */
  sendLag: LatencySummary;
  /** From the first measured request's due (or send) time to the last answer. */
  durationMs: number;
  /** Measured requests answered (any status) per second of durationMs. */
  throughput: number;
}

/** Is a run's outcome a success? */
export function isSuccess(outcome: LoadSendOutcome): boolean {
  if (outcome === undefined || outcome === null) return true;
  const status = (outcome as { status?: unknown }).status;
  return typeof status !== 'number' || (status >= 200 && status < 300);
}

/** Collects the measured requests' outcomes of one run. */
export class Recorder {
  readonly #latencies: number[] = [];
  readonly #service: number[] = [];
  readonly #lags: number[] = [];
  readonly #statuses: Record<string, number> = {};
  readonly #messages = new Set<string>();
  #ok = 0;
  #non2xx = 0;
  #errors = 0;
  #timeouts = 0;
  #first = Infinity;
  #last = -Infinity;

  /** Marks when the measured part began (its first due or send time). */
  begin(at: number) {
    this.#first = Math.min(this.#first, at);
  }

  answered(
    due: number,
    sent: number,
    done: number,
    outcome: LoadSendOutcome,
  ): void {
    this.#times(due, sent, done);
    if (isSuccess(outcome)) {
      this.#ok++;
    } else {
      this.#non2xx++;
      const status = String((outcome as { status: number }).status);
      this.#statuses[status] = (this.#statuses[status] ?? 0) + 1;
    }
  }

  failed(due: number, sent: number, done: number, error: unknown): void {
    this.#times(due, sent, done);
    this.#errors++;
    if (this.#messages.size < 5) {
      this.#messages.add(
        String((error as Error)?.message ?? error).slice(0, 200),
      );
    }
  }

  /** Unanswered at the deadline; `sent` is undefined if never sent. */
  timedOut(due: number, sent: number | undefined, now: number): void {
    this.#latencies.push(Math.max(0, now - due));
    if (sent !== undefined) {
      this.#service.push(now - sent);
      this.#lags.push(sent - due);
    }
    this.#timeouts++;
  }

  #times(due: number, sent: number, done: number) {
    this.#latencies.push(done - due);
    this.#service.push(done - sent);
    this.#lags.push(sent - due);
    this.#last = Math.max(this.#last, done);
  }

  result(
    head: Pick<LoadResult, 'mode' | 'rate' | 'clients' | 'requests'>,
  ): LoadResult {
    const latenciesMs = [...this.#latencies].sort((a, b) => a - b);
    const durationMs =
      this.#last > this.#first ? this.#last - this.#first : NaN;
    const answered = this.#ok + this.#non2xx + this.#errors;
    return {
      ...head,
      ok: this.#ok,
      non2xx: this.#non2xx,
      errors: this.#errors,
      timeouts: this.#timeouts,
      statuses: { ...this.#statuses },
      errorMessages: [...this.#messages],
      latency: summarizeLatencies(latenciesMs),
      latenciesMs,
      service: summarizeLatencies(this.#service),
      sendLag: summarizeLatencies(this.#lags),
      durationMs,
      throughput: durationMs > 0 ? (answered * 1000) / durationMs : NaN,
    };
  }
}
