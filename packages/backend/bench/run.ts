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
//
// options.ts reads the flags, portal.ts starts the backend and signs the
// personas in, load.ts loads it, and profile.ts reads its CPU profile.
import { formatTable, LoadTableRow } from '@internal/plugin-fitsys-node';
import os from 'os';
import { measureAlone, PortalLoad, runPortalLoad } from './load';
import { PROFILE, SUBMIT_TARGET_P99_MS, TARGET_P99_MS } from './options';
import { signInPersonas, startPortal, surveyIds } from './portal';
import { printProfile } from './profile';

/** A route's p99 target: writes of findings have none (people file a few an hour). */
function targetOf(route: string) {
  if (route.startsWith('skills survey: change')) return SUBMIT_TARGET_P99_MS;
  if (route.startsWith('devzero: file') || route.startsWith('devzero: comment'))
    return undefined;
  return TARGET_P99_MS;
}

function printLoad(load: PortalLoad, alone: Map<string, number>) {
  const { runs, maxRate, filed, unreadable, answerChanges } = load;
  const rows: LoadTableRow[] = runs.map(({ name, result }) => ({
    route: name,
    result,
    targetP99Ms: targetOf(name),
    extra: { 'alone p50': `${(alone.get(name) ?? NaN).toFixed(1)} ms` },
  }));
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
    }; survey answer changes acknowledged: ${answerChanges}, the last one ${
      load.lastChangeReadBack ? 'is' : 'is NOT'
    } what the survey holds afterwards`,
  );
}

async function main() {
  const portal = await startPortal();
  const { backend, stop, logFile } = portal;
  let stoppedAt = 0;
  try {
    const auth = await signInPersonas(portal);
    const ids = await surveyIds(portal, auth);
    const alone = await measureAlone(portal.baseUrl, auth, ids);
    const load = await runPortalLoad(portal.baseUrl, auth, ids);
    stoppedAt = Date.now();
    stop();
    await new Promise(resolve => backend.on('exit', resolve));
    const exitDelayMs = Date.now() - stoppedAt;
    printLoad(load, alone);
    if (PROFILE)
      await printProfile(portal.profileDir, {
        loadMs: load.loadMs,
        exitDelayMs,
      });
  } catch (error) {
    console.error(
      `${(error as Error).message}; the backend's log is ${logFile}`,
    );
    if (!stoppedAt) stop();
    process.exitCode = 1;
  }
}

main();
