// Starts the portal's backend as a child process group with extra app-config
// files and its output in a log file, for the scripts that need a backend of
// their own (browser tests, catalog loading). Ctrl-C stops it too.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);

/**
 * Starts `yarn workspace backend start` with app-config.yaml plus `configFiles`.
 * Returns the child process and `stop()`, which ends its whole process group.
 */
export function startBackend({ configFiles, logFile }) {
  const log = fs.openSync(logFile, 'w');
  const backend = spawn(
    'yarn',
    [
      'workspace',
      'backend',
      'start',
      '--config',
      path.join(root, 'app-config.yaml'),
      ...configFiles.flatMap(file => ['--config', file]),
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
