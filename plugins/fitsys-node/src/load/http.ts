import http from 'http';
import https from 'https';
import { LoadSend } from './types';

/**
 * A value fixed for the route, one per request rotating through a list
 * (request i takes element i mod length), or computed from the request's
 * index. Lists can be sent to a worker thread; functions cannot.
 *
 * @public
 */
export type PerRequest<T> = T | readonly T[] | ((i: number) => T);

/**
 * A route described as HTTP, against the base URL of a {@link HttpLoadClient}.
 *
 * @public
 */
export interface HttpLoadRoute {
  name: string;
  /** Default GET. */
  method?: string;
  /** Appended to the base URL's path, query included: `/findings?q=x`. */
  path: PerRequest<string>;
  headers?: PerRequest<Record<string, string>>;
  /** A string or Buffer is sent as it is; anything else as JSON. */
  body?: PerRequest<unknown>;
}

/**
 * A route to load: HTTP, or a sender of its own.
 *
 * @public
 */
export type LoadRoute = HttpLoadRoute | { name: string; send: LoadSend };

function pick<T>(value: PerRequest<T> | undefined, i: number): T | undefined {
  if (typeof value === 'function') return (value as (i: number) => T)(i);
  if (Array.isArray(value)) return value[i % value.length];
  return value as T | undefined;
}

/**
 * Sends routes' requests over kept-alive connections (node:http or
 * node:https), reading each answer in full. One client's agent holds up to
 * `maxSockets` connections; `close` ends them.
 *
 * @public
 */
export class HttpLoadClient {
  readonly #base: URL;
  readonly #agent: http.Agent;
  readonly #request: typeof http.request;
  readonly #timeoutMs: number;

  constructor(
    baseUrl: string,
    options?: {
      /** Connections at most (default 64); give at least the run's in-flight bound. */
      maxSockets?: number;
      /** A request unanswered for this long (ms, default 30 s) is an error. */
      timeoutMs?: number;
    },
  ) {
    this.#base = new URL(baseUrl);
    const secure = this.#base.protocol === 'https:';
    const Agent = secure ? https.Agent : http.Agent;
    this.#agent = new Agent({
      keepAlive: true,
      maxSockets: options?.maxSockets ?? 64,
    });
    this.#request = secure ? https.request : http.request;
    this.#timeoutMs = options?.timeoutMs ?? 30_000;
  }

  /** The sender of a route: its own, or its HTTP request. */
  sender(route: LoadRoute): LoadSend {
    if ('send' in route) return route.send;
    const prefix = this.#base.pathname.replace(/\/$/, '');
    const method = route.method ?? 'GET';
    return (i, { signal }) => {
      const headers: Record<string, string> = {
        ...pick(route.headers, i),
      };
      const value = pick(route.body, i);
      let body: string | Buffer | undefined;
      if (typeof value === 'string' || Buffer.isBuffer(value)) {
        body = value;
      } else if (value !== undefined) {
        body = JSON.stringify(value);
        headers['content-type'] ??= 'application/json';
      }
      if (body !== undefined)
        headers['content-length'] = String(Buffer.byteLength(body));
      return this.#send({
        method,
        path: prefix + (pick(route.path, i) ?? ''),
        headers,
        body,
        signal,
      });
    };
  }

  #send(request: {
    method: string;
    path: string;
    headers: Record<string, string>;
    body?: string | Buffer;
    signal: AbortSignal;
  }): Promise<{ status: number }> {
    return new Promise((resolve, reject) => {
      const req = this.#request(
        {
          protocol: this.#base.protocol,
          hostname: this.#base.hostname,
          port: this.#base.port,
          method: request.method,
          path: request.path,
          headers: request.headers,
          agent: this.#agent,
          signal: request.signal,
        },
        res => {
          res.on('data', () => {});
          res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
          res.on('error', reject);
        },
      );
      req.setTimeout(this.#timeoutMs, () =>
        req.destroy(new Error(`no answer within ${this.#timeoutMs} ms`)),
      );
      req.on('error', reject);
      req.end(request.body);
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}
