import { CorrelationGroup } from '@internal/plugin-dependency-map-common';
import { GRAPH_KINDS } from './entityRecords';
import { describeNode, DependencyGraph } from './graph';
import { namesInOrder } from './names';

const KIND_COMPONENT = GRAPH_KINDS.indexOf('component');

/** Members listed per group; the size counts them all. */
const MEMBERS_LISTED = 100;
/** Shared dependencies listed per group. */
const SHARED_LISTED = 20;

function fnv(values: ArrayLike<number>): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < values.length; i++) {
    h = Math.imul(h ^ values[i], 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A hash of a set of nodes that does not depend on their order. */
function setHash(values: Int32Array): string {
  let sum = 0;
  let xor = 0;
  for (let i = 0; i < values.length; i++) {
    const x = Math.imul(values[i] + 0x9e3779b9, 0x85ebca6b);
    sum = (sum + (x ^ (x >>> 13))) | 0;
    xor ^= Math.imul(x ^ (x >>> 16), 0xc2b2ae35);
  }
  return `${values.length}:${sum >>> 0}:${xor >>> 0}`;
}

/** The Components among `nodes`, in their order. */
function componentsOf(g: DependencyGraph, nodes: Int32Array): Int32Array {
  const { entityCount, kinds } = g;
  let n = 0;
  for (let i = 0; i < nodes.length; i++) {
    const v = nodes[i];
    if (v < entityCount && kinds[v] === KIND_COMPONENT) n++;
  }
  const found = new Int32Array(n);
  n = 0;
  for (let i = 0; i < nodes.length; i++) {
    const v = nodes[i];
    if (v < entityCount && kinds[v] === KIND_COMPONENT) found[n++] = v;
  }
  return found;
}

/** Sets mark[v] = stamp for each of `nodes`. */
function markAll(mark: Uint32Array, nodes: Int32Array, stamp: number) {
  for (let i = 0; i < nodes.length; i++) mark[nodes[i]] = stamp;
}

/** Whether every one of `nodes` is marked `stamp`. */
function allMarked(mark: Uint32Array, nodes: Int32Array, stamp: number) {
  for (let i = 0; i < nodes.length; i++) {
    if (mark[nodes[i]] !== stamp) return false;
  }
  return true;
}

/**
 * The distinct values `of[m] >= 0` of the members, in the order first
 * met; `seen` is a scratch array of marks, `stamp` one not used in it yet.
 */
function distinctOf(
  of: Int32Array,
  members: Int32Array,
  seen: Uint32Array,
  stamp: number,
): number[] {
  const found: number[] = [];
  for (let i = 0; i < members.length; i++) {
    const x = of[members[i]];
    if (x >= 0 && seen[x] !== stamp) {
      seen[x] = stamp;
      found.push(x);
    }
  }
  return found;
}

/**
 * How many of the members (marked `isMember`) are direct dependents of a
 * node of `shared`; each one counted is marked `counted`.
 */
function directDependentsAmong(
  g: DependencyGraph,
  shared: number[],
  mark: Uint32Array,
  isMember: number,
  counted: number,
): number {
  let n = 0;
  for (const s of shared) {
    for (let e = g.inStart[s]; e < g.inStart[s + 1]; e++) {
      const u = g.in[e];
      if (mark[u] === isMember) {
        mark[u] = counted;
        n++;
      }
    }
  }
  return n;
}

/** The first `wanted` nodes by number that are marked `a` or `b`. */
function firstMarked(
  mark: Uint32Array,
  limit: number,
  wanted: number,
  a: number,
  b: number,
): number[] {
  const listed: number[] = [];
  for (let v = 0; v < limit && listed.length < wanted; v++) {
    if (mark[v] === a || mark[v] === b) listed.push(v);
  }
  return listed;
}

/**
 * Correlation groups by shared hot spots. For each hot spot walked exactly,
 * the services (Components) that fail with it; hot spots that take down
 * exactly the same services make one group, named by all of them. A group
 * is kept when its services look independent: two or more owners, systems
 * or domains. The services that do not declare any of the group's shared
 * dependencies themselves (they reach it only transitively) are the hidden
 * part, and groups with the most of them come first. Exact, and linear in
 * the hot spots' dependents already walked, so no pairwise comparison.
 */
export function correlationGroups(
  g: DependencyGraph,
  hotSpots: ReadonlyArray<{ node: number; dependents: Int32Array }>,
): CorrelationGroup[] {
  // One array of marks for all the set tests below: a mark equal to the
  // current stamp means "in the set", so nothing is cleared or reallocated.
  const mark = new Uint32Array(g.nodeCount);
  let stamp = 0;
  const byMembers = new Map<
    string,
    { members: Int32Array; shared: number[] }
  >();
  for (const { node, dependents } of hotSpots) {
    const members = componentsOf(g, dependents);
    if (members.length < 2) continue;
    const key = setHash(members);
    const group = byMembers.get(key);
    if (!group) {
      byMembers.set(key, { members, shared: [node] });
      continue;
    }
    // Same size and hash: the same set unless a member differs.
    markAll(mark, group.members, ++stamp);
    if (allMarked(mark, members, stamp)) group.shared.push(node);
  }
  const ownerSeen = new Uint32Array(g.owners.length);
  const systemSeen = new Uint32Array(g.systems.length);
  const domainSeen = new Uint32Array(g.domains.length);
  let seenStamp = 0;
  const result: Array<CorrelationGroup & { hidden: number }> = [];
  for (const group of byMembers.values()) {
    const shared = group.shared;
    const members = group.members;
    seenStamp++;
    const ownerFound = distinctOf(g.owner, members, ownerSeen, seenStamp);
    const systemFound = distinctOf(g.system, members, systemSeen, seenStamp);
    const domainFound = distinctOf(g.domain, members, domainSeen, seenStamp);
    if (
      ownerFound.length < 2 &&
      systemFound.length < 2 &&
      domainFound.length < 2
    ) {
      continue;
    }
    const owners = namesInOrder(ownerFound, g.ownerOrder);
    const systems = namesInOrder(systemFound, g.systemOrder);
    const domains = namesInOrder(domainFound, g.domainOrder);
    // A member declares a shared dependency when it is a direct dependent
    // of one: walk the shared nodes' in-edges rather than every member's
    // out-edges (the members are marked `isMember`, those found `stamp`).
    stamp += 2;
    const isMember = stamp - 1;
    markAll(mark, members, isMember);
    const hidden =
      members.length - directDependentsAmong(g, shared, mark, isMember, stamp);
    // Listed in the catalog's order, whatever order the walk found them in:
    // the first members by number, by a scan that stops when it has enough.
    const listed = firstMarked(
      mark,
      g.entityCount,
      Math.min(MEMBERS_LISTED, members.length),
      isMember,
      stamp,
    );
    const names = shared.map(s => g.labels[s]);
    const which =
      names.length > 3
        ? `any of ${names.slice(0, 3).join(', ')} and ${names.length - 3} more`
        : names.join(' or ');
    result.push({
      id: `group-${fnv(shared.map(s => s + 1))}`,
      size: members.length,
      hiddenMembers: hidden,
      members: listed.map(m => describeNode(g, m)),
      owners,
      systems,
      domains,
      shared: shared.slice(0, SHARED_LISTED).map(s => describeNode(g, s)),
      summary: `${members.length} services of ${
        owners.length
      } team(s) fail together if ${which} fails${
        hidden ? ` (${hidden} of them do not declare it)` : ''
      }`,
      hidden,
    });
  }
  return result
    .sort(
      (a, b) =>
        b.hidden - a.hidden ||
        b.size - a.size ||
        b.owners.length - a.owners.length ||
        (a.id < b.id ? -1 : 1),
    )
    .map(({ hidden: _, ...group }) => group);
}
