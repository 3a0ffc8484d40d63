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
 * Options of {@link runClosedLoop}.
 *
 * @public
 */
export interface ClosedLoopOptions {
  /** Clients, each sending its next request as soon as its last is answered. */
  clients: number;
  /** Measured requests, over all clients; or give `durationMs`. */
  count?: number;
  /** Keep sending measured requests for this long (ms). */
  durationMs?: number;
  /**
   * Requests sent before this long (ms) has passed are not measured; the
   * clients go straight on to the measured ones.
   */
  warmUpMs?: number;
  send: LoadSend;
  /**
   * Stop waiting after this long (ms, from the start; default 5 minutes);
   * unanswered requests count as timeouts.
   */
  maxDurationMs?: number;
  clock?: LoadClock;
}

/**
 * N clients back to back: each sends a request, waits for its answer and
 * sends the next. Latency counts from sending, and a client that waits
 * sends nothing meanwhile, so a stall delays few measured requests
 * (coordinated omission) and the rate is whatever the machine gives. On a
 * shared machine that measures the machine, not the code: report it beside
 * {@link runPaced}'s figures, never instead of them.
 *
 * @public
 */
export async function runClosedLoop(
  options: ClosedLoopOptions,
): Promise<LoadResult> {
  const { send } = options;
  const clock = options.clock ?? realClock;
  const clients = Math.max(1, Math.floor(options.clients));
  if (options.count === undefined && options.durationMs === undefined) {
    throw new RangeError('runClosedLoop needs a count or a durationMs');
  }
  const count = options.count ?? Infinity;
  const start = clock.now();
  const warmUntil = start + (options.warmUpMs ?? 0);
  const deadline = start + (options.maxDurationMs ?? 300_000);
  let measureUntil = Infinity;
  const recorder = new Recorder();
  const abort = new AbortController();
  // Each outstanding request may listen to it.
  setMaxListeners(clients + 16, abort.signal);
  const inFlight = new Map<number, number>();
  let next = 0;
  let claimed = 0;
  let stopped = false;

  const client = async () => {
    while (!stopped) {
      const sent = clock.now();
      if (sent >= deadline) return;
      const measured = sent >= warmUntil;
      if (measured) {
        if (claimed === 0) {
          recorder.begin(sent);
          if (options.durationMs !== undefined)
            measureUntil = sent + options.durationMs;
        }
        if (claimed >= count || sent >= measureUntil) return;
        claimed++;
      }
      const i = next++;
      inFlight.set(i, sent);
      let outcome: LoadSendOutcome;
      try {
        outcome = await send(i, { signal: abort.signal });
      } catch (error) {
        if (inFlight.delete(i) && measured && !stopped)
          recorder.failed(sent, sent, clock.now(), error);
        continue;
      }
      if (inFlight.delete(i) && measured && !stopped)
        recorder.answered(sent, sent, clock.now(), outcome);
    }
  };

  const timeout = new AbortController();
  await Promise.race([
    Promise.all(Array.from({ length: clients }, client)),
    clock.sleep(deadline - start, timeout.signal),
  ]);
  timeout.abort();
  stopped = true;
  const now = clock.now();
  for (const sent of inFlight.values()) {
    if (sent >= warmUntil) recorder.timedOut(sent, sent, now);
  }
  if (inFlight.size > 0) abort.abort();
  return recorder.result({
    mode: 'closed-loop',
    clients,
    requests: Number.isFinite(count) ? count : claimed,
  });
}
