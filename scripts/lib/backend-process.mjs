// Starts the portal's backend as a child process group with extra app-config
// files and its output in a log file, for the scripts that need a backend of
// their own (browser tests, catalog loading). Ctrl-C stops it too.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
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
