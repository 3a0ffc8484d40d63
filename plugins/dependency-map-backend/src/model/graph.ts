import { Entity } from '@backstage/catalog-model';
import {
  DEPENDENCY_NODE_TYPES,
  DependencyFacts,
  DependencyNode,
  DependencyNodeType,
  EntityAnnotationProblems,
  parseDependencyAnnotations,
  Tier,
} from '@internal/plugin-dependency-map-common';

/** The kinds that become nodes of the graph. */
export const GRAPH_KINDS = ['component', 'api', 'resource', 'system'] as const;

/** Cron jobs that fire more often than this a day get no schedule slot. */
export const MAX_SLOT_FIRINGS_PER_DAY = 24;

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
const KIND_INDEX = new Map<string, number>(GRAPH_KINDS.map((k, i) => [k, i]));

class Interner {
  readonly values: string[] = [];
  private readonly map = new Map<string, number>();
  of(value: string | undefined): number {
    if (value === undefined) return -1;
    let i = this.map.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.map.set(value, i);
    }
    return i;
  }
}

const SPEC_EDGES: Array<[string, string, 'out' | 'in']> = [
  ['dependsOn', 'component', 'out'],
  ['consumesApis', 'api', 'out'],
  ['providesApis', 'api', 'in'],
];
const RELATION_EDGES: Record<string, 'out' | 'in'> = {
  dependsOn: 'out',
  consumesApi: 'out',
  providesApi: 'in',
  dependencyOf: 'in',
  apiConsumedBy: 'in',
  apiProvidedBy: 'out',
  hasPart: 'out',
  partOf: 'in',
};

/**
 * A ref as the catalog writes it, lower case, with the kind and namespace
 * filled in; no validation (a ref that names nothing matches no node).
 */
export function quickRef(
  value: unknown,
  defaultKind: string,
): string | undefined {
  if (typeof value !== 'string' || value === '' || value.length > 400) {
    return undefined;
  }
  const colon = value.indexOf(':');
  const withKind = colon < 0 ? `${defaultKind}:${value}` : value;
  const slash = withKind.indexOf('/');
  const full =
    slash < 0
      ? `${withKind.slice(0, withKind.indexOf(':'))}:default/${withKind.slice(
          withKind.indexOf(':') + 1,
        )}`
      : withKind;
  return full.toLowerCase();
}

const entityRef = (e: Entity) =>
  `${e.kind}:${e.metadata.namespace ?? 'default'}/${
    e.metadata.name
  }`.toLowerCase();

/** The id of a zone: a bare zone name (Azure's "1") is qualified by its region. */
export function zoneId(zone: string, region?: string): string {
  return region && !zone.startsWith(region) ? `${region}/${zone}` : zone;
}

const RELATION_DIRECTION = new Map<string, 'out' | 'in'>(
  Object.entries(RELATION_EDGES),
);
const KIND_SYSTEM = KIND_INDEX.get('system')!;

/**
 * Adjacency arrays (CSR) of the edges `src[e] -> dst[e]`, e < edges, both
 * directions, each list ascending and without repeats. Two bucket passes
 * instead of a sort per list: the edges bucketed by target, read target by
 * target, fill each source's list in ascending order; the in-lists are then
 * read off the out-lists, source by source, ascending too.
 */
