/* eslint-disable no-console */
// Benchmark of Developer Zero at the issue's scale: 100,000 findings on 2,000
// entities of 100 teams, on SQLite (a file) and PostgreSQL, through the real
// router on loopback, loaded by the Fit Systems paced harness
// (@internal/plugin-fitsys-node) from a worker thread. For each route it
// prints p50 / p99 at a few paced (open-loop) rates, the highest paced rate
// whose p99 keeps the route's target, and beside them the closed-loop
// figures (clients back to back), which measure the machine more than the
// code. Asserts nothing.
// Run: yarn workspace @internal/plugin-devzero-backend bench
//   [--findings N] [--entities N] [--owners N] [--requests N] [--clients N]
//   [--read allow|conditional] [--only sqlite|postgres] [--route <part of its name>]
//   [--paces 400,800] (requests a second offered, for the lists' paced rows)
//   [--warm-up 3] (seconds of unmeasured requests before each row's measured ones)
//   [--replicas 1] (processes serving the router, as backend replicas would)
//   [--trial 2] (seconds measured per rate tried in the search for the highest rate)
//   [--search 30] (seconds at most per route for that search)
//   [--quick] (fewer requests and shorter warm-ups, trials and searches)
//   [--bad-input [N]] (instead of the load: N bad requests per route, 1000 by
//     default, generated from src/schema/openapi.yaml as the property test
//     does, on 1,000 findings unless --findings says otherwise; prints per
//     route the 4xx, 5xx and 2xx answers, any wrong one with its request, and
//     the slowest answer)
// --requests is the measured requests of each list row (paced or closed
// loop); --clients the closed-loop clients and the paced rows' bound on
// requests in flight (and connections).
// PostgreSQL: DEVZERO_BENCH_POSTGRES or
// BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING, else
// postgresql://postgres:postgres@localhost:5432 when it answers.
import {
  BackstageCredentials,
  HttpAuthService,
  LoggerService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  devzeroAdminPermission,
  OPEN_STATUSES,
} from '@internal/plugin-devzero-common';
import {
  DEFAULT_BAD_INPUT_SEED,
  HttpLoadRoute,
  LoadResult,
  LoadTableRow,
  LoadWorker,
  MaxRateResult,
  backstageErrorHandler,
  fetchSender,
  findMaxRate,
  formatBadInputTable,
  formatTable,
  runBadInput,
  summarizeLatencies,
} from '@internal/plugin-fitsys-node';
import express from 'express';
import fs from 'fs';
import knexFactory, { Knex } from 'knex';
import cluster from 'cluster';
import { AddressInfo } from 'net';
import os from 'os';
import path from 'path';
import YAML from 'yaml';
import { images } from '../src/__testUtils__/images';
import {
  insertFindingRows,
  syntheticFindingRows,
  syntheticOwner,
} from '../src/__testUtils__/syntheticFindings';
import { DatabaseAttachmentStore } from '../src/database/DatabaseAttachmentStore';
import { DatabaseFindingStore } from '../src/database/DatabaseFindingStore';
import {
  createDevzeroFindingConditionalDecision,
  devzeroFindingConditions,
} from '../src/permissions';
import { AttachmentService } from '../src/service/AttachmentService';
import { createAttachmentRouter } from '../src/service/attachmentRouter';
import { FindingService } from '../src/service/FindingService';
import { createRouter } from '../src/service/router';
import { DEFAULT_SLA_TARGETS } from '../src/service/sla';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const QUICK = process.argv.includes('--quick');
/** Bad requests per route with --bad-input; 0 without it. */
const BAD_INPUT = (() => {
  const i = process.argv.indexOf('--bad-input');
  if (i < 0) return 0;
  const n = Number(process.argv[i + 1]);
  return Number.isInteger(n) && n > 0 ? n : 1000;
})();
const FINDINGS = Number(arg('findings', BAD_INPUT ? '1000' : '100000'));
const ENTITIES = Number(arg('entities', '2000'));
const OWNERS = Number(arg('owners', '100'));
const REQUESTS = Number(arg('requests', QUICK ? '500' : '4000'));
const CLIENTS = Number(arg('clients', '50'));
const READ = arg('read', 'allow') as 'allow' | 'conditional';
const ONLY = arg('only', '');
const ROUTE = arg('route', '');
const PACES = arg('paces', '400,800').split(',').filter(Boolean).map(Number);
const REPLICAS = Number(arg('replicas', '1'));
const WARM_UP = Number(arg('warm-up', QUICK ? '0.5' : '3'));
const TRIAL = Number(arg('trial', QUICK ? '1' : '2'));
const SEARCH = Number(arg('search', QUICK ? '8' : '30'));
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

