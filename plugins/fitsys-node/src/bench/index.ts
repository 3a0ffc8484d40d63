// What every bench script of the Fit Systems backends needs besides the load
// harness (../load): its numeric options, the heap after a collection, and
// figures printed as people read them.

/**
 * The number given as `--<name> <value>` on the command line, or `fallback`.
 *
 * @public
 */
export function benchArg(
  name: string,
  fallback: number,
  argv: readonly string[] = process.argv,
): number {
  const at = argv.indexOf(`--${name}`);
  return at > 0 ? Number(argv[at + 1]) : fallback;
}

/**
 * The heap in use, in MiB, after two collections when node runs with
 * `--expose-gc` (without it, as it stands).
 *
 * @public
 */
export function heapUsedMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/**
 * A figure with thousands separators and at most `digits` decimals
 * (`12,345.6`).
 *
 * @public
 */
export function formatFigure(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/**
 * The median of values in any order (the upper one of an even count); the
 * list is not changed.
 *
 * @public
 */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}
