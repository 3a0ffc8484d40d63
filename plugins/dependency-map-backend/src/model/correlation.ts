import { CorrelationGroup } from '@internal/plugin-dependency-map-common';
import { describeNode, DependencyGraph, isKind } from './graph';

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
  const byMembers = new Map<
    string,
    { members: Int32Array; shared: number[] }
  >();
  for (const { node, dependents } of hotSpots) {
    let n = 0;
    const picked = new Int32Array(dependents.length);
    for (let i = 0; i < dependents.length; i++) {
      if (isKind(g, dependents[i], 'component')) picked[n++] = dependents[i];
    }
    const members = picked.subarray(0, n);
    if (members.length < 2) continue;
    const key = setHash(members);
    const group = byMembers.get(key);
    if (!group) {
      byMembers.set(key, { members, shared: [node] });
      continue;
    }
    // Same size and hash: the same set unless a member differs.
    const mark = new Uint8Array(g.entityCount);
    for (let i = 0; i < group.members.length; i++) mark[group.members[i]] = 1;
    if (members.every(m => mark[m] === 1)) group.shared.push(node);
  }
  const result: Array<CorrelationGroup & { hidden: number }> = [];
  for (const group of byMembers.values()) {
    const shared = group.shared;
    const members = group.members;
    const distinct = (of: Int32Array, names: string[]) => {
      const seen = new Uint8Array(names.length);
      const found: string[] = [];
      for (let i = 0; i < members.length; i++) {
        const x = of[members[i]];
        if (x >= 0 && !seen[x]) {
          seen[x] = 1;
          found.push(names[x]);
        }
      }
      return found.sort();
    };
    const owners = distinct(g.owner, g.owners);
    const systems = distinct(g.system, g.systems);
    const domains = distinct(g.domain, g.domains);
    if (owners.length < 2 && systems.length < 2 && domains.length < 2) {
      continue;
    }
    const isShared = new Set(shared);
    let hidden = 0;
    for (let i = 0; i < members.length; i++) {
      const m = members[i];
      let declares = false;
      for (let e = g.outStart[m]; e < g.outStart[m + 1] && !declares; e++) {
        declares = isShared.has(g.out[e]);
      }
      if (!declares) hidden++;
    }
    const names = shared.map(s => g.labels[s]);
    const which =
      names.length > 3
        ? `any of ${names.slice(0, 3).join(', ')} and ${names.length - 3} more`
        : names.join(' or ');
    result.push({
      id: `group-${fnv(shared.map(s => s + 1))}`,
      size: members.length,
      hiddenMembers: hidden,
      // Listed in the catalog's order, whatever order the walk found them in.
      members: Array.from(
        members.slice().sort().subarray(0, MEMBERS_LISTED),
        m => describeNode(g, m),
      ),
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
