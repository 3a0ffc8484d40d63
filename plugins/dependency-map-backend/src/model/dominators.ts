import { DependencyGraph } from './graph';

/** The dominator tree of what a set of entries reaches. */
export interface DominatorTree {
  /** Nodes reached, in reverse postorder from the virtual root (entries first). */
  nodes: Int32Array;
  /** Per node of `nodes` (same position): the position of its immediate dominator, -1 for the root's children. */
  idom: Int32Array;
  /** Per node of `nodes`: how many nodes it dominates, itself left out. */
  dominated: Int32Array;
  /** Per node of `nodes`: how many leaves (nodes needing nothing) it dominates, itself included. */
  leaves: Int32Array;
  totalLeaves: number;
}

/**
 * Dominators over the entities reached from `entries`, with a virtual root
 * before the entries: node d dominates v when every path from the entries to
 * v passes through d. Cooper, Harvey and Kennedy's iterative algorithm over
 * a reverse postorder found with an explicit stack.
 */
export function dominators(
  g: DependencyGraph,
  entries: readonly number[],
): DominatorTree {
  const n = g.entityCount;
  const { outStart, out, inStart } = g;
  // Position of each reached node in the reverse postorder, -1 elsewhere.
  const position = new Int32Array(n).fill(-1);
  const post: number[] = [];
  const visited = new Uint8Array(n);
  const callNode: number[] = [];
  const callEdge: number[] = [];
  for (const entry of entries) {
    if (visited[entry]) continue;
    visited[entry] = 1;
    callNode.push(entry);
    callEdge.push(outStart[entry]);
    while (callNode.length) {
      const top = callNode.length - 1;
      const v = callNode[top];
      if (callEdge[top] < outStart[v + 1]) {
        const w = out[callEdge[top]++];
        if (w < n && !visited[w]) {
          visited[w] = 1;
          callNode.push(w);
          callEdge.push(outStart[w]);
        }
      } else {
        post.push(v);
        callNode.pop();
        callEdge.pop();
      }
    }
  }
  const count = post.length;
  const nodes = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    nodes[i] = post[count - 1 - i];
    position[nodes[i]] = i;
  }
  const ROOT = count; // the virtual root, before every entry
  const isEntry = new Uint8Array(n);
  for (const e of entries) isEntry[e] = 1;
  // Predecessors within the reached set, by position.
  const idom = new Int32Array(count + 1).fill(-2);
  idom[ROOT] = ROOT;
  // Positions grow along the reverse postorder, so the root is the smallest
  // of all: order of a position p is p, and the root is -1.
  const rank = (p: number) => (p === ROOT ? -1 : p);
  const intersect = (a: number, b: number) => {
    let x = a;
    let y = b;
    while (x !== y) {
      while (rank(x) > rank(y)) x = idom[x];
      while (rank(y) > rank(x)) y = idom[y];
    }
    return x;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (let p = 0; p < count; p++) {
      const v = nodes[p];
      let next = isEntry[v] ? ROOT : -2;
      for (let e = inStart[v]; e < inStart[v + 1]; e++) {
        const q = g.in[e] < n ? position[g.in[e]] : -1;
        if (q < 0 || q === p || idom[q] === -2) continue;
        next = next === -2 ? q : intersect(q, next);
      }
      if (next !== -2 && idom[p] !== next) {
        idom[p] = next;
        changed = true;
      }
    }
  }
  const dominated = new Int32Array(count);
  const leaves = new Int32Array(count);
  let totalLeaves = 0;
  for (let p = 0; p < count; p++) {
    const v = nodes[p];
    let needs = false;
    for (let e = outStart[v]; e < outStart[v + 1]; e++) {
      if (out[e] < n && out[e] !== v) needs = true;
    }
    if (!needs) {
      leaves[p] = 1;
      totalLeaves++;
    }
  }
  // A node comes after its dominator in reverse postorder: sum backwards.
  for (let p = count - 1; p >= 0; p--) {
    const d = idom[p];
    if (d !== ROOT && d >= 0) {
      dominated[d] += dominated[p] + 1;
      leaves[d] += leaves[p];
    }
  }
  const tree = new Int32Array(count);
  for (let p = 0; p < count; p++) tree[p] = idom[p] === ROOT ? -1 : idom[p];
  return { nodes, idom: tree, dominated, leaves, totalLeaves };
}
