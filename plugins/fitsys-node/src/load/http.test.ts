import http from 'http';
import { AddressInfo } from 'net';
import { HttpLoadClient } from './http';
import { LoadWorker } from './LoadWorker';
import { runClosedLoop } from './runClosedLoop';
import { runPaced } from './runPaced';

/** A loopback server; `handle` may hold or stall a request. */
async function serve(
  handle: (
    n: number,
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ) => void,
) {
  let n = 0;
  const server = http.createServer((req, res) => handle(n++, req, res));
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const ok = (_n: number, _req: http.IncomingMessage, res: http.ServerResponse) =>
  res.end('ok');

// Wall-clock tests: their bounds are loose on purpose, the exact
// arithmetic is tested in virtual time (runPaced.test.ts).
describe('runPaced over HTTP (wall clock)', () => {
  it('shows a server that blocks its event loop for 200 ms at p99, though every request after it is answered fast', async () => {
    const server = await serve((n, _req, res) => {
      if (n === 100) {
        // Blocks the process, load generator included.
        const until = performance.now() + 200;
        while (performance.now() < until);
      }
      res.end('ok');
    });
    const client = new HttpLoadClient(server.base);
    try {
      const result = await runPaced({
        rate: 200,
        durationMs: 1000,
        send: client.sender({ name: 'stall', path: '/' }),
      });
      expect(result.ok).toBe(200);
      // About 40 requests were due during the stall; the generator could
      // send them only after it, and they were answered at once, but each
      // counts from when it was due.
      expect(result.latency.p99).toBeGreaterThanOrEqual(150);
      expect(result.sendLag.max).toBeGreaterThanOrEqual(150);
      // Measured from sending, the stall all but disappears: each request's
      // latency is its time from sending plus how late it was sent.
      expect(result.latency.p99).toBeGreaterThan(result.service.p99);
    } finally {
      client.close();
      await server.close();
    }
  });

  it('counts from the due time when the in-flight bound holds requests back; a closed loop hides the stall', async () => {
    // The 100th request of each run of 200 is held 200 ms, blocking nothing.
    const server = await serve((n, _req, res) => {
      if (n % 200 === 100) setTimeout(() => res.end('late'), 200);
      else res.end('ok');
    });
    const client = new HttpLoadClient(server.base);
    try {
      const send = client.sender({ name: 'held', path: '/' });
      const paced = await runPaced({
        rate: 200,
        durationMs: 1000,
        maxInFlight: 1,
        send,
      });
      const closed = await runClosedLoop({ clients: 1, count: 200, send });
      expect(paced.ok).toBe(200);
      expect(paced.latency.p99).toBeGreaterThanOrEqual(150);
      // From sending, only the held request was slow.
      expect(paced.service.p99).toBeLessThan(paced.latency.p99);
      // The closed loop's one client waited out the hold with one request.
      expect(closed.latency.max).toBeGreaterThanOrEqual(200);
      expect(closed.latency.p99).toBeLessThan(paced.latency.p99);
    } finally {
      client.close();
      await server.close();
    }
  });

  it('honours the rate: rate × duration requests, none before it is due, spread over the duration', async () => {
    const server = await serve(ok);
    const client = new HttpLoadClient(server.base);
    const send = client.sender({ name: 'ok', path: '/' });
    const sentAt: number[] = [];
    try {
      const result = await runPaced({
        rate: 200,
        durationMs: 1000,
        send: (i, context) => {
          sentAt.push(performance.now());
          return send(i, context);
        },
      });
      expect(result.requests).toBe(200);
      expect(sentAt).toHaveLength(200);
      expect(result.sendLag.min).toBeGreaterThanOrEqual(0);
      const span = sentAt[199] - sentAt[0];
      expect(span).toBeGreaterThan(900);
      expect(span).toBeLessThan(3000);
    } finally {
      client.close();
      await server.close();
    }
  });
});

describe('HttpLoadClient', () => {
  it('sends each route its method, rotating paths and headers, and a JSON body; reports statuses and errors', async () => {
    const seen: Array<{
      method?: string;
      url?: string;
      user?: string;
      body: string;
    }> = [];
    const server = await serve((_n, req, res) => {
      let body = '';
      req.on('data', c => (body += c));
      req.on('end', () => {
        seen.push({
          method: req.method,
          url: req.url,
          user: req.headers['x-user'] as string | undefined,
          body,
        });
        res.statusCode = req.url?.includes('missing') ? 404 : 201;
        res.end();
      });
    });
    const client = new HttpLoadClient(`${server.base}/api/x/`);
    try {
      const send = client.sender({
        name: 'post',
        method: 'POST',
        path: ['/a', '/missing'],
        headers: [{ 'x-user': 'u0' }, { 'x-user': 'u1' }, { 'x-user': 'u2' }],
        body: (i: number) => ({ i }),
      });
      const signal = new AbortController().signal;
      expect(await send(0, { signal })).toEqual({ status: 201 });
      expect(await send(1, { signal })).toEqual({ status: 404 });
      expect(seen).toEqual([
        { method: 'POST', url: '/api/x/a', user: 'u0', body: '{"i":0}' },
        { method: 'POST', url: '/api/x/missing', user: 'u1', body: '{"i":1}' },
      ]);
    } finally {
      client.close();
      await server.close();
    }
    // Nothing listens there now.
    const refused = new HttpLoadClient(server.base);
    await expect(
      refused.sender({ name: 'x', path: '/' })(0, {
        signal: new AbortController().signal,
      }),
    ).rejects.toThrow();
    refused.close();
  });
});

describe('LoadWorker', () => {
  it('runs paced and closed-loop load from a worker thread', async () => {
    const server = await serve(ok);
    const worker = LoadWorker.start({
      execArgv: [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      ],
    });
    try {
      const route = { name: 'ok', path: ['/a', '/b'] };
      const paced = await worker.runPaced({
        baseUrl: server.base,
        route,
        rate: 100,
        durationMs: 500,
      });
      expect(paced).toMatchObject({ mode: 'paced', requests: 50, ok: 50 });
      const closed = await worker.runClosedLoop({
        baseUrl: server.base,
        route,
        clients: 2,
        count: 20,
      });
      expect(closed).toMatchObject({ mode: 'closed-loop', ok: 20 });
      // Functions cannot be sent to the thread.
      await expect(
        worker.runPaced({
          baseUrl: server.base,
          route: { name: 'f', path: () => '/' },
          rate: 10,
          count: 1,
        }),
      ).rejects.toThrow();
    } finally {
      await worker.close();
      await server.close();
    }
  });
});
