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

/** Builds the graph of the entities given (those of other kinds are left out). */
export function buildGraph(entities: readonly Entity[]): DependencyGraph {
  const kept = entities.filter(e => KIND_INDEX.has(e.kind.toLowerCase()));
  const ids: string[] = [];
  const labels: string[] = [];
  const typeList: number[] = [];
  const index = new Map<string, number>();
  for (const entity of kept) {
    const ref = entityRef(entity);
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
  const systemDomain = new Map<string, string>();
  let src = new Int32Array(1024);
  let dst = new Int32Array(1024);
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
  const fact = (type: DependencyNodeType, value: string, label = value) => {
    // Fact ids are case-insensitive, as entity refs are.
    const id = `${type}:${value}`.toLowerCase();
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
      labels.push(label);
      typeList.push(TYPE_INDEX.get(type)!);
    }
    return i;
  };

  for (const entity of kept) {
    if (entity.kind.toLowerCase() === 'system') {
      const d = quickRef(entity.spec?.domain, 'domain');
      if (d) systemDomain.set(entityRef(entity), d);
    }
  }
  kept.forEach(entity => {
    const ref = entityRef(entity);
    const u = index.get(ref)!;
    const kind = entity.kind.toLowerCase();
    kinds[u] = KIND_INDEX.get(kind)!;
    const spec = (entity.spec ?? {}) as Record<string, unknown>;
    const link = (target: string | undefined, direction: 'out' | 'in') => {
      const v = target === undefined ? undefined : index.get(target);
      // A self-dependency stays: it is reported as a cycle.
      if (v === undefined) return;
      if (direction === 'out') edge(u, v);
      else edge(v, u);
    };
    let ownerRef = quickRef(spec.owner, 'group');
    let systemRef =
      kind === 'system' ? undefined : quickRef(spec.system, 'system');
    const relations = entity.relations ?? [];
    // The catalog records a relation for each of these spec fields: read
    // the spec only where it has not (entities not from the catalog).
    if (!relations.some(r => RELATION_EDGES[r.type])) {
      for (const [field, defaultKind, direction] of SPEC_EDGES) {
        const values = spec[field];
        if (!Array.isArray(values)) continue;
        for (const value of values.slice(0, 10_000)) {
          link(quickRef(value, defaultKind), direction);
        }
      }
    }
    for (const relation of relations) {
      const target = relation.targetRef?.toLowerCase();
      if (relation.type === 'ownedBy') ownerRef ??= target;
      if (relation.type === 'partOf' && target?.startsWith('system:')) {
        systemRef ??= target;
      }
      const direction = RELATION_EDGES[relation.type];
      if (direction) link(target, direction);
    }
    if (systemRef) link(systemRef, 'in');
    owner[u] = owners.of(ownerRef);
    system[u] = systems.of(kind === 'system' ? ref : systemRef);
    domain[u] = domains.of(
      kind === 'system'
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
    if (!declared) return;
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
      for (const minute of schedule.minutesOfDay) {
        const hhmm = `${String(Math.floor(minute / 60)).padStart(
          2,
          '0',
        )}:${String(minute % 60).padStart(2, '0')}`;
        edge(u, fact('schedule', hhmm, `cron at ${hhmm}`));
      }
    }
  });

  const nodeCount = ids.length;
  /** Adjacency arrays from `from[e] -> to[e]`, each list sorted and without repeats. */
  const csr = (from: Int32Array, to: Int32Array) => {
    const start = new Int32Array(nodeCount + 1);
    for (let e = 0; e < edges; e++) start[from[e] + 1]++;
    for (let i = 0; i < nodeCount; i++) start[i + 1] += start[i];
    const fill = start.slice(0, nodeCount);
    const list = new Int32Array(edges);
    for (let e = 0; e < edges; e++) list[fill[from[e]]++] = to[e];
    const compact = new Int32Array(nodeCount + 1);
    let w = 0;
    for (let v = 0; v < nodeCount; v++) {
      const segment = list.subarray(start[v], start[v + 1]).sort();
      compact[v] = w;
      for (let i = 0; i < segment.length; i++) {
        if (i === 0 || segment[i] !== segment[i - 1]) list[w++] = segment[i];
      }
    }
    compact[nodeCount] = w;
    return { start: compact, list: list.slice(0, w) };
  };
  const outs = csr(src, dst);
  const ins = csr(dst, src);
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
    facts,
    outStart: outs.start,
    out: outs.list,
    inStart: ins.start,
    in: ins.list,
    edgeCount: outs.list.length,
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
