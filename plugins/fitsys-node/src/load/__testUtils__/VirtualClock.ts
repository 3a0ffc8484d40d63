import { LoadClock } from '../types';

/**
 * A clock whose time moves only when everything scheduled on it is waiting:
 * `run` lets promises settle, then jumps to the earliest sleep's end. Code
 * under test must wait only on this clock (and promises), never on real
 * timers or I/O.
 */
export class VirtualClock implements LoadClock {
  #now = 0;
  #seq = 0;
  #timers: Array<{ at: number; seq: number; resolve: () => void }> = [];

  now(): number {
    return this.#now;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise(resolve => {
      if (signal?.aborted) {
        resolve();
        return;
      }
      const timer = {
        at: this.#now + Math.max(0, ms),
        seq: this.#seq++,
        resolve,
      };
      this.#timers.push(timer);
      signal?.addEventListener(
        'abort',
        () => {
          this.#timers = this.#timers.filter(t => t !== timer);
          resolve();
        },
        { once: true },
      );
    });
  }

  /** Runs work to its end in virtual time. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    let settled = false;
    const promise = work().finally(() => {
      settled = true;
    });
    promise.catch(() => {});
    for (;;) {
      // Every promise reaction queued so far runs before setImmediate's.
      await new Promise(resolve => setImmediate(resolve));
      if (settled) return promise;
      if (this.#timers.length === 0) {
        throw new Error('VirtualClock: the work waits on nothing it can end');
      }
      this.#timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const timer = this.#timers.shift()!;
      this.#now = Math.max(this.#now, timer.at);
      timer.resolve();
    }
  }
}
