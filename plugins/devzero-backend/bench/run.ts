/* eslint-disable no-console */
// Benchmark of Developer Zero at the scale: 100,000 findings on 2,000
// entities of 100 teams, on SQLite (a file) and PostgreSQL, through the real
// router on loopback. Prints the figures and the hardware; asserts nothing.
// Run: yarn workspace @internal/plugin-devzero-backend bench
//   [--findings N] [--entities N] [--owners N] [--requests N] [--clients N]
//   [--read allow|conditional] [--only sqlite|postgres] [--route <part of its name>]
//   [--paces 400,800] (requests a second offered by the clients, for the paced rows)
//   [--warm-up 3] (seconds of unmeasured requests before each row's measured ones)
//   [--replicas 1] (processes serving the router, as backend replicas would)
// PostgreSQL: DEVZERO_BENCH_POSTGRES or
// BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING, else
// postgresql://postgres:postgres@localhost:5432 when it answers.
import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { devzeroAdminPermission } from '@internal/plugin-devzero-common';
import express from 'express';
import fs from 'fs';
import knexFactory, { Knex } from 'knex';
import cluster from 'cluster';
import { AddressInfo } from 'net';
import os from 'os';
import path from 'path';
import { Worker } from 'worker_threads';
import {
  insertFindingRows,
  syntheticFindingRows,
  syntheticOwner,
} from '../src/__testUtils__/syntheticFindings';
import { DatabaseFindingStore } from '../src/database/DatabaseFindingStore';
import {
  createDevzeroFindingConditionalDecision,
  devzeroFindingConditions,
} from '../src/permissions';
import { FindingService } from '../src/service/FindingService';
import { createRouter } from '../src/service/router';
import { DEFAULT_SLA_TARGETS } from '../src/service/sla';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const FINDINGS = Number(arg('findings', '100000'));
const ENTITIES = Number(arg('entities', '2000'));
const OWNERS = Number(arg('owners', '100'));
const REQUESTS = Number(arg('requests', '4000'));
const CLIENTS = Number(arg('clients', '50'));
const READ = arg('read', 'allow') as 'allow' | 'conditional';
const ONLY = arg('only', '');
const ROUTE = arg('route', '');
const PACES = arg('paces', '400,800').split(',').filter(Boolean).map(Number);
const REPLICAS = Number(arg('replicas', '1'));
const WARM_UP = Number(arg('warm-up', '3'));
const DEFAULT_POSTGRES = 'postgresql://postgres:postgres@localhost:5432';

/** A member of the n-th team, who owns what the team owns. */
const member = (n: number) => `user:default/member-${n}`;

/** In-process stand-ins for the auth, user info and permission services. */
function fakeServices() {
  // The caller is named by a header, so that the load can rotate users.
  const httpAuth = {
    credentials: async (req: express.Request) => ({
      $$type: '@backstage/BackstageCredentials',
      principal: {
        type: 'user',
        userEntityRef: req.header('x-bench-user') ?? member(0),
      },
    }),
  } as unknown as HttpAuthService;
  const userInfo: UserInfoService = {
    getUserInfo: async (credentials: BackstageCredentials) => {
      const userEntityRef = (credentials.principal as any).userEntityRef;
      const team = Number(userEntityRef.split('-').pop());
      return {
        userEntityRef,
        ownershipEntityRefs: [userEntityRef, syntheticOwner(team)],
      };
    },
  };
  // "allow" is the portal's policy: everyone signed in reads every finding,
  // nobody here is an admin. "conditional" lets a user read what their teams
  // own and what they filed, which the store applies in its queries.
  const permissions: PermissionsService = {
    authorize: async requests =>
      requests.map(r => ({
        result:
          r.permission.name === devzeroAdminPermission.name
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
      })),
    authorizeConditional: async (requests, options) => {
      if (READ === 'allow')
        return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
      const info = await userInfo.getUserInfo(options.credentials);
      return requests.map(r =>
        createDevzeroFindingConditionalDecision(r.permission as any, {
          anyOf: [
            devzeroFindingConditions.isFindingOwner({
              claims: info.ownershipEntityRefs,
            }),
            devzeroFindingConditions.isFindingReporter({
              claims: [info.userEntityRef],
            }),
          ],
        }),
      );
    },
  };
  return { httpAuth, userInfo, permissions };
}

