import Graph from 'graphology';

/** How often the force layout's progress is checked. */
export const CONVERGENCE_CHECK_MS = 250;
/**
 * Converged: between two checks the nodes moved on average less than this
 * share of the drawing's extent (0.2 %: under 3 px of a drawing fitted to
 * a 1,280 px canvas, in a quarter of a second).
 */
export const CONVERGED = 0.002;

/** The nodes' positions, x and y node by node. */
export function positionsOf(graph: Graph): Float64Array {
  const at = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_key, a) => {
    at[i++] = a.x;
    at[i++] = a.y;
  });
  return at;
}

/** Mean distance the nodes moved from `a` to `b`, as a share of b's extent. */
export function movement(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length || b.length === 0) return Infinity;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let moved = 0;
  for (let i = 0; i < b.length; i += 2) {
    minX = Math.min(minX, b[i]);
    maxX = Math.max(maxX, b[i]);
    minY = Math.min(minY, b[i + 1]);
    maxY = Math.max(maxY, b[i + 1]);
    moved += Math.hypot(b[i] - a[i], b[i + 1] - a[i + 1]);
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  return extent > 0 ? moved / (b.length / 2) / extent : 0;
}
