// Starts the portal's backend as a child process group with extra app-config
// files and its output in a log file, for the scripts that need a backend of
// their own (browser tests, catalog loading). Ctrl-C stops it too.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);

/**
 * Starts `yarn workspace backend start` with app-config.yaml (and the demo
 * sign-in config when `demoSignIn` is set) plus `configFiles`, after the same
 * config check as `./fitsys start`. Returns the child process and `stop()`,
 * which ends its whole process group; throws if the config has problems.
 */
export function startBackend({ configFiles, logFile, demoSignIn = false }) {
  const configs = [
    path.join(root, 'app-config.yaml'),
    ...(demoSignIn ? [path.join(root, 'app-config.demo.yaml')] : []),
    ...configFiles,
  ];
  const check = spawnSync(
    process.execPath,
    [
      path.join(root, 'scripts/check-config.mjs'),
      ...configs.flatMap(file => ['--config', file]),
    ],
    { stdio: 'inherit' },
  );
  if (check.status !== 0) {
    throw new Error('the app-config has problems (listed above)');
  }
  const log = fs.openSync(logFile, 'w');
  const backend = spawn(
    'yarn',
    [
      'workspace',
      'backend',
      'start',
      ...configs.flatMap(file => ['--config', file]),
    ],
    { cwd: root, stdio: ['ignore', log, log], detached: true },
  );
  const stop = () => {
    try {
      process.kill(-backend.pid, 'SIGTERM');
    } catch {
      // already stopped
    }
  };
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  return { backend, stop };
}

/** A TCP port free on this machine now, for a backend of a script's own. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Polls `check` every second until it returns something truthy, and returns
 * that; throws "<what> within N s" at the deadline, or at once when the
 * `backend` child process has exited.
 */
export async function waitFor(what, check, timeoutMs, backend) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    if (backend && backend.exitCode !== null) {
      throw new Error(`the backend exited with code ${backend.exitCode}`);
    }
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(
    `${what} within ${timeoutMs / 1000} s${last ? ` (${last.message})` : ''}`,
  );
}

/** The app-config lines that put a backend (serving the app) on a port of its own. */
export function listenConfigLines(port) {
  const baseUrl = `http://localhost:${port}`;
  return [
    'app:',
    `  baseUrl: ${baseUrl}`,
    'backend:',
    `  baseUrl: ${baseUrl}`,
    '  listen:',
    `    port: ${port}`,
    '  cors:',
    `    origin: ${baseUrl}`,
  ];
}
