/* eslint-disable no-console */
// Benchmark of the portal itself, as people use it: the backend as
// `./fitsys start` runs it (demo data on SQLite files, or --postgres), real
// sign-in tokens of the demo personas and the real permission policy, under
// a paced mix of reads and writes per persona. Prints p50 / p99 per route,
// the catalog's own entity route beside them as the anchor, checks that
// every write acknowledged is readable afterwards, and where the server's
// CPU went during the load (a V8 CPU profile of the backend, summarised).
// Asserts nothing.
// Run: yarn workspace backend bench [--rate 200] [--seconds 30]
//   [--warm-up 5] [--write-rate 4] [--postgres] [--no-profile]
//   [--only <text in a read route's name>] [--find-max]
// --find-max then searches for the highest rate of the read mix alone whose
// p99 stays under the target (10 s trials after 3 s of warm-up).
import {
  findMaxRate,
  formatTable,
  HttpLoadClient,
  LoadResult,
  LoadTableRow,
  runPaced,
} from '@internal/plugin-fitsys-node';
import fs from 'fs';
import os from 'os';
import path from 'path';

const root = path.resolve(__dirname, '../../..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RATE = arg('rate', 200);
const SECONDS = arg('seconds', 30);
const WARM_UP = arg('warm-up', 30);
const WRITE_RATE = arg('write-rate', 4);
const POSTGRES = process.argv.includes('--postgres');
const PROFILE = !process.argv.includes('--no-profile');
const FIND_MAX = process.argv.includes('--find-max');
const TARGET_P99_MS = 100;
const onlyAt = process.argv.indexOf('--only');
/** Only the read routes whose name contains this text (their shares rescaled). */
const ONLY = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;

/** The read mix: each route's share of the rate, the persona who asks, and the path. */
const READS: { name: string; share: number; user: string; path: string }[] = [
  {
    name: 'catalog: entity by name (anchor)',
    share: 0.15,
    user: 'jordan.lee',
    path: '/api/catalog/entities/by-name/component/default/card-authoriser',
  },
  {
    name: 'devzero: findings list, open, first page',
    share: 0.2,
    user: 'riley.novak',
    path: '/api/devzero/findings?status=new&status=triaged&limit=25',
  },
  {
    name: 'devzero: team inbox',
    share: 0.2,
    user: 'jordan.lee',
    path: '/api/devzero/inbox',
  },
  {
    name: 'devzero: findings of an entity',
    share: 0.1,
    user: 'jordan.lee',
    path: '/api/devzero/findings?entity=component:default/card-authoriser',
  },
  {
    name: 'domain catalog: context map',
    share: 0.15,
    user: 'sam.okafor',
    path: '/api/domain-catalog/map',
  },
  {
    name: "domain catalog: an entity's context",
    share: 0.1,
    user: 'jordan.lee',
    path: '/api/domain-catalog/entities/component/default/card-authoriser/context',
  },
  {
    name: 'domain catalog: glossary search',
    share: 0.1,
    user: 'sam.okafor',
    path: '/api/domain-catalog/glossary?q=card',
  },
];

const MIX = (() => {
  const chosen = READS.filter(read => !ONLY || read.name.includes(ONLY));
  if (chosen.length === 0)
    throw new Error(`No read route matches --only ${ONLY}`);
  const total = chosen.reduce((sum, read) => sum + read.share, 0);
  return chosen.map(read => ({ ...read, share: read.share / total }));
})();

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Self time per function during [from, to] (µs on the profile's clock), top N. */
function summariseProfile(
  file: string,
  fromEndUs: number,
  windowUs: number,
  top = 15,
) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
    endTime: number;
  };
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const to = profile.endTime - fromEndUs;
  const from = to - windowUs;
  const self = new Map<string, number>();
  let t = profile.endTime;
  // Walk back from the end, so the window is measured from the exit.
  const times: number[] = new Array(profile.samples.length);
  for (let i = profile.samples.length - 1; i >= 0; i--) {
    times[i] = t;
    t -= profile.timeDeltas[i];
  }
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    if (times[i] < from || times[i] > to) continue;
    const node = byId.get(profile.samples[i]);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url
      ? `${url
          .replace(/^.*node_modules\//, '')
          .replace(`file://${root}/`, '')}:${lineNumber + 1}`
      : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + 1);
    total++;
  }
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { total, rows };
}