/**
 * The server's own time for each request in this process: from express
 * receiving it to the last byte handed to the socket, so what is left of
 * the clients' time is waiting. Warm-up requests are in it too: the same
 * code at the same load.
 */
const serverTimes: number[] = [];

/** A route as the bench loads it, with the issue's p99 target. */
interface BenchRoute {
  name: string;
  /** Paths and users rotate: request i asks as a member of team i mod teams. */
  http: HttpLoadRoute;
  /** The issue's p99 target, ms. */
  target: number;
  /** Paced rows: requests a second offered, and measured requests. */
  paced: Array<{ rate: number; count: number }>;
  /** Where the search for the highest rate within the target begins. */
  startRate: number;
  /** Closed-loop rows: clients back to back, and measured requests. */
  closed: Array<{ clients: number; count: number }>;
}

/** The routes, each asking as a member of another team in turn. */
function benchRoutes(): BenchRoute[] {
  const teams = Array.from({ length: OWNERS }, (_, n) => n);
  const owner = (n: number) => encodeURIComponent(syntheticOwner(n));
  const as = (name: string, pathOf: (n: number) => string): HttpLoadRoute => ({
    name,
    path: teams.map(pathOf),
    headers: teams.map(n => ({ 'x-bench-user': member(n) })),
  });
  // A list answers in a millisecond or two of server time: offered the
  // --paces rates, searched from the first of them.
  const list = (
    name: string,
    pathOf: (n: number) => string,
    requests = REQUESTS,
    oneClient = false,
  ): BenchRoute => ({
    name,
    http: as(name, pathOf),
    target: 50,
    paced: PACES.map(rate => ({ rate, count: requests })),
    startRate: PACES[0] ?? 200,
    // One client first where it helps: the time a request takes without
    // queueing.
    closed: [
      ...(oneClient ? [{ clients: 1, count: requests / 4 }] : []),
      { clients: CLIENTS, count: requests },
    ],
  });
  // The insights over every finding take a few hundred ms of database work.
  const few = Math.max(5, Math.round(REQUESTS / 400));
  return [
    list('inbox of one team', () => '/inbox', REQUESTS, true),
    list(
      'list: status, severity and owner',
      n => `/findings?status=new&severity=blocked-me&owner=${owner(n)}`,
      REQUESTS,
      true,
    ),
    list(
      'list: open findings of my teams by minutes lost',
      () =>
        `/findings?owner=mine&${OPEN_STATUSES.map(s => `status=${s}`).join(
          '&',
        )}&sort=minutes-lost`,
    ),
    list(
      'list: text search within a team',
      n => `/findings?q=kafka&owner=${owner(n)}`,
    ),
    list(
      'list: text search, every finding',
      () => '/findings?q=kafka%20console',
      Math.min(REQUESTS, 1000),
    ),
    list('list: first page, no filter', () => '/findings'),
    {
      name: 'insights, every finding',
      http: as('insights, every finding', () => '/insights'),
      target: 300,
      paced: [
        { rate: 1, count: few },
        { rate: 2, count: 2 * few },
      ],
      startRate: 1,
      closed: [
        { clients: 1, count: 2 * few },
        { clients: 5, count: 5 * few },
      ],
    },
    {
      name: 'insights of one team',
      http: as('insights of one team', n => `/insights?owner=${owner(n)}`),
      target: 300,
      paced: [
        { rate: 20, count: 20 * few },
        { rate: 50, count: 50 * few },
      ],
      startRate: 20,
      closed: [{ clients: 5, count: 20 * few }],
    },
  ];
}

/** The server's own p50 / p99 (ms) since the last call, in-process only. */
function takeServerTimes(): string {
  if (!serverTimes.length) return '-';
  const own = summarizeLatencies(serverTimes.splice(0));
  return `${own.p50.toFixed(1)} / ${own.p99.toFixed(1)}`;
}

