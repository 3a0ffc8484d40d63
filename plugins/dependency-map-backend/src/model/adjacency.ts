/**
 * Adjacency arrays (CSR) of the edges `src[e] -> dst[e]`, e < edges, both
 * directions, each list ascending and without repeats. Two bucket passes
 * instead of a sort per list: the edges bucketed by target, read target by
 * target, fill each source's list in ascending order; the in-lists are then
 * read off the out-lists, source by source, ascending too.
 */
export function adjacency(
  nodeCount: number,
  src: Int32Array,
  dst: Int32Array,
  edges: number,
) {
  // The sources of the edges, bucketed by target.
  const byTargetStart = new Int32Array(nodeCount + 1);
  const outStart = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edges; e++) {
    byTargetStart[dst[e] + 1]++;
    outStart[src[e] + 1]++;
  }
  for (let i = 0; i < nodeCount; i++) {
    byTargetStart[i + 1] += byTargetStart[i];
    outStart[i + 1] += outStart[i];
  }
  const bySource = new Int32Array(edges);
  const fill = byTargetStart.slice(0, nodeCount);
  for (let e = 0; e < edges; e++) bySource[fill[dst[e]]++] = src[e];
  // Out-lists, ascending (targets are visited in order), repeats adjacent.
  const out = new Int32Array(edges);
  fill.set(outStart.subarray(0, nodeCount));
  for (let v = 0; v < nodeCount; v++) {
    for (let i = byTargetStart[v]; i < byTargetStart[v + 1]; i++) {
      out[fill[bySource[i]]++] = v;
    }
  }
  // Repeats dropped, in place.
  let w = 0;
  const inStart = new Int32Array(nodeCount + 1);
  for (let u = 0; u < nodeCount; u++) {
    const from = outStart[u];
    const to = outStart[u + 1];
    outStart[u] = w;
    for (let i = from; i < to; i++) {
      if (i === from || out[i] !== out[i - 1]) {
        out[w++] = out[i];
        inStart[out[i] + 1]++;
      }
    }
  }
  outStart[nodeCount] = w;
  for (let i = 0; i < nodeCount; i++) inStart[i + 1] += inStart[i];
  // In-lists, ascending (sources are visited in order), no repeats left.
  const inList = new Int32Array(w);
  fill.set(inStart.subarray(0, nodeCount));
  for (let u = 0; u < nodeCount; u++) {
    for (let i = outStart[u]; i < outStart[u + 1]; i++) {
      inList[fill[out[i]]++] = u;
    }
  }
  return { outStart, out: out.slice(0, w), inStart, in: inList };
}
