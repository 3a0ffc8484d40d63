import {
  DependencyNode,
  DependencySubgraph,
  Tier,
} from '@internal/plugin-dependency-map-common';

/** What the nodes of a big graph are gathered by. */
export type GroupBy = 'none' | 'system' | 'domain' | 'team';

/** The kind of an edge, read from what its two ends are (an edge reads "needs"). */
export type RelationKind = 'dependsOn' | 'api' | 'partOf' | 'runsOn';

/** Names of the relation kinds, for people. */
export const RELATION_NAMES: Record<RelationKind, string> = {
  dependsOn: 'depends on',
  api: 'consumes or provides an API',
  partOf: 'system has part',
  runsOn: 'runs on (zone, image, library…)',
};

/** What a user narrows the graph to; an empty list lets everything through. */
export interface GraphFilters {
  /** Entity kinds (component, api, resource, system) and fact types (zone, image…). */
  kinds: string[];
  relations: RelationKind[];
  /** Owner refs; facts have none and pass. */
  owners: string[];
  tiers: Array<Tier | 'none'>;
}

export const NO_FILTERS: GraphFilters = {
  kinds: [],
  relations: [],
  owners: [],
  tiers: [],
};

/** Above this many nodes a graph is gathered into groups unless asked otherwise. */
export const READABLE_NODES = 150;
/** The most nodes ever drawn: what the canvas renderer keeps smooth. */
export const MAX_DRAWN_NODES = 2000;

/** The kind of a node as filters and colours see it: its entity kind or its fact type. */
export const kindOf = (n: DependencyNode) =>
  n.type === 'entity' ? n.kind ?? 'entity' : n.type;

/** How an edge `from -> to` ("from needs to") came about. */
export function relationOf(
  from: DependencyNode,
  to: DependencyNode,
): RelationKind {
  if (to.type !== 'entity') return 'runsOn';
  if (from.kind === 'system') return 'partOf';
  if (from.kind === 'api' || to.kind === 'api') return 'api';
  return 'dependsOn';
}

/** The subgraph narrowed by the filters, keeping only what still connects to the focus. */
export interface FilteredGraph {
  nodes: DependencyNode[];
  /** Indexes into `nodes`; nodes[0] is the focus. */
  edges: Array<{ from: number; to: number; relation: RelationKind }>;
  /** Steps from the focus, either way, per node. */
  distance: number[];
  /** Nodes of the subgraph the filters (or a lost connection) left out. */
  hidden: number;
}

function passes(n: DependencyNode, f: GraphFilters): boolean {
  if (f.kinds.length && !f.kinds.includes(kindOf(n))) return false;
  if (n.type !== 'entity') return true;
  if (f.owners.length && !(n.owner && f.owners.includes(n.owner))) return false;
  if (f.tiers.length && !f.tiers.includes(n.tier ?? 'none')) return false;
  return true;
}

/** Applies the filters; the focus always stays. Walks with a queue, not recursion. */
export function filterSubgraph(
  sub: DependencySubgraph,
  filters: GraphFilters,
): FilteredGraph {
  const keep = sub.nodes.map((n, i) => i === 0 || passes(n, filters));
  const kept: Array<{ from: number; to: number; relation: RelationKind }> = [];
  for (const [u, v] of sub.edges) {
    if (!keep[u] || !keep[v]) continue;
    const relation = relationOf(sub.nodes[u], sub.nodes[v]);
    if (filters.relations.length && !filters.relations.includes(relation)) {
      continue;
    }
    kept.push({ from: u, to: v, relation });
  }
  const neighbours = sub.nodes.map(() => [] as number[]);
  for (const e of kept) {
    neighbours[e.from].push(e.to);
    neighbours[e.to].push(e.from);
  }
  const distance = sub.nodes.map(() => -1);
  if (sub.nodes.length) distance[0] = 0;
  const queue = sub.nodes.length ? [0] : [];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    for (const w of neighbours[v]) {
      if (distance[w] < 0) {
        distance[w] = distance[v] + 1;
        queue.push(w);
      }
    }
  }
  // Breadth-first order: the focus, then the nearest.
  const index = new Map(queue.map((v, i) => [v, i]));
  return {
    nodes: queue.map(v => sub.nodes[v]),
    edges: kept
      .filter(e => index.has(e.from) && index.has(e.to))
      .map(e => ({ ...e, from: index.get(e.from)!, to: index.get(e.to)! })),
    distance: queue.map(v => distance[v]),
    hidden: sub.nodes.length - queue.length,
  };
}

/** The group a node falls in; facts gather by their type. */
export function groupKeyOf(n: DependencyNode, by: Exclude<GroupBy, 'none'>) {
  if (n.type !== 'entity') return `facts:${n.type}`;
  const value = by === 'team' ? n.owner : n[by];
  return value ? `${by}:${value}` : `no-${by}`;
}