/** Measures one route: closed loop first (it warms the code), paced, then the search. */
async function measureRoute(
  load: LoadWorker,
  base: string,
  route: BenchRoute,
): Promise<LoadTableRow[]> {
  const target = { baseUrl: base, route: route.http };
  const warmUpMs = WARM_UP * 1000;
  const closed: LoadTableRow[] = [];
  for (const { clients, count } of route.closed) {
    takeServerTimes();
    const result = await load.runClosedLoop({
      ...target,
      clients,
      count,
      warmUpMs,
    });
    closed.push(row(route, result, { server: takeServerTimes() }));
  }
  const paced: LoadTableRow[] = [];
  for (const { rate, count } of route.paced) {
    takeServerTimes();
    const result = await load.runPaced({
      ...target,
      rate,
      count,
      warmUpMs,
      maxInFlight: CLIENTS,
    });
    paced.push(row(route, result, { server: takeServerTimes() }));
  }
  takeServerTimes();
  const maxRate: MaxRateResult = await findMaxRate({
    targetP99Ms: route.target,
    startRate: route.startRate,
    durationMs: TRIAL * 1000,
    warmUpMs: Math.min(warmUpMs, 500),
    pauseMs: 200,
    maxTotalMs: SEARCH * 1000,
    trial: (rate, run) =>
      load.runPaced({ ...target, rate, ...run, maxInFlight: CLIENTS }),
  });
  const tried = maxRate.trials
    .map(t => `${t.rate}${t.pass ? '' : '✗'}`)
    .join(', ');
  return [
    ...paced,
    {
      route: route.name,
      targetP99Ms: route.target,
      maxRate,
      extra: {
        'server p50 / p99 ms': takeServerTimes(),
        'rates tried (✗ missed)': tried,
      },
    },
    ...closed,
  ];
}

function row(
  route: BenchRoute,
  result: LoadResult,
  extra: { server: string },
): LoadTableRow {
  return {
    route: route.name,
    targetP99Ms: route.target,
    result,
    extra: {
      'server p50 / p99 ms': extra.server,
      // How late the load sent requests after they were due: the load
      // generator's own lag, or the in-flight bound (--clients) reached.
      'sent late p99 ms':
        result.mode === 'paced' ? result.sendLag.p99.toFixed(1) : '-',
    },
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
    res.once('finish', () => serverTimes.push(performance.now() - started));
    next();
  });
  // Server errors go to the console: a bench that hits them should say so.
  const logger = {
    error: console.error,
    warn: console.warn,
    info: () => {},
    debug: () => {},
    child: () => logger,
  } as LoggerService;
  app.use('/api/devzero', createRouter({ service, httpAuth, logger }));
  // Errors answered as Backstage answers them, with their status.
  app.use(backstageErrorHandler());
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

async function runOn(name: string, knex: Knex, load: LoadWorker) {
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
  const rows: LoadTableRow[] = [];
  try {
    for (const route of benchRoutes().filter(r => r.name.includes(ROUTE))) {
      rows.push(...(await measureRoute(load, base, route)));
    }
  } finally {
    await close();
  }
  return { name, seeded, rows };
}

/**
 * --bad-input: the plugin's routes (findings and attachments) on the
 * database, sent bad requests generated from the OpenAPI document, each
 * judged as the property test judges it.
 */