async function main() {
  const { freePort, listenConfigLines, startBackend, waitFor } = await import(
    path.join(root, 'scripts/lib/backend-process.mjs')
  );
  const port: number = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const workDir = fs.mkdtempSync(
    path.join(os.tmpdir(), 'fitsys-portal-bench-'),
  );
  const profileDir = path.join(workDir, 'profiles');
  const configFile = path.join(workDir, 'app-config.bench.yaml');
  fs.writeFileSync(
    configFile,
    [
      ...listenConfigLines(port),
      ...(POSTGRES
        ? []
        : [
            '  database:',
            '    client: better-sqlite3',
            '    connection:',
            `      directory: ${path.join(workDir, 'sqlite')}`,
          ]),
      '',
    ].join('\n'),
  );
  fs.mkdirSync(path.join(workDir, 'sqlite'));
  const logFile = path.join(workDir, 'backend.log');
  if (PROFILE)
    process.env.NODE_OPTIONS = `${
      process.env.NODE_OPTIONS ?? ''
    } --cpu-prof --cpu-prof-dir=${profileDir}`.trim();
  const configFiles = [
    configFile,
    ...(POSTGRES ? [path.join(root, 'app-config.postgres.yaml')] : []),
  ];
  console.log(
    `Starting the portal's backend on ${baseUrl} (${
      POSTGRES ? 'PostgreSQL' : 'SQLite files'
    }; log: ${logFile})`,
  );
  const { backend, stop } = startBackend({
    configFiles,
    logFile,
    demoSignIn: true,
  });
  delete process.env.NODE_OPTIONS;
  let stoppedAt = 0;
  try {
    await waitFor(
      'the backend did not become ready',
      async () => (await fetch(`${baseUrl}/.backstage/health/v1/readiness`)).ok,
      300_000,
    );
    const tokens = new Map<string, string>();
    // Sign-in works once the catalog has loaded the demo users.
    for (const user of [
      'jordan.lee',
      'riley.novak',
      'sam.okafor',
      'alex.morgan',
    ]) {
      await waitFor(
        `${user} could not sign in`,
        async () => {
          const res = await fetch(`${baseUrl}/api/auth/demo/refresh`, {
            headers: {
              'x-fitsys-demo-user': user,
              'x-requested-with': 'XMLHttpRequest',
            },
          });
          if (!res.ok) return false;
          tokens.set(user, ((await res.json()) as any).backstageIdentity.token);
          return true;
        },
        240_000,
        backend,
      );
    }
    const auth = (user: string) => ({
      authorization: `Bearer ${tokens.get(user)}`,
    });
    await waitFor(
      'the catalog did not load the demo',
      async () =>
        (
          await fetch(`${baseUrl}${READS[0].path}`, {
            headers: auth('jordan.lee'),
          })
        ).ok,
      240_000,
    );
    await waitFor(
      'the demo findings did not load',
      async () => {
        const res = await fetch(`${baseUrl}/api/devzero/findings?limit=1`, {
          headers: auth('alex.morgan'),
        });
        return res.ok && ((await res.json()) as any).totalItems > 0;
      },
      120_000,
    );
    await waitFor(
      'the domain catalog did not read the catalog',
      async () =>
        (
          await fetch(`${baseUrl}/api/domain-catalog/map`, {
            headers: auth('sam.okafor'),
          })
        ).ok,
      120_000,
    );

    // One request of each route alone: the cost of the path without load.
    const alone = new Map<string, number>();
    for (const read of MIX) {
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        await (
          await fetch(`${baseUrl}${read.path}`, { headers: auth(read.user) })
        ).arrayBuffer();
        times.push(performance.now() - t);
      }
      alone.set(read.name, times.sort((a, b) => a - b)[10]);
    }

    const client = new HttpLoadClient(baseUrl, { maxSockets: 256 });
    const filed: string[] = [];
    let counter = 0;
    const writes = [
      {
        name: 'devzero: file a finding (riley.novak)',
        rate: WRITE_RATE / 2,
        send: async () => {
          const res = await fetch(`${baseUrl}/api/devzero/findings`, {
            method: 'POST',
            headers: {
              ...auth('riley.novak'),
              'content-type': 'application/json',
            },
            body: JSON.stringify({
              entityRef: 'component:default/card-authoriser',
              title: `Bench finding ${process.pid}-${++counter}`,
              scenario: 'Filed by the portal bench under load.',
              journeyStep: 'first-use',
              category: 'documentation',
              severity: 'annoyance',
              minutesLost: 1,
            }),
          });
          const body = (await res.json()) as { id?: string };
          if (res.status === 201 && body.id) filed.push(body.id);
          return { status: res.status };
        },
      },
      {
        name: 'devzero: comment on a finding (jordan.lee)',
        rate: WRITE_RATE / 2,
        send: async () => {
          const id = filed[filed.length - 1];
          if (!id) return { status: 200 };
          const res = await fetch(
            `${baseUrl}/api/devzero/findings/${id}/comments`,
            {
              method: 'POST',
              headers: {
                ...auth('jordan.lee'),
                'content-type': 'application/json',
              },
              body: JSON.stringify({ body: 'Seen under load; looking.' }),
            },
          );
          await res.arrayBuffer();
          return { status: res.status };
        },
      },
    ];
    console.log(
      `Load: ${RATE} reads/s and ${WRITE_RATE} writes/s for ${SECONDS} s after ${WARM_UP} s of warm-up`,
    );
    const loadStarted = Date.now();
    const runs = await Promise.all([
      ...MIX.map(read =>
        runPaced({
          rate: RATE * read.share,
          durationMs: SECONDS * 1000,
          warmUpMs: WARM_UP * 1000,
          maxInFlight: 64,
          send: client.sender({
            name: read.name,
            path: read.path.replace(/^\/api/, '/api'),
            headers: auth(read.user),
          }),
        }).then(result => ({ name: read.name, result })),
      ),
      ...writes
        .filter(write => write.rate > 0)
        .map(write =>
          runPaced({
            rate: write.rate,
            durationMs: SECONDS * 1000,
            warmUpMs: WARM_UP * 1000,
            maxInFlight: 16,
            send: write.send,
          }).then(result => ({ name: write.name, result })),
        ),
    ]);
    const loadMs = Date.now() - loadStarted;

    // Every write acknowledged is readable afterwards.
    let unreadable = 0;
    for (const id of filed) {
      const res = await fetch(`${baseUrl}/api/devzero/findings/${id}`, {
        headers: auth('riley.novak'),
      });
      if (res.status !== 200) unreadable++;
      await res.arrayBuffer();
    }
    let maxRate: Awaited<ReturnType<typeof findMaxRate>> | undefined;
    if (FIND_MAX) {
      // The read mix as one stream: each route takes its share of the slots.
      const senders = MIX.map(read =>
        client.sender({
          name: read.name,
          path: read.path,
          headers: auth(read.user),
        }),
      );
      const slots: number[] = [];
      MIX.forEach((read, r) => {
        for (let k = 0; k < Math.round(read.share * 20); k++) slots.push(r);
      });
      maxRate = await findMaxRate({
        targetP99Ms: TARGET_P99_MS,
        send: (i, context) => senders[slots[i % slots.length]](i, context),
        rates: [25, 50, 100, 150, 200, 300],
        durationMs: 10_000,
        warmUpMs: 3_000,
        pauseMs: 2_000,
        maxInFlight: 256,
        maxTotalMs: 240_000,
      });
    }
    client.close();
    stoppedAt = Date.now();
    stop();
    await new Promise(resolve => backend.on('exit', resolve));
    const exitDelayMs = Date.now() - stoppedAt;

    const rows: LoadTableRow[] = runs.map(
      ({ name, result }: { name: string; result: LoadResult }) => ({
        route: name,
        result,
        targetP99Ms:
          name.startsWith('devzero: file') ||
          name.startsWith('devzero: comment')
            ? undefined
            : TARGET_P99_MS,
        extra: { 'alone p50': `${(alone.get(name) ?? NaN).toFixed(1)} ms` },
      }),
    );
    console.log('');
    console.log(
      `Machine: ${os.cpus().length} x ${os.cpus()[0]?.model}, Node ${
        process.version
      }, load average ${os
        .loadavg()
        .map(l => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(formatTable(rows));
    if (maxRate) {
      console.log('');
      console.log(
        `Highest rate of the read mix alone with p99 < ${TARGET_P99_MS} ms: ${
          maxRate.maxRate ?? 'none tried'
        } requests/s (${maxRate.stoppedBy}); trials: ${maxRate.trials
          .map(
            t =>
              `${t.rate}/s p50 ${t.result.latency.p50.toFixed(
                1,
              )} p99 ${t.result.latency.p99.toFixed(1)} ms`,
          )
          .join('; ')}`,
      );
    }
    console.log('');
    console.log(
      `Writes acknowledged: ${
        filed.length
      } findings filed; readable afterwards: ${filed.length - unreadable} of ${
        filed.length
      }`,
    );

    if (PROFILE && fs.existsSync(profileDir)) {
      const files = fs
        .readdirSync(profileDir)
        .map(f => path.join(profileDir, f));
      // The backend's own process is the one that ran the plugins' code
      // (yarn and the CLI's watcher write profiles too).
      const biggest = files
        .filter(f => fs.readFileSync(f, 'utf8').includes('devzero-backend/src'))
        .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
      if (biggest) {
        const { total, rows: top } = summariseProfile(
          biggest,
          (exitDelayMs + 500) * 1000,
          loadMs * 1000,
        );
        console.log('');
        console.log(
          `Where the backend's CPU went during the load (${total} samples of its V8 profile; self time):`,
        );
        console.log('| function | share |');
        console.log('| --- | --: |');
        for (const [fn, n] of top)
          console.log(
            `| ${fn.replace(/\|/g, '\\|')} | ${(
              (100 * n) /
              Math.max(1, total)
            ).toFixed(1)} % |`,
          );
        console.log(`\nFull profile: ${biggest} (open it in Chrome DevTools)`);
      }
    }
  } catch (error) {
    console.error(
      `${(error as Error).message}; the backend's log is ${logFile}`,
    );
    if (!stoppedAt) stop();
    process.exitCode = 1;
  }
}

main();
