// What the context mapper's tests of hostile input and running time share:
// seeded randomness, CPU-time growth, and sources of many contexts.

/** A seeded generator, so that every run tries the same strings. */
export function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
}

/** CPU time of one call, in ms: less disturbed than wall-clock time by other work on the machine. */
function cpuTime(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * How much longer the work takes on an input four times as large: about 4
 * when it takes linear time, 16 when quadratic. Each size is warmed up, then
 * timed three times, interleaved, keeping the fastest. The sizes must make
 * the smaller run take tens of milliseconds: on small inputs the garbage
 * collector's threads (which CPU time counts) skew the ratio. A noisy
 * measurement is taken again, up to three times, keeping the lowest ratio:
 * linear work is under 8 at the first, quadratic work never is.
 */
export function growth(make: (n: number) => () => unknown, n: number): number {
  const small = make(n);
  const large = make(4 * n);
  small();
  large();
  let ratio = Infinity;
  for (let trial = 0; trial < 3 && ratio >= 8; trial++) {
    let smallest = Infinity;
    let largest = Infinity;
    for (let k = 0; k < 3; k++) {
      smallest = Math.min(smallest, cpuTime(small));
      largest = Math.min(largest, cpuTime(large));
    }
    ratio = Math.min(ratio, largest / Math.max(smallest, 0.001));
  }
  return ratio;
}

/** What parsing or importing the source throws (or undefined), and how long it took. */
export function attempt(run: () => unknown) {
  const start = process.cpuUsage();
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  const used = process.cpuUsage(start);
  return {
    error: error as Error | undefined,
    ms: (used.user + used.system) / 1000,
  };
}

/** The owner every imported entity is given. */
export const OWNER = { owner: 'group:default/architects' };

/** `n` bounded contexts named `<prefix><i>`, one a line. */
export const contexts = (n: number, prefix = 'Context') =>
  Array.from({ length: n }, (_, i) => `BoundedContext ${prefix}${i}`).join(
    '\n',
  );
