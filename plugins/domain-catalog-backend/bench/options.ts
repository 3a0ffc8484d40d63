import { benchArg, DEFAULT_BAD_INPUT_SEED } from '@internal/plugin-fitsys-node';

// The bench's flags (see run.ts), read once.

export const QUICK = process.argv.includes('--quick');
export const TOTAL = benchArg('entities', 50_000);
export const CONTEXTS = benchArg('contexts', 500);
export const TERMS_PER_CONTEXT = benchArg('terms-per-context', 10);
export const REQUESTS = benchArg('requests', QUICK ? 300 : 1000);
export const CLIENTS = benchArg('clients', 10);
export const PACES = (() => {
  const i = process.argv.indexOf('--paces');
  return (i > 0 ? process.argv[i + 1] : '100,400')
    .split(',')
    .filter(Boolean)
    .map(Number);
})();
export const ROUTE = (() => {
  const i = process.argv.indexOf('--route');
  return i > 0 ? process.argv[i + 1] : '';
})();
export const TARGET = benchArg('target', 100);
export const WARM_UP = benchArg('warm-up', QUICK ? 0.5 : 1);
export const TRIAL = benchArg('trial', QUICK ? 1 : 2);
export const SEARCH = benchArg('search', QUICK ? 8 : 20);
/** Bad requests per route with --bad-input; 0 without it. */
export const BAD_INPUT = (() => {
  const i = process.argv.indexOf('--bad-input');
  if (i < 0) return 0;
  const n = Number(process.argv[i + 1]);
  return Number.isInteger(n) && n > 0 ? n : 1000;
})();
/** The seed of the bad requests' generator (--seed). */
export const SEED = benchArg('seed', DEFAULT_BAD_INPUT_SEED);
