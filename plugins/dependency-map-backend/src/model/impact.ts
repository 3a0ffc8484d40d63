import { Impact } from '@internal/plugin-dependency-map-common';
import { DependencyGraph, describeNode } from './graph';
import { namesInOrder } from './names';

/**
 * Marks of teams and domains seen, one pair per graph and reused from call
 * to call (a mark equal to the call's stamp means seen), so that answering
 * a request allocates no buffers.
 */
const scratch = new WeakMap<
  DependencyGraph,
  { team: Uint32Array; domain: Uint32Array; stamp: number }
>();

function scratchOf(g: DependencyGraph) {
  let s = scratch.get(g);
  if (!s || s.stamp === 0xffffffff) {
    s = {
      team: new Uint32Array(g.owners.length),
      domain: new Uint32Array(g.domains.length),
      stamp: 0,
    };
    scratch.set(g, s);
  }
  s.stamp++;
  return s;
}

/** Counts what a set of nodes reaches: entities, teams, domains, tier 1. */
export function impactOf(
  g: DependencyGraph,
  nodes: Int32Array,
  limit: number,
): Impact {
  const { team, domain, stamp } = scratchOf(g);
  const teams: number[] = [];
  const domains: number[] = [];
  let tier1 = 0;
  let impacted = 0;
  for (let i = 0; i < nodes.length; i++) {
    const v = nodes[i];
    if (v >= g.entityCount) continue;
    impacted++;
    const t = g.owner[v];
    if (t >= 0 && team[t] !== stamp) {
      team[t] = stamp;
      teams.push(t);
    }
    const d = g.domain[v];
    if (d >= 0 && domain[d] !== stamp) {
      domain[d] = stamp;
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
    teams: namesInOrder(teams, g.ownerOrder),
    domains: namesInOrder(domains, g.domainOrder),
    tier1,
    entities,
    truncated: entities.length < impacted,
  };
}
