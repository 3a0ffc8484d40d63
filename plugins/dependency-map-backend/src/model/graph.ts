import { Entity } from '@backstage/catalog-model';
import {
  DEPENDENCY_NODE_TYPES,
  DependencyFacts,
  DependencyNode,
  DependencyNodeType,
  EntityAnnotationProblems,
  Tier,
} from '@internal/plugin-dependency-map-common';
import { adjacency } from './adjacency';
import {
  EntityRecord,
  EntityRecordCache,
  GRAPH_KINDS,
  readEntity,
} from './entityRecords';
import { Interner, NameOrder, nameOrder } from './names';

/**
 * The dependency graph in compact form. Nodes are integers: entities first
 * (0 .. entityCount-1), then the shared facts. An edge u -> v says that u
 * needs v (u depends on v, consumes API v, is API v's consumer side of
 * provider v, is the system of part v, or runs on fact v). Both directions
 * are kept as adjacency arrays (CSR).
 */
export interface DependencyGraph {
  readonly nodeCount: number;
  readonly entityCount: number;
  readonly ids: string[];
  readonly index: ReadonlyMap<string, number>;
  readonly types: Uint8Array;
  readonly labels: string[];
  /** Per entity: index into GRAPH_KINDS. */
  readonly kinds: Uint8Array;
  /** Per entity: index into owners / systems / domains, or -1. */
  readonly owner: Int32Array;
  readonly system: Int32Array;
  readonly domain: Int32Array;
  /** Per entity: 1..3, or 0 when not declared. */
  readonly tier: Uint8Array;
  readonly owners: string[];
  readonly systems: string[];
  readonly domains: string[];
  /** The owners', systems' and domains' sorted order (see namesInOrder). */
  readonly ownerOrder: NameOrder;
  readonly systemOrder: NameOrder;
  readonly domainOrder: NameOrder;
  /** Per entity: what its annotations declare (undefined when nothing). */
  readonly facts: Array<DependencyFacts | undefined>;
  readonly outStart: Int32Array;
  readonly out: Int32Array;
  readonly inStart: Int32Array;
  readonly in: Int32Array;
  readonly edgeCount: number;
  readonly problems: EntityAnnotationProblems[];
}

const TYPE_INDEX = new Map<DependencyNodeType, number>(
  DEPENDENCY_NODE_TYPES.map((t, i) => [t, i]),
);
const KIND_SYSTEM = GRAPH_KINDS.indexOf('system');

/** Where the entities' records come from: kept between snapshots, or read afresh. */
export interface GraphRecords {
  cache: EntityRecordCache;
  /** Whether the entities are a whole snapshot (see EntityRecordCache.recordsOf). */
  complete: boolean;
}

/**
 * Builds the graph of the entities given (those of other kinds are left
 * out), reading each entity once into a record (or taking its record from
 * `records.cache` when the entity has not changed since it was read).
 */