/** The databases to run on, each with a knex client configured as Backstage's connectors do, or why it is skipped. */
async function databases(): Promise<
  Array<
    | { name: string; knex: Knex; cleanUp: () => Promise<void> }
    | { name: string; skipped: string }
  >
> {
  const result: Awaited<ReturnType<typeof databases>> = [];
  if (ONLY !== 'postgres') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'devzero-bench-'));
    // Backstage's SQLite connector: better-sqlite3, a file, nothing else
    // (no WAL, knex's single connection).
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: path.join(dir, 'devzero.sqlite') },
      useNullAsDefault: true,
    });
    result.push({
      name: 'SQLite (file)',
      knex,
      cleanUp: async () => {
        await knex.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    });
  }
  if (ONLY !== 'sqlite') {
    const given =
      process.env.DEVZERO_BENCH_POSTGRES ??
      process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
    const admin = knexFactory({
      client: 'pg',
      connection: given ?? DEFAULT_POSTGRES,
      pool: { min: 0, max: 1 },
    });
    const database = `devzero_bench_${process.pid}`;
    try {
      await admin.raw('create database ??', [database]);
      // Backstage's PostgreSQL connector: knex's pool (2 to 10 connections).
      const url = new URL(given ?? DEFAULT_POSTGRES);
      url.pathname = `/${database}`;
      const knex = knexFactory({ client: 'pg', connection: url.toString() });
      result.push({
        name: 'PostgreSQL',
        knex,
        cleanUp: async () => {
          await knex.destroy();
          await admin.raw('drop database if exists ??', [database]);
          await admin.destroy();
        },
      });
    } catch (error) {
      await admin.destroy();
      result.push({
        name: 'PostgreSQL',
        skipped: `${
          given ? 'the given' : 'no connection string given, and the default'
        } server (${
          new URL(given ?? DEFAULT_POSTGRES).host
        }) did not take a new database: ${(error as Error).message}`,
      });
    }
  }
  return result;
}

// The load runs in a worker thread, so that the clients' work does not
// queue on the server's event loop. Each client keeps its own connection
// open (node:http with a keep-alive agent, lighter than fetch), as a browser
// does. Without a pace, each client sends its next request as soon as the
// last is answered. With one, request i is due at i / pace seconds and is
// sent by the first free client; its time counts from when it was due, so a
// request that waited for a free client is not measured as fast.
const LOAD = `
const { parentPort, workerData } = require('worker_threads');
const http = require('http');
const { base, routes, clients, requests, warmMs, pace } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const get = (url, headers) => new Promise((resolve, reject) => {
  let port;
  http.get(url, { agent, headers }, res => {
    const chunks = [];
    res.on('data', c => chunks.push(c));
    res.on('end', () => resolve({
      status: res.statusCode,
      body: Buffer.concat(chunks),
      received: Number(res.headers['x-bench-received']),
      port,
    }));
    res.on('error', reject);
  }).on('error', reject).on('socket', socket => { port = socket.localPort; });
});
(async () => {
  // Each row first warms up for \`warmMs\`: the requests sent then open the
  // connections and let V8 finish optimising the server's code, which takes
  // a few thousand requests (until then a round of 50 takes up to twice as
  // long). The clients go straight on to the measured requests, so that the
  // figures are of the steady state; stopping in between would have every
  // client send its first measured request at the same instant, a burst
  // that 50 people never make.
  const times = [];
  // For each measured request: how long it waited before the server's
  // express received it (same clock: ms since the epoch), and its connection.
  const unread = [];
  const ports = [];
  const begun = performance.now();
  const warmUntil = begun + warmMs;
  let next = 0;
  let claimed = 0;
  let first = 0;
  let last = 0;
  const client = async () => {
    for (;;) {
      const i = next++;
      const due = pace ? begun + (i * 1000) / pace : performance.now();
      const measured = due >= warmUntil;
      if (measured) {
        if (claimed >= requests) return;
        if (claimed++ === 0) first = due;
      }
      const wait = due - performance.now();
      if (wait > 0) await new Promise(resolve => setTimeout(resolve, wait));
      const [route, user] = routes[i % routes.length];
      const res = await get(base + route, { 'x-bench-user': user });
      if (res.status !== 200) throw new Error(route + ': ' + res.status + ' ' + res.body.toString());
      if (measured) {
        last = performance.now();
        times.push(last - due);
        unread.push(res.received - (performance.timeOrigin + due));
        ports.push(res.port);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  agent.destroy();
  parentPort.postMessage({ times, unread, ports, seconds: (last - first) / 1000 });
})().catch(error => parentPort.postMessage({ error: String(error) }));
`;

