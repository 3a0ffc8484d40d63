import { DependencySubgraph } from '@internal/plugin-dependency-map-common';
import { DependencyGraph, describeNode } from './graph';

/** Which way to walk from the focus: what it needs, what needs it, or both. */
export type SubgraphDirection = 'dependencies' | 'dependents' | 'both';

/** A bounded part of the graph around one node. */
export interface Subgraph {
  nodes: number[];
  edges: Array<[number, number]>;
  /** True when the node bound cut the walk short. */
  truncated: boolean;
}

/** The nodes up to `depth` steps from `focus`, at most `maxNodes` of them (breadth-first, explicit queue). */
export function subgraphAround(
  g: DependencyGraph,
  focus: number,
  options: { depth: number; direction: SubgraphDirection; maxNodes: number },
): Subgraph {
  const distance = new Map<number, number>([[focus, 0]]);
  const queue = [focus];
  let truncated = false;
  const ways: Array<[Int32Array, Int32Array]> = [];
  if (options.direction !== 'dependents') ways.push([g.outStart, g.out]);
  if (options.direction !== 'dependencies') ways.push([g.inStart, g.in]);
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    const d = distance.get(v)!;
    if (d >= options.depth) continue;
    for (const [start, list] of ways) {
      for (let e = start[v]; e < start[v + 1]; e++) {
        const w = list[e];
        if (distance.has(w)) continue;
        if (distance.size >= options.maxNodes) {
          truncated = true;
          break;
        }
        distance.set(w, d + 1);
        queue.push(w);
      }
    }
  }
  const edges: Array<[number, number]> = [];
  for (const v of queue) {
    for (let e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
      if (distance.has(g.out[e])) edges.push([v, g.out[e]]);
    }
  }
  return { nodes: queue, edges, truncated };
}

/** The subgraph as JSON for the graph view: nodes described, edges as indexes into them. */
export function subgraphToJson(
  g: DependencyGraph,
  focus: number,
  s: Subgraph,
): DependencySubgraph {
  const index = new Map(s.nodes.map((v, i) => [v, i]));
  return {
    focus: g.ids[focus],
    nodes: s.nodes.map(v => describeNode(g, v)),
    edges: s.edges.map(([u, v]) => [index.get(u)!, index.get(v)!]),
    truncated: s.truncated,
  };
}

const mermaidText = (text: string) =>
  text.replace(/["#<>]/g, c => `#${c.charCodeAt(0)};`).replace(/\s+/g, ' ');
const dotText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\s+/g, ' ');

/** The subgraph as a Mermaid flowchart; an edge reads "needs". */
export function subgraphToMermaid(g: DependencyGraph, s: Subgraph): string {
  const key = new Map(s.nodes.map((v, i) => [v, `n${i}`]));
  const lines = ['flowchart LR'];
  for (const v of s.nodes) {
    lines.push(
      `  ${key.get(v)}["${mermaidText(`${g.labels[v]} (${g.ids[v]})`)}"]`,
    );
  }
  for (const [u, v] of s.edges) lines.push(`  ${key.get(u)} --> ${key.get(v)}`);
  if (s.truncated) lines.push('  %% cut at the node limit');
  return `${lines.join('\n')}\n`;
}

/** The subgraph in Graphviz DOT; an edge reads "needs". */
export function subgraphToDot(g: DependencyGraph, s: Subgraph): string {
  const key = new Map(s.nodes.map((v, i) => [v, `n${i}`]));
  const lines = ['digraph dependencies {', '  rankdir=LR;'];
  for (const v of s.nodes) {
    lines.push(
      `  ${key.get(v)} [label="${dotText(g.labels[v])}\\n${dotText(
        g.ids[v],
      )}"];`,
    );
  }
  for (const [u, v] of s.edges) lines.push(`  ${key.get(u)} -> ${key.get(v)};`);
  if (s.truncated) lines.push('  // cut at the node limit');
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** One CSV field, quoted, with formula-starting text defused for spreadsheets. */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
