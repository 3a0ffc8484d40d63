/* eslint-disable no-console */
import {
  backstageErrorHandler,
  benchLogger,
  summarizeLatencies,
} from '@internal/plugin-fitsys-node';
import cluster from 'cluster';
import express from 'express';
import knexFactory, { Knex } from 'knex';
import { AddressInfo } from 'net';
import { DatabaseFindingStore } from '../src/database/DatabaseFindingStore';
import { FindingService } from '../src/service/FindingService';
import { createRouter } from '../src/service/router';
import { DEFAULT_SLA_TARGETS } from '../src/service/sla';
import { REPLICAS } from './options';
import { fakeServices } from './services';

/**
 * The server's own time for each request in this process: from express
 * receiving it to the last byte handed to the socket, so what is left of
 * the clients' time is waiting. Warm-up requests are in it too: the same
 * code at the same load.
 */
const serverTimes: number[] = [];

/** The server's own p50 / p99 (ms) since the last call, in-process only. */
export function takeServerTimes(): string {
  if (!serverTimes.length) return '-';
  const own = summarizeLatencies(serverTimes.splice(0));
  return `${own.p50.toFixed(1)} / ${own.p99.toFixed(1)}`;
}

/** Serves the real router on loopback; returns its base address. */
export async function listen(store: DatabaseFindingStore) {
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
  const logger = benchLogger();
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
export async function serve(store: DatabaseFindingStore, knex: Knex) {
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
export function replicaConfig(knex: Knex): Knex.Config {
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
export async function replica(config: Knex.Config) {
  const knex = knexFactory(config);
  const store = await DatabaseFindingStore.create({
    database: { getClient: async () => knex },
  });
  const { base } = await listen(store);
  process.send!({ base });
}
