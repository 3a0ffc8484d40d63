import { setMaxListeners } from 'events';
import {
  LoadClock,
  LoadResult,
  LoadSend,
  LoadSendOutcome,
  Recorder,
  realClock,
} from './types';

/**
 * Options of {@link runPaced}.
 *
 * @public
 */
export interface PacedOptions {
  /** Requests a second offered, whatever the answers take. */
  rate: number;
  /** How long the measured requests span; or give `count`. */
  durationMs?: number;
  /** How many measured requests; wins over `durationMs`. */
  count?: number;
  /**
   * Requests sent first at the same rate and not measured, for this long
   * (ms, default 0): they open connections and let V8 optimise the server.
   * The measured requests follow without a gap, so they start in the
   * steady state rather than with a burst.
   */
  warmUpMs?: number;
  send: LoadSend;
  /**
   * At most this many requests outstanding (default 64): one more waits to
   * be sent until one is answered, and its latency still counts from when
   * it was due. Give the HTTP agent at least as many sockets.
   */
  maxInFlight?: number;
  /**
   * The run stops sending and waiting after this long (ms, from its start;
   * default twice its planned length plus 5 s). Requests unanswered or
   * unsent then count as timeouts, with their time so far as latency, and
   * the signal given to their sender aborts.
   */
  maxDurationMs?: number;
  clock?: LoadClock;
}

/**
 * Sends requests open-loop at a fixed rate: request i is due at
 * start + i / rate, and is sent then whether or not earlier ones were
 * answered (up to `maxInFlight` outstanding). Its latency counts from when
 * it was due, not from when it was sent, so a stalled event loop, a stalled
 * server or the in-flight bound shows in the figures instead of silently
 * delaying the requests that would have seen it (coordinated omission).
 * Requests that fall behind are sent as soon as possible, in order.
 *
 * @public
 */
export async function runPaced(options: PacedOptions): Promise<LoadResult> {
  const { rate, send } = options;
  const clock = options.clock ?? realClock;
  if (!(rate > 0) || !Number.isFinite(rate)) {
    throw new RangeError(`rate must be a positive number, not ${rate}`);
  }
  const interval = 1000 / rate;
  const count =
    options.count ??
    (options.durationMs !== undefined
      ? Math.max(1, Math.round((options.durationMs * rate) / 1000))
      : undefined);
  if (count === undefined || !(count >= 1)) {
    throw new RangeError('runPaced needs a count or a durationMs');
  }
  const warmUp = Math.round(((options.warmUpMs ?? 0) * rate) / 1000);
  const total = warmUp + count;
  const maxInFlight = Math.max(1, options.maxInFlight ?? 64);
  const plannedMs = total * interval;
  const maxDurationMs = options.maxDurationMs ?? plannedMs * 2 + 5000;

  const recorder = new Recorder();
  const abort = new AbortController();
  // Each outstanding request may listen to it.
  setMaxListeners(maxInFlight + 16, abort.signal);
  const start = clock.now();
  const deadline = start + maxDurationMs;
  // Outstanding requests: index → when due and sent.
  const inFlight = new Map<number, { due: number; sent: number }>();
  let wake: (() => void) | undefined;
  let stopped = false;

  const fire = (i: number, due: number) => {
    const sent = clock.now();
    const measured = i >= warmUp;
    inFlight.set(i, { due, sent });
    // Recording the outcome and freeing the slot happen together, so that
    // a request is either answered or timed out, never both.
    const settle = (record: (done: number) => void) => {
      if (!inFlight.delete(i)) return;
      if (measured && !stopped) record(clock.now());
      wake?.();
    };
    let pending: Promise<LoadSendOutcome>;
    try {
      pending = Promise.resolve(send(i, { signal: abort.signal }));
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      outcome => settle(done => recorder.answered(due, sent, done, outcome)),
      error => settle(done => recorder.failed(due, sent, done, error)),
    );
  };

  /** Waits until a request settles or the deadline comes. */
  const settledOrDeadline = async () => {
    const timeout = new AbortController();
    await Promise.race([
      new Promise<void>(resolve => {
        wake = resolve;
      }),
      clock.sleep(deadline - clock.now(), timeout.signal),
    ]);
    wake = undefined;
    timeout.abort();
  };

  let i = 0;
  for (; i < total; i++) {
    const due = start + i * interval;
    // Never early: a timer may fire a fraction of a millisecond before
    // the clock says it is due.
    for (let wait = due - clock.now(); wait > 0; wait = due - clock.now())
      await clock.sleep(wait);
    if (i === warmUp) recorder.begin(due);
    while (inFlight.size >= maxInFlight && clock.now() < deadline) {
      await settledOrDeadline();
    }
    if (clock.now() >= deadline) break;
    fire(i, due);
  }

  while (inFlight.size > 0 && clock.now() < deadline) {
    await settledOrDeadline();
  }
  stopped = true;
  const now = clock.now();
  for (const [j, { due, sent }] of inFlight) {
    if (j >= warmUp) recorder.timedOut(due, sent, now);
  }
  for (let j = Math.max(i, warmUp); j < total; j++) {
    recorder.timedOut(start + j * interval, undefined, now);
  }
  if (inFlight.size > 0) abort.abort();
  return recorder.result({ mode: 'paced', rate, requests: count });
}
