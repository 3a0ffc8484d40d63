import { HotSpot } from '@internal/plugin-dependency-map-common';
import { csvField } from './diagram';
import { DependencyGraph, describeNode } from './graph';
import { impactOf } from './impact';
import { Reach } from './reach';
import { SKETCH_RELATIVE_ERROR } from './sketch';

/** Hot spots whose dependents are counted exactly (teams, domains, tier 1). */
export const EXACT_HOT_SPOTS = 100;

/** How exact the hot spots' figures are, as the API says it. */
export const HOT_SPOT_ERROR_BOUND = `the first ${EXACT_HOT_SPOTS} hot spots, and any set under 64 entities, are counted exactly; other transitiveDependents are bottom-64 sketch estimates with a relative standard error of ${(
  SKETCH_RELATIVE_ERROR * 100
).toFixed(1)} %`;

/** A hot spot walked exactly: its dependents, for the correlation groups. */
export interface WalkedHotSpot {
  node: number;
  dependents: Int32Array;
  teams: number;
}

/**
 * The shared dependencies (nodes with two or more direct dependents),
 * ranked by how many entities need them transitively: from the sketches'
 * estimates, except for the EXACT_HOT_SPOTS most depended-on by estimate,
 * which are walked exactly (and counted in teams, domains and tier 1).
 * Answers the ranked list and the walked ones, largest first.
 */
export function rankHotSpots(
  g: DependencyGraph,
  reach: Reach,
  estimate: { count: Float64Array; exact: Uint8Array },
): { hotSpots: HotSpot[]; walked: WalkedHotSpot[] } {
  const candidates: number[] = [];
  for (let v = 0; v < g.nodeCount; v++) {
    if (g.inStart[v + 1] - g.inStart[v] >= 2) candidates.push(v);
  }
  const direct = (v: number) => g.inStart[v + 1] - g.inStart[v];
  // Only which candidates come first matters (they are walked exactly;
  // the list is sorted again by the exact figures below), so the first
  // EXACT_HOT_SPOTS are selected rather than every candidate sorted: the
  // estimate the EXACT_HOT_SPOTS-th largest has is a threshold, and only
  // the candidates at or above it are sorted.
  const byEstimate = (a: number, b: number) =>
    estimate.count[b] - estimate.count[a] ||
    direct(b) - direct(a) ||
    (g.ids[a] < g.ids[b] ? -1 : 1);
  let first = candidates;
  if (candidates.length > EXACT_HOT_SPOTS) {
    const counts = Float64Array.from(candidates, v => estimate.count[v]);
    const threshold = counts.sort()[counts.length - EXACT_HOT_SPOTS];
    first = candidates.filter(v => estimate.count[v] >= threshold);
  }
  first = first.sort(byEstimate).slice(0, EXACT_HOT_SPOTS);
  const walkedExactly = new Uint8Array(g.nodeCount);
  for (const v of first) walkedExactly[v] = 1;
  const walked: WalkedHotSpot[] = [];
  const hotSpots = candidates.map(v => {
    const spot: HotSpot = {
      rank: 0,
      node: describeNode(g, v),
      directDependents: direct(v),
      transitiveDependents: Math.round(estimate.count[v]),
      exact: estimate.exact[v] === 1,
    };
    if (walkedExactly[v]) {
      const dependents = reach.dependents([v]);
      const impact = impactOf(g, dependents, 0);
      Object.assign(spot, {
        transitiveDependents: impact.impacted,
        exact: true,
        teams: impact.teams.length,
        domains: impact.domains.length,
        tier1: impact.tier1,
      });
      walked.push({ node: v, dependents, teams: impact.teams.length });
    }
    return spot;
  });
  hotSpots.sort(
    (a, b) =>
      b.transitiveDependents - a.transitiveDependents ||
      (b.teams ?? 0) - (a.teams ?? 0) ||
      b.directDependents - a.directDependents ||
      (a.node.id < b.node.id ? -1 : 1),
  );
  hotSpots.forEach((s, i) => (s.rank = i + 1));
  walked.sort(
    (a, b) =>
      b.dependents.length - a.dependents.length ||
      (g.ids[a.node] < g.ids[b.node] ? -1 : 1),
  );
  return { hotSpots, walked };
}

/** Hot spots as CSV, one line each after the header. */
export function hotSpotsToCsv(hotSpots: readonly HotSpot[]): string {
  const header =
    'rank,id,type,label,owner,directDependents,transitiveDependents,exact,teams,domains,tier1';
  const lines = hotSpots.map(s =>
    [
      s.rank,
      s.node.id,
      s.node.type,
      s.node.label,
      s.node.owner,
      s.directDependents,
      s.transitiveDependents,
      s.exact,
      s.teams,
      s.domains,
      s.tier1,
    ]
      .map(csvField)
      .join(','),
  );
  return `${[header, ...lines].join('\n')}\n`;
}
