// Temporary folders for the scripts' tests, removed when the tests end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';

/** Returns a function that makes a new temporary folder named `prefix…`. */
export function tempDirs(prefix) {
  const dirs = [];
  after(() =>
    dirs.forEach(dir => fs.rmSync(dir, { recursive: true, force: true })),
  );
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}
