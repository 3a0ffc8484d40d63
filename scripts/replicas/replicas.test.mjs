// Two backend replicas on one PostgreSQL, as the design deploys them: the
// demo is loaded once, a global scheduled task has one schedule that both
// replicas share, a finding filed on one replica is read, triaged and
// exported on the other, and each answers the domain catalog from its own
// snapshot of the shared catalog.
//   node --test scripts/replicas/replicas.test.mjs
// Needs PostgreSQL: BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING, or
// POSTGRES_HOST/PORT/USER/PASSWORD, or postgres:postgres on localhost:5432.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import pgClient from 'pg';
import YAML from 'yaml';
import {
  freePort,
  startBackend,
  waitFor as waitForBackend,
} from '../lib/backend-process.mjs';

/** Waits as waitForBackend does, failing at once when the replica has exited. */
const waitFor = (what, check, timeoutMs, replica) =>
  waitForBackend(what, check, timeoutMs, replica?.backend).catch(error => {
    throw replica
      ? new Error(`${error.message}; see ${replica.logFile}`)
      : error;
  });

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);

function postgres() {
  const url = process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
  if (url) {
    const u = new URL(url);
    return {
      host: u.hostname,
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
    };
  }
  return {
    host: process.env.POSTGRES_HOST ?? 'localhost',
    port: Number(process.env.POSTGRES_PORT ?? 5432),
    user: process.env.POSTGRES_USER ?? 'postgres',
    password: process.env.POSTGRES_PASSWORD ?? 'postgres',
  };
}

const pg = postgres();
// A database prefix of its own, so the run starts from empty databases and
// leaves the developer's alone.
const prefix = `fitsys_replicas_${process.pid}_`;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fitsys-replicas-'));
const resultsDir = path.join(root, '.data/test-results');
const replicas = [];

async function startReplica(name) {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const configFile = path.join(workDir, `app-config.${name}.yaml`);
  fs.writeFileSync(
    configFile,
    YAML.stringify({
      app: { baseUrl },
      backend: {
        baseUrl,
        listen: { port },
        cors: { origin: baseUrl },
        database: {
          client: 'pg',
          prefix,
          connection: pg,
        },
      },
      // Each replica reads the catalog into its own snapshot every 5 s.
      fitsys: { catalogSnapshot: { refreshSeconds: 5 } },
      techdocs: {
        publisher: {
          type: 'local',
          local: { publishDirectory: path.join(workDir, `techdocs-${name}`) },
        },
      },
    }),
  );
  fs.mkdirSync(resultsDir, { recursive: true });
  const replica = { name, baseUrl, configFile, starts: 0 };
  launch(replica);
  replicas.push(replica);
  return replica;
}

/** Starts (or starts again) a replica's backend process, logging to a file per start. */
function launch(replica) {
  replica.starts += 1;
  replica.logFile = path.join(
    resultsDir,
    `replica-${replica.name}${
      replica.starts > 1 ? `-${replica.starts}` : ''
    }.log`,
  );
  const { backend, stop } = startBackend({
    configFiles: [replica.configFile],
    logFile: replica.logFile,
    demoSignIn: true,
  });
  replica.backend = backend;
  replica.stop = stop;
}

// What packages/backend prints before it exits when a plugin failed to start.
const START_FAILED = 'fitsys: the backend did not start';

/**
 * Waits until the replica is ready. A backend that failed to start exits (the
 * dev server's watcher outlives it, so its log says so); it is started again,
 * as its orchestrator would, at most twice.
 */
async function whenReady(replica) {
  for (;;) {
    const outcome = await waitFor(
      `replica ${replica.name} did not become ready`,
      async () => {
        if (fs.readFileSync(replica.logFile, 'utf8').includes(START_FAILED)) {
          return 'failed';
        }
        return (
          (await fetch(`${replica.baseUrl}/.backstage/health/v1/readiness`))
            .ok && 'ready'
        );
      },
      300_000,
      replica,
    );
    if (outcome === 'ready') return;
    if (replica.starts > 2) {
      throw new Error(
        `replica ${replica.name} failed to start ${replica.starts} times; see ${replica.logFile}`,
      );
    }
    replica.stop();
    await waitFor(
      `replica ${replica.name} did not stop`,
      async () =>
        replica.backend.exitCode !== null ||
        replica.backend.signalCode !== null,
      30_000,
    );
    launch(replica);
  }
}

async function token(replica, user) {
  const res = await fetch(`${replica.baseUrl}/api/auth/demo/refresh`, {
    headers: {
      'x-fitsys-demo-user': user,
      'x-requested-with': 'XMLHttpRequest',
    },
  });
  assert.equal(res.status, 200, `sign-in as ${user} on ${replica.name}`);
  return (await res.json()).backstageIdentity.token;
}

