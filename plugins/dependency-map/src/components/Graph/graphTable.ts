import { DrawnGraph, DrawnNode } from './graphModel';

/** A row of the graph's table: a drawn node with what it needs and what needs it. */
export interface GraphTableRow {
  id: string;
  drawn: DrawnNode;
  needs: string[];
  neededBy: string[];
}

/** The drawn graph as rows, nearest the focus first: the text alternative to the canvas. */
export function graphTableRows(graph: DrawnGraph): GraphTableRow[] {
  const label = new Map(graph.nodes.map(n => [n.key, n.label]));
  const needs = new Map<string, string[]>();
  const neededBy = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) =>
    map.set(key, [...(map.get(key) ?? []), value]);
  for (const e of graph.edges) {
    const times = e.count > 1 ? ` (${e.count})` : '';
    push(needs, e.source, `${label.get(e.target)}${times}`);
    push(neededBy, e.target, `${label.get(e.source)}${times}`);
  }
  return [...graph.nodes]
    .sort((a, b) => a.distance - b.distance || a.label.localeCompare(b.label))
    .map(n => ({
      id: n.key,
      drawn: n,
      needs: (needs.get(n.key) ?? []).sort(),
      neededBy: (neededBy.get(n.key) ?? []).sort(),
    }));
}
