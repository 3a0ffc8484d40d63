/* eslint-disable no-console */
import fs from 'fs';
import path from 'path';
import { root } from './options';

// Where the backend's CPU went during the load, from the V8 CPU profile it
// wrote on exit.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Self time per function during [from, to] (µs on the profile's clock), top N. */
export function summariseProfile(
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
/**
 * The backend's own profile: the one that ran the plugins' code (yarn and
 * the CLI's watcher write profiles too). The process that ran it may still
 * be writing it when the one the bench started has exited: waits until it
 * is there and its size holds for a second.
 */
async function backendProfile(profileDir: string) {
  let last = { file: '', size: -1 };
  for (let waited = 0; waited < 60_000; waited += 1_000) {
    const files = fs.existsSync(profileDir)
      ? fs.readdirSync(profileDir).map(f => path.join(profileDir, f))
      : [];
    const found = files
      .filter(f => fs.readFileSync(f, 'utf8').includes('devzero-backend/src'))
      .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
    if (found) {
      const size = fs.statSync(found).size;
      if (found === last.file && size === last.size) return found;
      last = { file: found, size };
    }
    await new Promise(resolve => setTimeout(resolve, 1_000));
  }
  return undefined;
}

/**
 * Prints the self time of the backend's process during the load: the
 * window of `loadMs` that ended `exitDelayMs` (and half a second) before
 * the profile did.
 */
export async function printProfile(
  profileDir: string,
  window: { loadMs: number; exitDelayMs: number },
) {
  const biggest = await backendProfile(profileDir);
  if (!biggest) {
    console.log(
      `\nNo CPU profile of the backend's process in ${profileDir} within 60 s of its exit.`,
    );
    return;
  }
  const { total, rows: top } = summariseProfile(
    biggest,
    (window.exitDelayMs + 500) * 1000,
    window.loadMs * 1000,
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
