import { Entity } from '@backstage/catalog-model';
import {
  Availability,
  BlastRadius,
  CorrelationGroup,
  DEPENDENCY_NODE_TYPES,
  DependencyNodeType,
  EntityAnnotationProblems,
  HotSpot,
  HotSpotPage,
  InventoryItem,
  Journey,
  Page,
  Risks,
  WhatIfResult,
} from '@internal/plugin-dependency-map-common';
import { resolveRef } from '@internal/plugin-fitsys-node';
import { articulationPoints } from './articulation';
import { AvailabilityModel, FailureDomainAvailability } from './availability';
import { correlationGroups } from './correlation';
import { Subgraph, subgraphAround, SubgraphDirection } from './diagram';
import {
  buildGraph,
  DependencyGraph,
  describeNode,
  GraphRecords,
} from './graph';
import { HOT_SPOT_ERROR_BOUND, hotSpotsToCsv, rankHotSpots } from './hotSpots';
import { impactOf } from './impact';
import { analyseJourneys, JourneyDeclaration } from './journeys';
import { Reach } from './reach';
import { cronCollisions, saturation, tierMismatches } from './risks';
import { cyclesOf, stronglyConnected } from './scc';
import { estimateDependents } from './sketch';

export type { JourneyDeclaration };

/** What the analysis needs besides the entities. */
export interface AnalysisSettings {
  journeys: JourneyDeclaration[];
  failureDomainAvailability: FailureDomainAvailability;
}

const FACT_TYPES = new Set<string>(DEPENDENCY_NODE_TYPES.slice(1));

/** What a what-if marks failed: entities, or every entity in a zone, on an image or library version. */
export interface WhatIfFailures {
  entities?: string[];
  zones?: string[];
  regions?: string[];
  clusters?: string[];
  images?: string[];
  libraries?: string[];
}

const page = <T>(items: T[], offset: number, limit: number): Page<T> => ({
  items: items.slice(offset, offset + limit),
  totalItems: items.length,
  offset,
  limit,
});

/**
 * The dependency map of one set of entities (the whole snapshot, or what
 * one caller may see), answered from memory: the graph, the fleet-wide
 * figures computed once, and walks per question.
 */
export class DependencyMapAnalysis {
  readonly graph: DependencyGraph;
  private readonly reach: Reach;
  private readonly hotSpotList: HotSpot[];
  private readonly groups: CorrelationGroup[];
  private readonly journeyList: Journey[];
  private readonly journeyEntries = new Map<string, number[]>();
  private readonly riskLists: Omit<Risks, 'totals'>;
  private readonly availabilityModel: AvailabilityModel;
  /** How long each part of the analysis took, in milliseconds. */
  readonly timings: Record<string, number> = {};

  /**
   * Analyses the entities; `records` keeps what was read of each entity
   * between snapshots, so that only new or changed entities are read again.
   */
  constructor(
    entities: readonly Entity[],
    settings: AnalysisSettings,
    readonly readAt?: Date,
    records?: GraphRecords,
  ) {
    let t = performance.now();
    const lap = (name: string) => {
      const now = performance.now();
      this.timings[name] = now - t;
      t = now;
    };
    const g = buildGraph(entities, records);
    this.graph = g;
    this.reach = new Reach(g);
    lap('graph');
    const direct = (v: number) => g.inStart[v + 1] - g.inStart[v];
    const components = stronglyConnected(g);
    const estimate = estimateDependents(g, components);
    lap('blastRadiusSizes');

    const { hotSpots, walked } = rankHotSpots(g, this.reach, estimate);
    this.hotSpotList = hotSpots;
    lap('hotSpots');
    this.groups = correlationGroups(g, walked);
    lap('correlationGroups');

    this.journeyList = analyseJourneys(
      g,
      settings.journeys,
      this.journeyEntries,
    );
    lap('journeys');
    this.riskLists = {
      cycles: cyclesOf(g, components).map(members => ({
        size: members.length,
        members: members.map(v => g.ids[v]),
      })),
      articulationPoints: articulationPoints(g)
        .sort((a, b) => direct(b) - direct(a) || a - b)
        .map(v => describeNode(g, v)),
      cronCollisions: cronCollisions(g),
      saturation: saturation(g),
      tierMismatches: tierMismatches(g),
    };
    lap('risks');
    this.availabilityModel = new AvailabilityModel(
      g,
      this.reach,
      settings.failureDomainAvailability,
    );
  }

  /** The node a ref or fact id names, or undefined. Bare names are components. */
  nodeOf(text: string): number | undefined {
    const colon = text.indexOf(':');
    const prefix = colon > 0 ? text.slice(0, colon).toLowerCase() : '';
    if (FACT_TYPES.has(prefix)) {
      return this.graph.index.get(text.trim().toLocaleLowerCase('en-US'));
    }
    const ref = resolveRef(text, 'component');
    return ref === undefined ? undefined : this.graph.index.get(ref);
  }

  /** The hot spots, most correlated first, of one node type or all. */
  hotSpots(q: {
    offset: number;
    limit: number;
    type?: DependencyNodeType;
  }): HotSpotPage {
    const list = q.type
      ? this.hotSpotList.filter(s => s.node.type === q.type)
      : this.hotSpotList;
    return {
      ...page(list, q.offset, q.limit),
      errorBound: HOT_SPOT_ERROR_BOUND,
    };
  }

