/* eslint-disable no-console */
// Benchmark of Developer Zero at the scale: 100,000 findings on 2,000
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
// BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING, else//
// options.ts reads the flags; databases.ts makes the databases, server.ts
// serves the router (replicas too), routes.ts and measure.ts load it, and
// badInput.ts sends it bad requests instead.
import {
  formatTable,
  LoadTableRow,
  LoadWorker,
} from '@internal/plugin-fitsys-node';
import cluster from 'cluster';
import { Knex } from 'knex';
import os from 'os';
import {
  insertFindingRows,
  syntheticFindingRows,
} from '../src/__testUtils__/syntheticFindings';
import { DatabaseFindingStore } from '../src/database/DatabaseFindingStore';
import { badInputOn } from './badInput';
import { databases } from './databases';
import { measureRoute } from './measure';
import {
  BAD_INPUT,
  CLIENTS,
  ENTITIES,
  FINDINGS,
  OWNERS,
  QUICK,
  READ,
  ROUTE,
  SEARCH,
  TRIAL,
} from './options';
import { benchRoutes } from './routes';
import { replica, serve } from './server';

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
