import { DependencyGraph } from './graph';
import { Components } from './scc';

/** Values kept per bottom-k sketch. */
export const SKETCH_SIZE = 64;

/** The relative standard error of an estimate from a full sketch: 1 / sqrt(k - 2). */
export const SKETCH_RELATIVE_ERROR = 1 / Math.sqrt(SKETCH_SIZE - 2);

/** A deterministic 32-bit hash of a node, its rank in the sketches. */
function rankOf(v: number): number {
  let x = (v + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Merges two ascending sketches into `into`, distinct values, at most k; returns its length. */
function merge(
  a: Uint32Array,
  b: Uint32Array,
  into: Uint32Array,
  k: number,
): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (n < k && (i < a.length || j < b.length)) {
    let x: number;
    if (j >= b.length || (i < a.length && a[i] < b[j])) x = a[i++];
    else if (i >= a.length || b[j] < a[i]) x = b[j++];
    else {
      x = a[i++];
      j++;
    }
    into[n++] = x;
  }
  return n;
}

/**
 * How many entities need each node, transitively (its dependents), for
 * every node at once. Exact for sets smaller than the sketch; above it an
 * estimate from bottom-k sketches (Cohen), (k - 1) / the k-th smallest rank,
 * with a relative standard error of 1 / sqrt(k - 2), about 13 % at k = 64.
 * Sketches flow along the components in topological order, so the cost is
 * O(k) per edge, not per pair of nodes.
 */
export function estimateDependents(
  g: DependencyGraph,
  c: Components,
  k = SKETCH_SIZE,
): { count: Float64Array; exact: Uint8Array } {
  // Members of each component, as one array sliced by start offsets.
  const start = new Int32Array(c.count + 1);
  for (let v = 0; v < g.nodeCount; v++) start[c.component[v] + 1]++;
  for (let i = 0; i < c.count; i++) start[i + 1] += start[i];
  const members = new Int32Array(g.nodeCount);
  const fill = start.slice(0, c.count);
  for (let v = 0; v < g.nodeCount; v++) members[fill[c.component[v]]++] = v;

  const sketches: Array<Uint32Array | undefined> = new Array(c.count);
  let current = new Uint32Array(k);
  let other = new Uint32Array(k);
  const count = new Float64Array(g.nodeCount);
  const exact = new Uint8Array(g.nodeCount);
  const own: number[] = [];
  for (let i = 0; i < c.count; i++) {
    const comp = c.order[i];
    own.length = 0;
    for (let m = start[comp]; m < start[comp + 1]; m++) {
      if (members[m] < g.entityCount) own.push(rankOf(members[m]));
    }
    own.sort((x, y) => x - y);
    let length = Math.min(k, own.length);
    for (let j = 0; j < length; j++) current[j] = own[j];
    for (let m = start[comp]; m < start[comp + 1]; m++) {
      const v = members[m];
      for (let e = g.inStart[v]; e < g.inStart[v + 1]; e++) {
        const from = c.component[g.in[e]];
        if (from === comp) continue;
        const theirs = sketches[from]!;
        // Nothing of theirs can enter a full sketch whose largest is smaller.
        if (!theirs.length || (length === k && theirs[0] >= current[k - 1])) {
          continue;
        }
        length = merge(current.subarray(0, length), theirs, other, k);
        const swap = current;
        current = other;
        other = swap;
      }
    }
    sketches[comp] = current.slice(0, length);
    const full = length >= k;
    const size = full ? (k - 1) / ((current[k - 1] + 1) / 4294967296) : length;
    for (let m = start[comp]; m < start[comp + 1]; m++) {
      const v = members[m];
      // A node is not its own dependent.
      count[v] = Math.max(0, size - (v < g.entityCount ? 1 : 0));
      exact[v] = full ? 0 : 1;
    }
  }
  return { count, exact };
}
