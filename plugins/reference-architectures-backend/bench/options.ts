import { benchArg } from '@internal/plugin-fitsys-node';

// The bench's flags (see run.ts), and its fixed sizes.

export const TOTAL = benchArg('entities', 50_000);
export const ADOPTERS = benchArg('adopters', 10_000);
export const RATE = benchArg('rate', 200);
export const REQUESTS = benchArg('requests', 2000);
/** Series of reference architectures, two versions each. */
export const SERIES = 100;
/** Entities a page of the catalog holds, as the catalog client reads them. */
export const PAGE = 1000;
