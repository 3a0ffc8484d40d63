import { DependencyGraph, isKind } from './graph';

/**
 * The articulation points of the entity graph taken as undirected: entities
 * whose removal splits what is connected. Systems are left out: they group
 * their parts and would join everything they hold. Iterative Tarjan
 * (low-link over a depth-first tree kept on explicit stacks).
 */
export function articulationPoints(g: DependencyGraph): number[] {
  const n = g.entityCount;
  // Undirected neighbours among entities: out-edges then in-edges.
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const children = new Int32Array(n);
  const isCut = new Uint8Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const degreeOut = (v: number) => g.outStart[v + 1] - g.outStart[v];
  const neighbour = (v: number, i: number) => {
    const d = degreeOut(v);
    return i < d ? g.out[g.outStart[v] + i] : g.in[g.inStart[v] + i - d];
  };
  const degree = (v: number) => degreeOut(v) + g.inStart[v + 1] - g.inStart[v];
  let time = 0;
  const left = (v: number) => v >= n || isKind(g, v, 'system');
  for (let root = 0; root < n; root++) {
    if (disc[root] >= 0 || left(root)) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = 0;
    disc[root] = low[root] = time++;
    while (depth >= 0) {
      const v = callNode[depth];
      if (callEdge[depth] < degree(v)) {
        const w = neighbour(v, callEdge[depth]++);
        if (w === v || left(w)) continue;
        if (disc[w] < 0) {
          parent[w] = v;
          children[v]++;
          disc[w] = low[w] = time++;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = 0;
        } else if (w !== parent[v] && disc[w] < low[v]) {
          low[v] = disc[w];
        }
        continue;
      }
      depth--;
      if (depth >= 0) {
        const p = callNode[depth];
        if (low[v] < low[p]) low[p] = low[v];
        if (parent[p] !== -1 && low[v] >= disc[p]) isCut[p] = 1;
      }
    }
    if (children[root] > 1) isCut[root] = 1;
  }
  const points: number[] = [];
  for (let v = 0; v < n; v++) if (isCut[v]) points.push(v);
  return points;
}
