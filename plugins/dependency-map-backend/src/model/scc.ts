import { DependencyGraph } from './graph';

/** Strongly connected components, found by Tarjan's algorithm with explicit stacks. */
export interface Components {
  /** Per node, its component. */
  component: Int32Array;
  count: number;
  /** Components in topological order: a component before every one it needs. */
  order: Int32Array;
  /** Per component, its size. */
  size: Int32Array;
}

/** The strongly connected components of the graph (iterative Tarjan). */
export function stronglyConnected(g: DependencyGraph): Components {
  const n = g.nodeCount;
  const { outStart, out } = g;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const emitted: number[] = [];
  const sizes: number[] = [];
  let sp = 0;
  let next = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] >= 0) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = outStart[root];
    index[root] = low[root] = next++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth];
      if (callEdge[depth] < outStart[v + 1]) {
        const w = out[callEdge[depth]++];
        if (index[w] < 0) {
          index[w] = low[w] = next++;
          stack[sp++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = outStart[w];
        } else if (onStack[w] && index[w] < low[v]) {
          low[v] = index[w];
        }
        continue;
      }
      if (low[v] === index[v]) {
        const c = emitted.length;
        let size = 0;
        let w: number;
        do {
          w = stack[--sp];
          onStack[w] = 0;
          component[w] = c;
          size++;
        } while (w !== v);
        emitted.push(c);
        sizes.push(size);
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
    }
  }
  // Tarjan emits a component after all it reaches: reversed, that is topological.
  const count = emitted.length;
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = count - 1 - i;
  return { component, count, order, size: Int32Array.from(sizes) };
}

/** The cycles among entities: components of more than one node, or a node that needs itself. */
export function cyclesOf(g: DependencyGraph, c: Components): number[][] {
  const members = new Map<number, number[]>();
  for (let v = 0; v < g.entityCount; v++) {
    const k = c.component[v];
    let selfLoop = false;
    if (c.size[k] === 1) {
      for (let e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
        if (g.out[e] === v) selfLoop = true;
      }
      if (!selfLoop) continue;
    }
    const list = members.get(k) ?? [];
    list.push(v);
    members.set(k, list);
  }
  return [...members.values()].sort((a, b) => b.length - a.length);
}