function load(
  base: string,
  routes: Array<[string, string]>,
  clients: number,
  requests: number,
  pace?: number,
): Promise<{
  times: number[];
  unread: number[];
  ports: number[];
  seconds: number;
}> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD, {
      eval: true,
      workerData: {
        base,
        routes,
        clients,
        requests,
        warmMs: WARM_UP * 1000,
        pace,
      },
    });
    worker.once('message', m =>
      m.error ? reject(new Error(m.error)) : resolve(m),
    );
    worker.once('error', reject);
  });
}

/** Nearest-rank percentile. */
function percentile(sorted: number[], p: number) {
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

/**
 * The server's own time for each request in this process: from express
 * receiving it to the last byte handed to the socket, so what is left of
 * the clients' time is waiting.
 */
const serverTimes: number[] = [];

async function measure(
  base: string,
  routes: Array<[string, string]>,
  clients: number,
  requests: number,
  pace?: number,
) {
  serverTimes.length = 0;
  const { times, unread, ports, seconds } = await load(
    base,
    routes,
    clients,
    requests,
    pace,
  );
  // The slowest 1%: how many connections they came on, and how much of
  // their time passed before the server's express had them (medians).
  const slowest = times
    .map((_t, i) => i)
    .sort((a, b) => times[b] - times[a])
    .slice(0, Math.max(1, Math.floor(times.length / 100)));
  const median = (values: number[]) =>
    percentile(
      values.sort((a, b) => a - b),
      50,
    ).toFixed(1);
  const slow = `${new Set(slowest.map(i => ports[i])).size} / ${median(
    slowest.map(i => unread[i]),
  )} of ${median(slowest.map(i => times[i]))}`;
  times.sort((a, b) => a - b);
  // The warm-up's are in there too; it is the same code at the same load.
  const own = serverTimes.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p90: percentile(times, 90),
    p99: percentile(times, 99),
    slowest: slow,
    rate: requests / seconds,
    server: own.length
      ? `${percentile(own, 50).toFixed(1)} / ${percentile(own, 99).toFixed(1)}`
      : '-',
  };
}