async function api(replica, user, method, route, body) {
  const res = await fetch(`${replica.baseUrl}/api${route}`, {
    method,
    headers: {
      authorization: `Bearer ${await token(replica, user)}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, headers: res.headers };
}

describe('two backend replicas on one PostgreSQL', { timeout: 600_000 }, () => {
  let a;
  let b;

  before(async () => {
    // Both start at once, as a deployment's replicas do.
    [a, b] = await Promise.all([startReplica('a'), startReplica('b')]);
    await Promise.all([whenReady(a), whenReady(b)]);
    for (const replica of [a, b]) {
      if (replica.starts > 1) {
        // Seen: two replicas racing on knex's first migrations table.
        console.log(
          `replica ${replica.name} was started ${
            replica.starts
          } times; the failed start is in ${replica.logFile.replace(
            /-\d+\.log$/,
            '.log',
          )}`,
        );
      }
    }
    // The catalog (one database for both) has loaded the demo organisation.
    await waitFor(
      'the catalog did not load the demo',
      async () =>
        (
          await api(
            a,
            'jordan.lee',
            'GET',
            '/catalog/entities/by-name/component/default/card-authoriser',
          )
        ).status === 200,
      240_000,
      a,
    );
  });

  after(async () => {
    for (const replica of replicas) replica.stop();
    await new Promise(r => setTimeout(r, 2000));
    fs.rmSync(workDir, { recursive: true, force: true });
    // The run's databases go with it.
    const client = new pgClient.Client({ ...pg, database: 'postgres' });
    await client.connect();
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    await client.end();
  });

  it('loads the demo findings once, however many replicas start at once', async () => {
    const demo = YAML.parse(
      fs.readFileSync(
        path.join(root, 'examples/devzero-findings.yaml'),
        'utf8',
      ),
    );
    const list = async replica => {
      const res = await waitFor(
        `replica ${replica.name} did not list the demo findings`,
        async () => {
          const r = await api(
            replica,
            'alex.morgan',
            'GET',
            '/devzero/findings?limit=200',
          );
          return r.status === 200 && r.json.totalItems >= demo.length - 10
            ? r
            : undefined;
        },
        120_000,
        replica,
      );
      return res.json;
    };
    const [fromA, fromB] = [await list(a), await list(b)];
    assert.equal(fromA.totalItems, fromB.totalItems);
    assert.ok(
      fromA.totalItems <= demo.length,
      `${fromA.totalItems} findings from ${demo.length} demo entries`,
    );
    const titles = fromA.items.map(f => f.title);
    assert.equal(
      new Set(titles).size,
      titles.length,
      'a demo finding was loaded twice',
    );
  });

  it('files on one replica, and reads, triages and exports on the other', async () => {
    const filed = await api(a, 'riley.novak', 'POST', '/devzero/findings', {
      entityRef: 'component:default/card-authoriser',
      title: `Replica check ${process.pid}`,
      scenario: 'Filed on replica a, triaged on replica b.',
      journeyStep: 'set-up',
      category: 'documentation',
      severity: 'annoyance',
      minutesLost: 5,
    });
    assert.equal(filed.status, 201, filed.text);
    const id = filed.json.id;
    const read = await api(b, 'jordan.lee', 'GET', `/devzero/findings/${id}`);
    assert.equal(read.status, 200, read.text);
    assert.equal(read.json.finding.title, `Replica check ${process.pid}`);
    const triaged = await api(
      b,
      'jordan.lee',
      'POST',
      `/devzero/findings/${id}/triage`,
      {
        action: 'accept',
      },
    );
    assert.equal(triaged.status, 200, triaged.text);
    for (const replica of [a, b]) {
      const exported = await api(
        replica,
        'jordan.lee',
        'GET',
        '/devzero/findings/export?format=json',
      );
      assert.equal(exported.status, 200, exported.text);
      const row = exported.json.find(f => f.id === id);
      assert.equal(row?.status, 'triaged', `export on ${replica.name}`);
    }
  });

  it('keeps one schedule for a global task, in the database both replicas share', async () => {
    const tasks = async replica => {
      const res = await api(
        replica,
        'alex.morgan',
        'GET',
        '/devzero/.backstage/scheduler/v1/tasks',
      );
      assert.equal(res.status, 200, res.text);
      return res.json.tasks.find(t => t.taskId === 'devzero-sla-warnings');
    };
    const [onA, onB] = [await tasks(a), await tasks(b)];
    assert.equal(onA.scope, 'global');
    assert.equal(onB.scope, 'global');
    // One record of the task's state, read from PostgreSQL by both.
    assert.deepEqual(onA.taskState, onB.taskState);
    assert.ok(onA.taskState, 'the global task has a state in the database');
  });

  it('answers the domain catalog on each replica from its own snapshot', async () => {
    // Once the catalog has every bounded context, each replica's next read
    // of it shows them all.
    const declared = await waitFor(
      'the catalog did not settle',
      async () => {
        const r = await api(
          a,
          'jordan.lee',
          'GET',
          '/catalog/entities/by-query?filter=kind=boundedcontext&limit=500&fields=metadata.name',
        );
        return r.status === 200 && r.json.items.length > 0
          ? r.json.items.length
          : undefined;
      },
      120_000,
      a,
    );
    const maps = [];
    for (const replica of [a, b]) {
      const res = await waitFor(
        `replica ${replica.name} did not show the catalog's ${declared} contexts`,
        async () => {
          const r = await api(
            replica,
            'jordan.lee',
            'GET',
            '/domain-catalog/map',
          );
          return r.status === 200 && r.json.contexts.length === declared
            ? r
            : undefined;
        },
        120_000,
        replica,
      );
      const status = await api(
        replica,
        'jordan.lee',
        'GET',
        '/domain-catalog/snapshot',
      );
      assert.equal(status.status, 200, status.text);
      assert.ok(status.json.generation >= 1 && status.json.readAt);
      assert.equal(res.headers.get('catalog-snapshot-read-at') !== null, true);
      maps.push(res.json.contexts.map(c => c.ref).sort());
    }
    assert.deepEqual(maps[0], maps[1]);
  });
});