async function badInputOn(name: string, knex: Knex) {
  const store = await DatabaseFindingStore.create({
    database: { getClient: async () => knex },
  });
  await insertFindingRows(
    knex,
    syntheticFindingRows({
      findings: FINDINGS,
      entities: ENTITIES,
      owners: OWNERS,
      now: new Date(),
    }),
  );
  const { httpAuth, userInfo, permissions } = fakeServices();
  const attachmentStore = new DatabaseAttachmentStore(knex);
  const service = new FindingService({
    store,
    attachments: attachmentStore,
    catalog: {} as any,
    permissions,
    userInfo,
    slaTargets: DEFAULT_SLA_TARGETS,
    reporterVisibleToOwners: true,
  });
  const attachments = new AttachmentService({
    findings: service,
    store: attachmentStore,
    maxBytes: 2 * 1024 * 1024,
  });
  // A finding that takes everything: new, with an image.
  const { id } = await knex('findings')
    .where({ status: 'new' })
    .orderBy('id')
    .first('id');
  const viewer = await service.viewer({
    $$type: '@backstage/BackstageCredentials',
    principal: { type: 'user', userEntityRef: member(0) },
  });
  const image = await attachments.add(
    id,
    { name: 'error.png', contentType: 'image/png', data: images.png },
    viewer,
  );
  const logger = {
    error: () => {},
    warn: console.warn,
    info: () => {},
    debug: () => {},
    child: () => logger,
  } as LoggerService;
  const attachmentRouter = createAttachmentRouter({
    attachments,
    findings: service,
    httpAuth,
    logger,
  });
  const app = express();
  app.use('/api/devzero', attachmentRouter);
  app.use(
    '/api/devzero',
    createRouter({ service, httpAuth, logger, before: [attachmentRouter] }),
  );
  app.use(backstageErrorHandler());
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const base = `http://127.0.0.1:${
    (server.address() as AddressInfo).port
  }/api/devzero`;
  const send = fetchSender({
    baseUrl: base,
    headers: { 'x-bench-user': member(0) },
  });
  const fixture = async () =>
    (
      await fetch(`${base}/findings/${id}`, {
        headers: { 'x-bench-user': member(0) },
      })
    ).text();
  try {
    const before = await fixture();
    const document = YAML.parse(
      fs.readFileSync(
        path.join(__dirname, '../src/schema/openapi.yaml'),
        'utf8',
      ),
    );
    // --route: the operations whose id or `METHOD /path` holds it.
    const operations = Object.entries<any>(document.paths).flatMap(
      ([route, item]) =>
        Object.entries<any>(item)
          .filter(
            ([method, op]) =>
              op?.operationId &&
              `${op.operationId} ${method.toUpperCase()} ${route}`.includes(
                ROUTE,
              ),
          )
          .map(([, op]) => op.operationId as string),
    );
    const started = performance.now();
    const stats = await runBadInput({
      document,
      send,
      numRuns: BAD_INPUT,
      seed: Number(arg('seed', String(DEFAULT_BAD_INPUT_SEED))),
      jsonLimitBytes: 256 * 1024,
      values: { id, attachmentId: image.id },
      bodies: { addAttachment: { type: 'image/png', body: images.png } },
      operations,
    });
    const seconds = (performance.now() - started) / 1000;
    const unchanged = (await fixture()) === before;
    console.log(
      `\n${name}: ${stats.reduce(
        (n, s) => n + s.cases,
        0,
      )} bad requests in ${seconds.toFixed(
        1,
      )} s, one at a time; the fixture finding ${
        unchanged ? 'is unchanged' : 'CHANGED'
      }`,
    );
    console.log(formatBadInputTable(stats));
  } finally {
    server.close();
  }
}

async function main() {
  const cpus = os.cpus();
  console.log(
    `Developer Zero benchmark on ${cpus.length} × ${cpus[0]?.model} (${(
      os.totalmem() /
      2 ** 30
    ).toFixed(0)} GiB), ${os.type()} ${os.release()}, Node ${process.version}`,
  );
  if (BAD_INPUT) {
    console.log(
      `Bad input: ${BAD_INPUT} requests a route, generated from the OpenAPI document (valid but for one thing each), on ${FINDINGS} findings; ` +
        "each answer must be a 4xx with Backstage's error body and a message naming what was broken (413 for a body over 256 kB).",
    );
    const all = await databases();
    try {
      for (const db of all) {
        if ('skipped' in db)
          console.log(`\n${db.name}: skipped, ${db.skipped}`);
        else await badInputOn(db.name, db.knex);
      }
    } finally {
      for (const db of all) if (!('skipped' in db)) await db.cleanUp();
    }
    return;
  }
  console.log(
    `${FINDINGS} findings on ${ENTITIES} entities of ${OWNERS} teams; read permission: ${READ}; load in a worker thread on loopback${
      QUICK ? '; --quick' : ''
    }`,
  );
  console.log(
    `Paced: request i is due at i / rate and its latency counts from then (open loop, at most ${CLIENTS} in flight); the targets are judged on these. ` +
      `Highest paced rate: stepped up from the route's start rate, then bisected, ${TRIAL} s a rate, ${SEARCH} s at most a route. ` +
      'Closed loop: clients back to back, latency from sending; on a shared machine this measures the machine, not the code, so it has no verdict.',
  );
  // Every database is made before the first run; each is removed, whatever happens.
  const all = await databases();
  const load = LoadWorker.start();
  try {
    for (const db of all) {
      if ('skipped' in db) {
        console.log(`\n${db.name}: skipped, ${db.skipped}`);
        continue;
      }
      const { name, seeded, rows } = await runOn(db.name, db.knex, load);
      console.log(
        `\n${name}: seeded ${FINDINGS} findings in ${(seeded / 1000).toFixed(
          1,
        )} s (in batches, in one transaction)`,
      );
      console.log(formatTable(rows));
    }
  } finally {
    await load.close();
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
