/* eslint-disable no-console */
// The benchmark's load generator in a process of its own: the server's
// process then runs nothing but the server (no load timers, no client
// sockets, no second V8 heap competing for its collector), as it would
// behind real browsers. The parent forks this file; the child runs each
// paced run it is sent against its HTTP route and sends back the figures.
import {
  HttpLoadClient,
  LoadResult,
  PacedOptions,
  runPaced,
} from '@internal/plugin-fitsys-node';
import { ChildProcess, fork } from 'child_process';
import type { HttpLoadRoute } from '@internal/plugin-fitsys-node';

const CHILD_FLAG = '--dependency-map-load-child';

/** One paced run: where to send, and how. */
export type PacedRun = Omit<PacedOptions, 'send' | 'clock'> & {
  baseUrl: string;
  route: HttpLoadRoute;
};

/** The parent's handle on the load process. */
export class LoadProcess {
  readonly #child: ChildProcess;
  readonly #pending = new Map<
    number,
    { resolve: (r: LoadResult) => void; reject: (e: Error) => void }
  >();
  #next = 0;
  #failure?: Error;

  /** Forks the load process, with the loader this process runs with. */
  static async start(): Promise<LoadProcess> {
    const load = new LoadProcess();
    await load.#ready;
    return load;
  }

  readonly #ready: Promise<void>;

  private constructor() {
    this.#child = fork(__filename, [CHILD_FLAG], {
      execArgv: ['--require', '@backstage/cli/config/nodeTransform.cjs'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.#ready = new Promise((resolve, reject) => {
      this.#child.once('message', () => resolve());
      this.#child.once('exit', code =>
        reject(new Error(`the load process exited (${code})`)),
      );
    });
    this.#child.on('message', (message: any) => {
      if (message?.id === undefined) return;
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      this.#pending.delete(message.id);
      if (message.error) pending.reject(new Error(message.error));
      else pending.resolve(message.result);
    });
    this.#child.on('exit', code => {
      this.#failure = new Error(`the load process exited (${code})`);
      for (const pending of this.#pending.values()) {
        pending.reject(this.#failure);
      }
      this.#pending.clear();
    });
  }

  /** The child's process id (to tell it apart in `top`). */
  get pid(): number | undefined {
    return this.#child.pid;
  }

  runPaced(run: PacedRun): Promise<LoadResult> {
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#child.send({ id, run });
    });
  }

  async close(): Promise<void> {
    this.#child.removeAllListeners('exit');
    const exited = new Promise(resolve => this.#child.once('exit', resolve));
    this.#child.disconnect();
    await exited;
  }
}

/** The child: runs what it is sent, one run at a time, until disconnected. */
function child() {
  process.on('message', async ({ id, run }: { id: number; run: PacedRun }) => {
    const { baseUrl, route, ...options } = run;
    const client = new HttpLoadClient(baseUrl, {
      maxSockets: options.maxInFlight ?? 64,
    });
    try {
      const result = await runPaced({ ...options, send: client.sender(route) });
      process.send!({ id, result });
    } catch (error) {
      process.send!({ id, error: String((error as Error)?.stack ?? error) });
    } finally {
      client.close();
    }
  });
  process.on('disconnect', () => process.exit(0));
  process.send!({ ready: true });
}

if (process.argv.includes(CHILD_FLAG)) child();