function adjacency(
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

/** Builds the graph of the entities given (those of other kinds are left out). */
export function buildGraph(entities: readonly Entity[]): DependencyGraph {
  const kept: Entity[] = [];
  // Per kept entity: its ref and its kind's index, computed once.
  const refs: string[] = [];
  const kindOf: number[] = [];
  for (const entity of entities) {
    const k = KIND_INDEX.get(entity.kind.toLowerCase());
    if (k === undefined) continue;
    kept.push(entity);
    refs.push(entityRef(entity));
    kindOf.push(k);
  }
  const ids: string[] = [];
  const labels: string[] = [];
  const typeList: number[] = [];
  const index = new Map<string, number>();
  const systemDomain = new Map<string, string>();
  for (let k = 0; k < kept.length; k++) {
    const entity = kept[k];
    const ref = refs[k];
    if (kindOf[k] === KIND_SYSTEM) {
      const d = quickRef(entity.spec?.domain, 'domain');
      if (d) systemDomain.set(ref, d);
    }
    if (index.has(ref)) continue;
    index.set(ref, ids.length);
    ids.push(ref);
    labels.push(entity.metadata.title ?? entity.metadata.name);
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
  /** An edge between entity u and the node `target` names, if any. */
  const link = (
    u: number,
    target: string | undefined,
    direction: 'out' | 'in',
  ) => {
    const v = target === undefined ? undefined : index.get(target);
    // A self-dependency stays: it is reported as a cycle.
    if (v === undefined) return;
    if (direction === 'out') edge(u, v);
    else edge(v, u);
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

  for (let k = 0; k < kept.length; k++) {
    const entity = kept[k];
    const ref = refs[k];
    const u = index.get(ref)!;
    const isSystem = kindOf[k] === KIND_SYSTEM;
    kinds[u] = kindOf[k];
    const spec = (entity.spec ?? {}) as Record<string, unknown>;
    let ownerRef = quickRef(spec.owner, 'group');
    let systemRef = isSystem ? undefined : quickRef(spec.system, 'system');
    const relations = entity.relations ?? [];
    // The catalog records a relation for each of these spec fields: read
    // the spec only where it has not (entities not from the catalog).
    let recorded = false;
    for (let r = 0; r < relations.length && !recorded; r++) {
      recorded = RELATION_DIRECTION.has(relations[r].type);
    }
    if (!recorded) {
      for (const [field, defaultKind, direction] of SPEC_EDGES) {
        const values = spec[field];
        if (!Array.isArray(values)) continue;
        const n = Math.min(values.length, 10_000);
        for (let i = 0; i < n; i++) {
          link(u, quickRef(values[i], defaultKind), direction);
        }
      }
    }
    for (let r = 0; r < relations.length; r++) {
      const relation = relations[r];
      const target = relation.targetRef?.toLowerCase();
      const type = relation.type;
      if (type === 'ownedBy') ownerRef ??= target;
      if (type === 'partOf' && target?.startsWith('system:')) {
        systemRef ??= target;
      }
      const direction = RELATION_DIRECTION.get(type);
      if (direction) link(u, target, direction);
    }
    if (systemRef) link(u, systemRef, 'in');
    owner[u] = owners.of(ownerRef);
    system[u] = systems.of(isSystem ? ref : systemRef);
    domain[u] = domains.of(
      isSystem
        ? systemDomain.get(ref)
        : systemRef && systemDomain.get(systemRef),
    );

    const parsed = parseDependencyAnnotations(entity.metadata.annotations);
    if (parsed.problems.length)
      problems.push({ ref, problems: parsed.problems });
    const f = parsed.facts;
    const declared =
      f.region ||
      f.cluster ||
      f.zones.length ||
      f.baseImage ||
      f.libraries.length ||
      f.schedules.length ||
      f.tier ||
      f.availability ||
      f.replicas ||
      f.capacity ||
      f.peakLoad ||
      f.journeys.length;
    if (!declared) continue;
    facts[u] = f;
    tier[u] = f.tier ?? 0;
    if (f.region) edge(u, fact('region', f.region));
    if (f.cluster) edge(u, fact('cluster', f.cluster));
    // Replicas spread over several zones do not fail with one of them.
    if (f.zones.length === 1) {
      const z = fact('zone', zoneId(f.zones[0], f.region));
      edge(u, z);
      if (f.region) edge(z, fact('region', f.region));
    }
    if (f.baseImage) edge(u, fact('image', f.baseImage));
    for (const lib of f.libraries) {
      edge(u, fact('library', `${lib.name}@${lib.version}`));
    }
    for (const schedule of f.schedules) {
      if (schedule.minutesOfDay.length > MAX_SLOT_FIRINGS_PER_DAY) continue;
      for (const minute of schedule.minutesOfDay) edge(u, slot(minute));
    }
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

/** Where each of a list of names comes in their sorted order. */
export interface NameOrder {
  /** Per name (by index): its place in `sorted`. */
  rank: Int32Array;
  /** The names sorted as Array#sort sorts strings. */
  sorted: string[];
}

function nameOrder(names: string[]): NameOrder {
  const sorted = [...names].sort();
  const place = new Map(sorted.map((name, r) => [name, r]));
  return { rank: Int32Array.from(names, name => place.get(name)!), sorted };
}

/**
 * The names of a set of owners, systems or domains (`found`: distinct
 * indices into the names), sorted as `found.map(i => names[i]).sort()`
 * would sort them, but comparing precomputed ranks, not strings.
 */
export function namesInOrder(
  found: ArrayLike<number>,
  order: NameOrder,
): string[] {
  const ranks = new Int32Array(found.length);
  for (let i = 0; i < found.length; i++) ranks[i] = order.rank[found[i]];
  ranks.sort();
  return Array.from(ranks, r => order.sorted[r]);
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
