#!/usr/bin/env node
// Browser tests against a real portal: builds the app, starts the backend
// (which serves the built app) on a free port with a fresh SQLite folder and
// the demo data, waits until it is ready, runs Playwright in headless
// Chromium, and stops the backend afterwards, whatever happened.
//   node scripts/e2e.mjs [--json results.json] [playwright args...]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import {
  freePort,
  listenConfigLines,
  startBackend,
  waitFor,
} from './lib/backend-process.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let jsonFile;
const jsonAt = args.indexOf('--json');
if (jsonAt >= 0) {
  jsonFile = path.resolve(args[jsonAt + 1]);
  args.splice(jsonAt, 2);
}

function run(command, commandArgs, options = {}) {
  return new Promise(resolve => {
    const child = spawn(command, commandArgs, {
      cwd: root,
      stdio: 'inherit',
      ...options,
    });
    child.on('exit', code => resolve(code ?? 1));
  });
}

async function main() {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fitsys-e2e-'));
  const logFile = path.join(root, '.data/test-results/e2e-backend.log');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.writeFileSync(
    path.join(workDir, 'app-config.e2e.yaml'),
    [
      ...listenConfigLines(port),
      '  database:',
      '    client: better-sqlite3',
      '    connection:',
      `      directory: ${path.join(workDir, 'sqlite')}`,
      'techdocs:',
      '  publisher:',
      '    type: local',
      '    local:',
      `      publishDirectory: ${path.join(workDir, 'techdocs')}`,
      // The demo's locations, and the browser tests' own fixtures (a list
      // in a later config file replaces the earlier one, so it is repeated).
      YAML.stringify({
        catalog: {
          locations: [
            ...YAML.parse(
              fs.readFileSync(path.join(root, 'app-config.yaml'), 'utf8'),
            ).catalog.locations,
            {
              type: 'file',
              target: path.join(
                root,
                'packages/app/e2e-tests/fixtures/hostile-architecture.yaml',
              ),
            },
          ],
        },
      }),
    ].join('\n'),
  );
  fs.mkdirSync(path.join(workDir, 'sqlite'));
  fs.mkdirSync(path.join(workDir, 'techdocs'));

  console.log('[e2e] building the app');
  if ((await run('yarn', ['workspace', 'app', 'build'])) !== 0) return 1;

  console.log(
    `[e2e] starting the backend on ${baseUrl} (log: ${path.relative(
      root,
      logFile,
    )})`,
  );
  const { backend, stop } = startBackend({
    configFiles: [path.join(workDir, 'app-config.e2e.yaml')],
    logFile,
    demoSignIn: true,
  });

  try {
    await waitFor(
      'the backend did not become ready',
      async () => (await fetch(`${baseUrl}/.backstage/health/v1/readiness`)).ok,
      180_000,
      backend,
    );
    console.log('[e2e] backend ready; running Playwright');
    const reporter = jsonFile ? [`--reporter=list,json`] : [];
    return await run('yarn', ['playwright', 'test', ...reporter, ...args], {
      env: {
        ...process.env,
        PLAYWRIGHT_URL: baseUrl,
        ...(jsonFile ? { PLAYWRIGHT_JSON_OUTPUT_NAME: jsonFile } : {}),
      },
    });
  } catch (error) {
    console.error(`[e2e] ${error.message}; the backend's log follows`);
    console.error(
      fs.readFileSync(logFile, 'utf8').split('\n').slice(-60).join('\n'),
    );
    return 1;
  } finally {
    stop();
    await new Promise(r => setTimeout(r, 1000));
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().then(
  code => process.exit(code),
  error => {
    console.error(error);
    process.exit(1);
  },
);
