import { Impact } from '@internal/plugin-dependency-map-common';
import { DependencyGraph, describeNode } from './graph';

/** Counts what a set of nodes reaches: entities, teams, domains, tier 1. */
export function impactOf(
  g: DependencyGraph,
  nodes: Int32Array,
  limit: number,
): Impact {
  const team = new Uint8Array(g.owners.length);
  const domain = new Uint8Array(g.domains.length);
  const teams: number[] = [];
  const domains: number[] = [];
  let tier1 = 0;
  let impacted = 0;
  for (let i = 0; i < nodes.length; i++) {
    const v = nodes[i];
    if (v >= g.entityCount) continue;
    impacted++;
    const t = g.owner[v];
    if (t >= 0 && !team[t]) {
      team[t] = 1;
      teams.push(t);
    }
    const d = g.domain[v];
    if (d >= 0 && !domain[d]) {
      domain[d] = 1;
      domains.push(d);
    }
    if (g.tier[v] === 1) tier1++;
  }
  const entities = [];
  for (let i = 0; i < nodes.length && entities.length < limit; i++) {
    if (nodes[i] < g.entityCount) entities.push(describeNode(g, nodes[i]));
  }
  return {
    impacted,
    teams: teams.map(i => g.owners[i]).sort(),
    domains: domains.map(i => g.domains[i]).sort(),
    tier1,
    entities,
    truncated: entities.length < impacted,
  };
}