/** Serves the real router on loopback; returns its base address. */
async function listen(store: DatabaseFindingStore) {
  const { httpAuth, userInfo, permissions } = fakeServices();
  const service = new FindingService({
    store,
    catalog: {} as any,
    permissions,
    userInfo,
    slaTargets: DEFAULT_SLA_TARGETS,
    reporterVisibleToOwners: true,
  });
  const app = express();
  app.use((_req, res, next) => {
    const started = performance.now();
    // When express received the request, on a clock the load shares, so
    // that a slow request shows whether it waited to be read or was served
    // slowly.
    res.setHeader('x-bench-received', String(performance.timeOrigin + started));
    res.once('finish', () => serverTimes.push(performance.now() - started));
    next();
  });
  app.use('/api/devzero', createRouter({ service, httpAuth }));
  app.use(
    (error: any, _req: express.Request, res: express.Response, _next: any) =>
      res.status(error.name === 'InputError' ? 400 : 500).send(String(error)),
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const base = `http://127.0.0.1:${
    (server.address() as AddressInfo).port
  }/api/devzero`;
  return { server, base };
}

/**
 * The router in this process, or with `--replicas N` in N processes sharing
 * one port (node:cluster hands each new connection to the next process), as
 * N backend replicas on one machine would serve it; each opens the database
 * itself, as a replica does.
 */
async function serve(store: DatabaseFindingStore, knex: Knex) {
  if (REPLICAS <= 1) {
    const { server, base } = await listen(store);
    return { base, close: async () => void server.close() };
  }
  cluster.setupPrimary({ execArgv: process.execArgv });
  const workers = Array.from({ length: REPLICAS }, () =>
    cluster.fork({
      DEVZERO_BENCH_REPLICA: JSON.stringify(replicaConfig(knex)),
    }),
  );
  const bases = await Promise.all(
    workers.map(
      w =>
        new Promise<string>((resolve, reject) => {
          // The TypeScript loader sends messages of its own.
          w.on('message', m => m?.base && resolve(m.base));
          w.once('exit', code => reject(new Error(`replica exited (${code})`)));
        }),
    ),
  );
  return {
    base: bases[0],
    close: async () => {
      for (const w of workers) w.kill();
    },
  };
}

/**
 * The primary's database config for a replica. knex keeps a PostgreSQL
 * password out of JSON (it is not enumerable), so it is copied by name.
 */
function replicaConfig(knex: Knex): Knex.Config {
  const { config } = knex.client;
  const connection = config.connection;
  return connection &&
    typeof connection === 'object' &&
    'password' in connection
    ? {
        ...config,
        connection: { ...connection, password: connection.password },
      }
    : config;
}

/** A replica: opens the database the primary seeded and serves it. */
async function replica(config: Knex.Config) {
  const knex = knexFactory(config);
  const store = await DatabaseFindingStore.create({
    database: { getClient: async () => knex },
  });
  const { base } = await listen(store);
  process.send!({ base });
}

async function runOn(name: string, knex: Knex) {
  const store = await DatabaseFindingStore.create({
    database: { getClient: async () => knex },
  });
  const now = new Date();
  const t = performance.now();
  // The rows are not kept: a server does not hold 100,000 findings in its
  // heap, which would lengthen its garbage collections.
  await insertFindingRows(
    knex,
    syntheticFindingRows({
      findings: FINDINGS,
      entities: ENTITIES,
      owners: OWNERS,
      now,
    }),
  );
  const seeded = performance.now() - t;
  // What PostgreSQL's autovacuum does within a minute of a bulk insert:
  // statistics for the planner, and the visibility map for index-only scans.
  if (knex.client.config.client === 'pg')
    await knex.raw('vacuum analyze findings');

  const { base, close } = await serve(store, knex);
  // Each request of a route asks as a member of another team.
  const teams = Array.from({ length: OWNERS }, (_, n) => n);
  const as = (route: (n: number) => string): Array<[string, string]> =>
    teams.map(n => [route(n), member(n)]);
  const owner = (n: number) => encodeURIComponent(syntheticOwner(n));
  const routes: Array<{
    name: string;
    routes: Array<[string, string]>;
    clients: number;
    requests: number;
    /** Requests a second offered, instead of back to back. */
    pace?: number;
    /** The p99 in ms, where it sets one. */
    target?: number;
  }> = [
    // One client first: the time a request takes without queueing.
    ...[1, CLIENTS].flatMap(clients => [
      {
        name: 'inbox of one team',
        routes: as(() => '/inbox'),
        clients,
        requests: clients === 1 ? REQUESTS / 4 : REQUESTS,
        target: clients === 1 ? undefined : 50,
      },
      {
        name: 'list: status, severity and owner',
        routes: as(
          n => `/findings?status=new&severity=blocked-me&owner=${owner(n)}`,
        ),
        clients,
        requests: clients === 1 ? REQUESTS / 4 : REQUESTS,
        target: clients === 1 ? undefined : 50,
      },
    ]),
    // The same 50 clients offering a steady rate, as users who read what
    // they get: how much one backend serves within the target.
    ...PACES.flatMap(pace => [
      {
        name: `inbox of one team, paced at ${pace}/s`,
        routes: as(() => '/inbox'),
        clients: CLIENTS,
        requests: REQUESTS,
        pace,
      },
      {
        name: `list: status, severity and owner, paced at ${pace}/s`,
        routes: as(
          n => `/findings?status=new&severity=blocked-me&owner=${owner(n)}`,
        ),
        clients: CLIENTS,
        requests: REQUESTS,
        pace,
      },
    ]),
    {
      name: 'list: open findings of my teams by minutes lost',
      routes: as(
        () =>
          '/findings?owner=mine&status=new&status=triaged&status=in-progress&sort=minutes-lost',
      ),
      clients: CLIENTS,
      requests: REQUESTS,
      target: 50,
    },
    {
      name: 'list: text search within a team',
      routes: as(n => `/findings?q=kafka&owner=${owner(n)}`),
      clients: CLIENTS,
      requests: REQUESTS,
      target: 50,
    },
    {
      name: 'list: text search, every finding',
      routes: as(() => '/findings?q=kafka%20console'),
      clients: CLIENTS,
      requests: Math.min(REQUESTS, 200),
      target: 50,
    },
    {
      name: 'list: first page, no filter',
      routes: as(() => '/findings'),
      clients: CLIENTS,
      requests: REQUESTS,
      target: 50,
    },
    {
      name: 'insights, every finding',
      routes: as(() => '/insights'),
      clients: 1,
      requests: 20,
      target: 300,
    },
    {
      name: 'insights, every finding',
      routes: as(() => '/insights'),
      clients: 5,
      requests: 50,
      target: 300,
    },
    {
      name: 'insights of one team',
      routes: as(n => `/insights?owner=${owner(n)}`),
      clients: 5,
      requests: 200,
      target: 300,
    },
  ];
  const results = [];
  for (const route of routes.filter(r => r.name.includes(ROUTE))) {
    const m = await measure(
      base,
      route.routes,
      route.clients,
      route.requests,
      route.pace,
    );
    results.push({ ...route, ...m });
  }
  await close();
  return { name, seeded, results };
}

async function main() {
  const cpus = os.cpus();
  console.log(
    `Developer Zero benchmark on ${cpus.length} × ${cpus[0]?.model} (${(
      os.totalmem() /
      2 ** 30
    ).toFixed(0)} GiB), ${os.type()} ${os.release()}, Node ${process.version}`,
  );
  console.log(
    `${FINDINGS} findings on ${ENTITIES} entities of ${OWNERS} teams; read permission: ${READ}; load in a worker thread on loopback`,
  );
  // Every database is made before the first run; each is removed, whatever happens.
  const all = await databases();
  try {
    for (const db of all) {
      if ('skipped' in db) {
        console.log(`\n${db.name}: skipped, ${db.skipped}`);
        continue;
      }
      const { name, seeded, results } = await runOn(db.name, db.knex);
      console.log(
        `\n${name}: seeded ${FINDINGS} findings in ${(seeded / 1000).toFixed(
          1,
        )} s (in batches, in one transaction)`,
      );
      console.log(
        '| route | clients | requests | p50 ms | p90 ms | p99 ms | req/s | server p50 / p99 ms | slowest 1%: connections / ms unread of ms | target p99 |',
      );
      console.log(
        '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
      );
      for (const r of results) {
        const verdict =
          r.target === undefined
            ? '-'
            : `< ${r.target} ms: ${r.p99 < r.target ? 'met' : 'MISSED'}`;
        console.log(
          `| ${r.name} | ${r.clients} | ${r.requests} | ${r.p50.toFixed(
            1,
          )} | ${r.p90.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.rate.toFixed(
            0,
          )} | ${r.server} | ${r.slowest} | ${verdict} |`,
        );
      }
    }
  } finally {
    for (const db of all) if (!('skipped' in db)) await db.cleanUp();
  }
}

(cluster.isWorker
  ? replica(JSON.parse(process.env.DEVZERO_BENCH_REPLICA!))
  : main()
).catch(error => {
  // A failed insert's message holds the whole statement.
  console.error(String(error?.stack ?? error).slice(0, 3000));
  process.exit(1);
});