export function buildGraph(
  entities: readonly Entity[],
  records?: GraphRecords,
): DependencyGraph {
  const all = records
    ? records.cache.recordsOf(entities, records.complete)
    : entities.map(e => readEntity(e));
  const kept: EntityRecord[] = [];
  for (const r of all) if (r) kept.push(r);
  const ids: string[] = [];
  const labels: string[] = [];
  const typeList: number[] = [];
  const index = new Map<string, number>();
  const systemDomain = new Map<string, string>();
  for (const r of kept) {
    if (r.kind === KIND_SYSTEM && r.domainRef) {
      systemDomain.set(r.ref, r.domainRef);
    }
    if (index.has(r.ref)) continue;
    index.set(r.ref, ids.length);
    ids.push(r.ref);
    labels.push(r.label);
    typeList.push(0);
  }
  const n0 = ids.length;
  const owners = new Interner();
  const systems = new Interner();
  const domains = new Interner();
  const kinds = new Uint8Array(n0);
  const owner = new Int32Array(n0).fill(-1);
  const system = new Int32Array(n0).fill(-1);
  const domain = new Int32Array(n0).fill(-1);
  const tier = new Uint8Array(n0);
  const facts: Array<DependencyFacts | undefined> = new Array(n0);
  const problems: EntityAnnotationProblems[] = [];
  // Edges as two growing arrays of node numbers, no object per edge.
  let src = new Int32Array(Math.max(1024, kept.length * 8));
  let dst = new Int32Array(src.length);
  let edges = 0;
  const edge = (u: number, v: number) => {
    if (u === v && u >= n0) return;
    if (edges === src.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      src = grow(src);
      dst = grow(dst);
    }
    src[edges] = u;
    dst[edges++] = v;
  };
  // Fact nodes by type and value as the annotations give them, so that
  // each distinct value builds its id once.
  const factCache = new Map<DependencyNodeType, Map<string, number>>();
  const fact = (type: DependencyNodeType, value: string, label = value) => {
    let cache = factCache.get(type);
    if (!cache) {
      cache = new Map();
      factCache.set(type, cache);
    }
    let i = cache.get(value);
    if (i !== undefined) return i;
    // Fact ids are case-insensitive, as entity refs are.
    const id = `${type}:${value}`.toLowerCase();
    i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
      labels.push(label);
      typeList.push(TYPE_INDEX.get(type)!);
    }
    cache.set(value, i);
    return i;
  };
  // Schedule slots by minute of the day.
  const slotOf = new Int32Array(24 * 60).fill(-1);
  const slot = (minute: number) => {
    if (slotOf[minute] < 0) {
      const hhmm = `${String(Math.floor(minute / 60)).padStart(
        2,
        '0',
      )}:${String(minute % 60).padStart(2, '0')}`;
      slotOf[minute] = fact('schedule', hhmm, `cron at ${hhmm}`);
    }
    return slotOf[minute];
  };

  for (const r of kept) {
    const u = index.get(r.ref)!;
    const isSystem = r.kind === KIND_SYSTEM;
    kinds[u] = r.kind;
    // A ref that names nothing makes no edge; a self-dependency stays (it
    // is reported as a cycle).
    for (const target of r.needs) {
      const v = index.get(target);
      if (v !== undefined) edge(u, v);
    }
    for (const target of r.neededBy) {
      const v = index.get(target);
      if (v !== undefined) edge(v, u);
    }
    owner[u] = owners.of(r.ownerRef);
    system[u] = systems.of(isSystem ? r.ref : r.systemRef);
    domain[u] = domains.of(
      isSystem
        ? systemDomain.get(r.ref)
        : r.systemRef && systemDomain.get(r.systemRef),
    );
    if (r.problems.length) {
      problems.push({ ref: r.ref, problems: r.problems });
    }
    const f = r.facts;
    if (!f) continue;
    facts[u] = f;
    tier[u] = f.tier ?? 0;
    if (f.region) edge(u, fact('region', f.region));
    if (f.cluster) edge(u, fact('cluster', f.cluster));
    if (r.zone) {
      const z = fact('zone', r.zone);
      edge(u, z);
      if (f.region) edge(z, fact('region', f.region));
    }
    if (f.baseImage) edge(u, fact('image', f.baseImage));
    for (const lib of r.libraries) edge(u, fact('library', lib));
    for (const minute of r.slots) edge(u, slot(minute));
  }

  const nodeCount = ids.length;
  const csr = adjacency(nodeCount, src, dst, edges);
  return {
    nodeCount,
    entityCount: n0,
    ids,
    index,
    types: Uint8Array.from(typeList),
    labels,
    kinds,
    owner,
    system,
    domain,
    tier,
    owners: owners.values,
    systems: systems.values,
    domains: domains.values,
    ownerOrder: nameOrder(owners.values),
    systemOrder: nameOrder(systems.values),
    domainOrder: nameOrder(domains.values),
    facts,
    outStart: csr.outStart,
    out: csr.out,
    inStart: csr.inStart,
    in: csr.in,
    edgeCount: csr.out.length,
    problems,
  };
}

/** A node as the API shows it. */
export function describeNode(g: DependencyGraph, v: number): DependencyNode {
  const type = DEPENDENCY_NODE_TYPES[g.types[v]];
  if (type !== 'entity') return { id: g.ids[v], type, label: g.labels[v] };
  const pick = (list: string[], i: number) => (i < 0 ? undefined : list[i]);
  return {
    id: g.ids[v],
    type,
    label: g.labels[v],
    kind: GRAPH_KINDS[g.kinds[v]],
    owner: pick(g.owners, g.owner[v]),
    system: pick(g.systems, g.system[v]),
    domain: pick(g.domains, g.domain[v]),
    tier: g.tier[v] ? (g.tier[v] as Tier) : undefined,
  };
}

/** Whether node v is an entity of kind `kind`. */
export const isKind = (
  g: DependencyGraph,
  v: number,
  kind: (typeof GRAPH_KINDS)[number],
) => v < g.entityCount && GRAPH_KINDS[g.kinds[v]] === kind;
