import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Worker } from 'worker_threads';
import { HttpLoadRoute } from './http';
import { ClosedLoopOptions } from './runClosedLoop';
import { PacedOptions } from './runPaced';
import { LoadResult } from './types';

/**
 * Where a {@link LoadWorker} run sends its requests. The route's per-request
 * values must be fixed or lists: functions cannot be sent to a thread.
 *
 * @public
 */
export interface LoadWorkerTarget {
  baseUrl: string;
  route: HttpLoadRoute;
  /** See {@link HttpLoadClient}. */
  timeoutMs?: number;
}

/**
 * Runs HTTP load in a worker thread, so that the load generator's own work
 * (its timers, sending, reading answers) does not queue on the event loop
 * of a server in the same process, as browsers' requests would not. Each
 * run opens its own connections and closes them at its end.
 *
 * The thread loads this module's source: it works where the package runs
 * from its TypeScript (benchmarks, tests) with a loader that the thread
 * inherits (`node --require @backstage/cli/config/nodeTransform.cjs`), or
 * pass `execArgv` with one.
 *
 * @public
 */
export class LoadWorker {
  readonly #worker: Worker;
  readonly #pending = new Map<
    number,
    { resolve: (r: LoadResult) => void; reject: (e: Error) => void }
  >();
  #next = 0;
  #failure?: Error;

  static start(options?: {
    /** Node options for the thread; by default this thread's. */
    execArgv?: string[];
  }): LoadWorker {
    return new LoadWorker(options?.execArgv);
  }

  private constructor(execArgv?: string[]) {
    const entry = resolvePackagePath(
      '@internal/plugin-fitsys-node',
      'src/load/loadWorkerThread',
    );
    this.#worker = new Worker(`require(${JSON.stringify(entry)});`, {
      eval: true,
      execArgv,
    });
    this.#worker.on('message', ({ id, result, error }) => {
      const pending = this.#pending.get(id);
      if (!pending) return;
      this.#pending.delete(id);
      if (error) pending.reject(new Error(error));
      else pending.resolve(result);
    });
    const fail = (error: Error) => {
      this.#failure = error;
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', code =>
      fail(new Error(`the load worker exited (${code})`)),
    );
  }

  runPaced(
    options: Omit<PacedOptions, 'send' | 'clock'> & LoadWorkerTarget,
  ): Promise<LoadResult> {
    return this.#run('paced', options);
  }

  runClosedLoop(
    options: Omit<ClosedLoopOptions, 'send' | 'clock'> & LoadWorkerTarget,
  ): Promise<LoadResult> {
    return this.#run('closed-loop', options);
  }

  #run(kind: string, options: object): Promise<LoadResult> {
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, kind, options });
    });
  }

  async close(): Promise<void> {
    this.#worker.removeAllListeners('exit');
    await this.#worker.terminate();
  }
}