/** A readable name for a group key. */
export function groupLabelOf(key: string): string {
  if (key.startsWith('facts:')) return `${key.slice(6)}s`;
  if (key.startsWith('no-')) return `no ${key.slice(3)}`;
  return key.replace(/^[^:]+:(?:[^:]+:)?(?:[^/]+\/)?/, '');
}

/** A node as drawn: one node of the graph, or a group of them. */
export interface DrawnNode {
  key: string;
  label: string;
  /** Set for a node of the graph. */
  node?: DependencyNode;
  /** Set for a group: the key to drill into, and its members. */
  groupKey?: string;
  members?: DependencyNode[];
  /** Kind (or fact type) for a node; "group" for a group. */
  kind: string;
  distance: number;
  focus: boolean;
}

/** An edge as drawn; between groups it stands for `count` edges. */
export interface DrawnEdge {
  key: string;
  source: string;
  target: string;
  count: number;
  relations: RelationKind[];
}

/** What to draw, and how it was gathered. */
export interface DrawnGraph {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  /** The grouping used (a big ungrouped graph is gathered by team). */
  groupedBy: GroupBy;
  /** True when the size forced grouping the user did not ask for. */
  autoGrouped: boolean;
}

/**
 * Gathers a filtered graph into what can be read: every node when it is
 * small (or when asked, up to MAX_DRAWN_NODES), otherwise one node per
 * group, except the focus and the groups drilled into. A group of one is
 * drawn as its node.
 */
export function aggregate(
  g: FilteredGraph,
  options: {
    groupBy: GroupBy;
    expanded: ReadonlySet<string>;
    drawAll?: boolean;
    readable?: number;
  },
): DrawnGraph {
  const readable = options.readable ?? READABLE_NODES;
  const small =
    g.nodes.length <= readable ||
    (options.drawAll && g.nodes.length <= MAX_DRAWN_NODES);
  const autoGrouped = options.groupBy === 'none' && !small;
  const by: GroupBy = autoGrouped ? 'team' : options.groupBy;

  const groupOf = g.nodes.map((n, i) =>
    by === 'none' || i === 0 ? undefined : groupKeyOf(n, by),
  );
  const members = new Map<string, number[]>();
  groupOf.forEach((key, i) => {
    if (key && !options.expanded.has(key)) {
      members.set(key, [...(members.get(key) ?? []), i]);
    }
  });
  const nodeKey = (i: number) => `node:${g.nodes[i].id}`;
  const drawnKeyOf = g.nodes.map((_n, i) => {
    const key = groupOf[i];
    if (!key || options.expanded.has(key)) return nodeKey(i);
    return members.get(key)!.length > 1 ? `group:${key}` : nodeKey(i);
  });

  const nodes: DrawnNode[] = [];
  const seen = new Set<string>();
  g.nodes.forEach((n, i) => {
    const key = drawnKeyOf[i];
    if (seen.has(key)) return;
    seen.add(key);
    if (key.startsWith('group:')) {
      const groupKey = groupOf[i]!;
      const list = members.get(groupKey)!.map(m => g.nodes[m]);
      nodes.push({
        key,
        label: `${groupLabelOf(groupKey)} (${list.length})`,
        groupKey,
        members: list,
        kind: 'group',
        distance: g.distance[i],
        focus: false,
      });
    } else {
      nodes.push({
        key,
        label: n.label,
        node: n,
        kind: kindOf(n),
        distance: g.distance[i],
        focus: i === 0,
      });
    }
  });

  const edges = new Map<string, DrawnEdge>();
  for (const e of g.edges) {
    const source = drawnKeyOf[e.from];
    const target = drawnKeyOf[e.to];
    if (source === target) continue;
    const key = `${source}->${target}`;
    const edge = edges.get(key);
    if (edge) {
      edge.count++;
      if (!edge.relations.includes(e.relation)) edge.relations.push(e.relation);
    } else {
      edges.set(key, {
        key,
        source,
        target,
        count: 1,
        relations: [e.relation],
      });
    }
  }
  return { nodes, edges: [...edges.values()], groupedBy: by, autoGrouped };
}

/**
 * Starting positions: the focus in the middle, each step further out on a
 * wider ring; the force layout then refines them.
 */
export function ringLayout(
  nodes: DrawnNode[],
): Map<string, { x: number; y: number }> {
  const rings = new Map<number, DrawnNode[]>();
  for (const n of nodes) {
    rings.set(n.distance, [...(rings.get(n.distance) ?? []), n]);
  }
  const positions = new Map<string, { x: number; y: number }>();
  for (const [distance, ring] of rings) {
    ring.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / ring.length;
      const radius = distance * 100;
      positions.set(n.key, {
        x: radius * Math.cos(angle),
        y: radius * Math.sin(angle),
      });
    });
  }
  return positions;
}
