import { benchArg, DEFAULT_BAD_INPUT_SEED } from '@internal/plugin-fitsys-node';

// The bench's flags (see run.ts), read once; a replica process reads the
// same ones, as node:cluster forks it with the primary's arguments.

/** A flag's text, or `fallback`. */
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
export const QUICK = process.argv.includes('--quick');
/** Bad requests per route with --bad-input; 0 without it. */
export const BAD_INPUT = (() => {
  const i = process.argv.indexOf('--bad-input');
  if (i < 0) return 0;
  const n = Number(process.argv[i + 1]);
  return Number.isInteger(n) && n > 0 ? n : 1000;
})();
export const FINDINGS = benchArg('findings', BAD_INPUT ? 1000 : 100_000);
export const ENTITIES = benchArg('entities', 2000);
export const OWNERS = benchArg('owners', 100);
export const REQUESTS = benchArg('requests', QUICK ? 500 : 4000);
export const CLIENTS = benchArg('clients', 50);
export const READ = arg('read', 'allow') as 'allow' | 'conditional';
export const ONLY = arg('only', '');
export const ROUTE = arg('route', '');
export const PACES = arg('paces', '400,800')
  .split(',')
  .filter(Boolean)
  .map(Number);
export const REPLICAS = benchArg('replicas', 1);
export const WARM_UP = benchArg('warm-up', QUICK ? 0.5 : 3);
export const TRIAL = benchArg('trial', QUICK ? 1 : 2);
export const SEARCH = benchArg('search', QUICK ? 8 : 30);
/** The seed of the bad requests' generator (--seed). */
export const SEED = benchArg('seed', DEFAULT_BAD_INPUT_SEED);
