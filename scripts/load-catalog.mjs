#!/usr/bin/env node
// Loads a synthetic catalog into a portal backend on PostgreSQL, for the
// benchmarks, and reports how long the catalog took to serve every entity.
// The databases get their own prefix (fitsys_bench_), so they are kept apart
// from the development portal's and survive for repeated benchmark runs: a
// second run with the same size and seed finds the catalog loaded and stops.
//
//   POSTGRES_HOST=localhost POSTGRES_PORT=5432 POSTGRES_USER=postgres POSTGRES_PASSWORD=postgres \
//     node scripts/load-catalog.mjs --entities 50000 --seed 1 [--port 7017] [--keep-running]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBackend } from './lib/backend-process.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const options = {
    entities: 50000,
    seed: 1,
    port: 7017,
    timeoutMinutes: 60,
    keepRunning: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--keep-running') options.keepRunning = true;
    else if (
      ['--entities', '--seed', '--port', '--timeout-minutes'].includes(flag) &&
      /^\d+$/.test(value ?? '')
    ) {
      options[flag === '--timeout-minutes' ? 'timeoutMinutes' : flag.slice(2)] =
        Number(value);
      i++;
    } else {
      console.error(
        `Unknown or incomplete argument "${flag}": use --entities N --seed S [--port P] [--keep-running]`,
      );
      process.exit(2);
    }
  }
  return options;
}

// A static token for this script only, on this loopback-only backend.
const BENCH_TOKEN = 'fitsys-bench-loader-token';

/** Entities served, not counting the Location entities that list the files. */
async function countEntities(baseUrl) {
  const count = async filter => {
    const response = await fetch(
      `${baseUrl}/api/catalog/entities/by-query?limit=1${filter}`,
      {
        headers: { authorization: `Bearer ${BENCH_TOKEN}` },
      },
    );
    return response.ok ? (await response.json()).totalItems : 0;
  };
  return (await count('')) - (await count('&filter=kind=location'));
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const missing = [
    'POSTGRES_HOST',
    'POSTGRES_PORT',
    'POSTGRES_USER',
    'POSTGRES_PASSWORD',
  ].filter(v => !process.env[v]);
  if (missing.length) {
    console.error(
      `Set ${missing.join(
        ', ',
      )} to reach the PostgreSQL server the catalog is loaded into.`,
    );
    return 2;
  }
  const name = `synthetic-${options.entities}-s${options.seed}`;
  const outDir = path.join(root, '.data', name);
  if (!fs.existsSync(path.join(outDir, 'locations.yaml'))) {
    const generated = spawnSync(
      process.execPath,
      [
        path.join(root, 'scripts/generate-catalog.mjs'),
        '--entities',
        String(options.entities),
        '--seed',
        String(options.seed),
        '--out',
        outDir,
      ],
      { stdio: 'inherit' },
    );
    if (generated.status !== 0) return 1;
  }

  const baseUrl = `http://localhost:${options.port}`;
  const configFile = path.join(outDir, 'app-config.bench.yaml');
  fs.writeFileSync(
    configFile,
    [
      'app:',
      `  baseUrl: ${baseUrl}`,
      'backend:',
      `  baseUrl: ${baseUrl}`,
      '  listen:',
      `    port: ${options.port}`,
      '  database:',
      '    client: pg',
      // One set of databases per catalog size and seed, kept between runs.
      `    prefix: fitsys_bench_${options.entities}_s${options.seed}_`,
      '    connection:',
      '      host: ${POSTGRES_HOST}',
      '      port: ${POSTGRES_PORT}',
      '      user: ${POSTGRES_USER}',
      '      password: ${POSTGRES_PASSWORD}',
      '  auth:',
      '    externalAccess:',
      '      - type: static',
      '        options:',
      `          token: ${BENCH_TOKEN}`,
      '          subject: fitsys-bench-loader',
      'catalog:',
      // Re-processing competes with first ingestion; measured 15 -> 10 minutes.
      '  processingInterval: { minutes: 30 }',
      '  locations:',
      '    - type: file',
      `      target: ${path.join(outDir, 'locations.yaml')}`,
      '',
    ].join('\n'),
  );

  console.log(
    `[load] starting a backend on ${baseUrl} with databases fitsys_bench_${options.entities}_s${options.seed}_*`,
  );
  const logFile = path.join(outDir, 'backend.log');
  const { backend, stop } = startBackend({
    configFiles: [configFile],
    logFile,
  });

  const started = Date.now();
  // A catalog that never completes (an entity that fails validation, say)
  // must not keep this script waiting for ever.
  const deadline = started + options.timeoutMinutes * 60_000;
  let last = -1;
  try {
    for (;;) {
      if (backend.exitCode !== null)
        throw new Error(
          `the backend exited (${backend.exitCode}); see ${logFile}`,
        );
      const count = await countEntities(baseUrl).catch(() => 0);
      const seconds = (Date.now() - started) / 1000;
      if (count !== last) {
        console.log(
          `[load] ${Math.round(seconds)} s: ${count} of ${
            options.entities
          } entities served (${(count / seconds).toFixed(1)} per second)`,
        );
        last = count;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `only ${count} of ${options.entities} entities after ${options.timeoutMinutes} minutes; see ${logFile} and the catalog's unprocessed entities`,
        );
      }
      if (count >= options.entities) {
        console.log(
          `[load] all ${options.entities} entities served after ${Math.round(
            seconds,
          )} s (from backend start, including its start-up)`,
        );
        break;
      }
      await new Promise(r => setTimeout(r, 10_000));
    }
  } finally {
    if (!options.keepRunning) stop();
  }
  if (options.keepRunning)
    console.log(
      `[load] the backend keeps running on ${baseUrl} (pid group ${backend.pid})`,
    );
  return 0;
}

main().then(
  code => process.exit(code),
  error => {
    console.error(`[load] ${error.message}`);
    process.exit(1);
  },
);