  /** The hot spots as CSV, one line each. */
  hotSpotsCsv(type?: DependencyNodeType): string {
    return hotSpotsToCsv(
      this.hotSpots({ offset: 0, limit: Infinity, type }).items,
    );
  }

  /** What fails, exactly, if the node fails. */
  blastRadius(node: number, limit: number): BlastRadius {
    const g = this.graph;
    return {
      node: describeNode(g, node),
      directDependents: g.inStart[node + 1] - g.inStart[node],
      ...impactOf(this.graph, this.reach.dependentsView([node]), limit),
    };
  }

  /** One dependency of the inventory: blast radius, direct dependents and their tiers. */
  inventoryItem(node: number, limit: number): InventoryItem {
    const g = this.graph;
    const dependents = this.reach.dependents([node]);
    const tiers = { tier1: 0, tier2: 0, tier3: 0, unknown: 0 };
    for (const v of dependents) {
      if (v >= g.entityCount) continue;
      const t = g.tier[v];
      if (t === 1) tiers.tier1++;
      else if (t === 2) tiers.tier2++;
      else if (t === 3) tiers.tier3++;
      else tiers.unknown++;
    }
    const direct = [];
    for (let e = g.inStart[node]; e < g.inStart[node + 1]; e++) {
      if (direct.length < limit) direct.push(describeNode(g, g.in[e]));
    }
    return {
      node: describeNode(g, node),
      directDependents: g.inStart[node + 1] - g.inStart[node],
      ...impactOf(this.graph, dependents, limit),
      direct,
      tiers,
    };
  }

  /** The nodes a what-if names, and the names that name nothing the caller sees. */
  resolveFailures(f: WhatIfFailures): { nodes: number[]; unknown: string[] } {
    const nodes: number[] = [];
    const unknown: string[] = [];
    const add = (values: string[] | undefined, prefix?: string) => {
      for (const value of values ?? []) {
        const v = this.nodeOf(prefix ? `${prefix}:${value}` : value);
        if (v === undefined) unknown.push(value);
        else nodes.push(v);
      }
    };
    add(f.entities);
    add(f.zones, 'zone');
    add(f.regions, 'region');
    add(f.clusters, 'cluster');
    add(f.images, 'image');
    add(f.libraries, 'library');
    return { nodes, unknown };
  }

  /** What fails if all the nodes fail, and which journeys break. */
  whatIf(failed: number[], limit: number): WhatIfResult {
    const g = this.graph;
    const impacted = this.reach.dependentsView(failed);
    // Down: what the walk reached, the failed nodes included (asked before
    // any other walk; no set of them is built).
    const journeysBroken = [];
    for (const j of this.journeyList) {
      const entries = j.entries.filter(ref =>
        this.reach.reached(g.index.get(ref)!),
      );
      if (entries.length) journeysBroken.push({ name: j.name, entries });
    }
    return {
      failed: [...new Set(failed)].map(v => describeNode(g, v)),
      ...impactOf(this.graph, impacted, limit),
      journeysBroken,
    };
  }

  correlationGroups(offset: number, limit: number): Page<CorrelationGroup> {
    return page(this.groups, offset, limit);
  }

  journeys(): Journey[] {
    return this.journeyList;
  }

  journey(name: string): Journey | undefined {
    return this.journeyList.find(j => j.name === name);
  }

  /** Availability of an entity, assumed and correlated. */
  entityAvailability(node: number): Availability {
    return this.availabilityOf({ type: 'entity', id: this.graph.ids[node] }, [
      node,
    ]);
  }

  /** Availability of a journey's entries in series, or undefined for no such journey. */
  journeyAvailability(name: string): Availability | undefined {
    const entries = this.journeyEntries.get(name);
    if (!entries) return undefined;
    return this.availabilityOf({ type: 'journey', id: name }, entries);
  }

  private availabilityOf(
    subject: Availability['subject'],
    entries: number[],
  ): Availability {
    const all = [...entries, ...this.reach.dependencies(entries, true)];
    const warnings = tierMismatches(this.graph, all).map(
      m =>
        `tier mismatch: ${m.ref} (tier ${m.tier}) depends on ${m.dependency} (tier ${m.dependencyTier})`,
    );
    return this.availabilityModel.of(subject, entries, warnings);
  }

  /** Annotation problems, of one entity or all. */
  problems(q: {
    entity?: number;
    offset: number;
    limit: number;
  }): Page<EntityAnnotationProblems> {
    const all = this.graph.problems;
    const list =
      q.entity === undefined
        ? all
        : all.filter(p => p.ref === this.graph.ids[q.entity!]);
    return page(list, q.offset, q.limit);
  }

  /** Structural risks, each list cut at `limit`. */
  risks(limit: number): Risks {
    const r = this.riskLists;
    return {
      cycles: r.cycles.slice(0, limit),
      articulationPoints: r.articulationPoints.slice(0, limit),
      cronCollisions: r.cronCollisions.slice(0, limit),
      saturation: r.saturation.slice(0, limit),
      tierMismatches: r.tierMismatches.slice(0, limit),
      totals: {
        cycles: r.cycles.length,
        articulationPoints: r.articulationPoints.length,
        cronCollisions: r.cronCollisions.length,
        saturation: r.saturation.length,
        tierMismatches: r.tierMismatches.length,
      },
    };
  }

  /** A bounded subgraph around a node. */
  subgraph(
    node: number,
    options: { depth: number; direction: SubgraphDirection; maxNodes: number },
  ): Subgraph {
    return subgraphAround(this.graph, node, options);
  }
}
