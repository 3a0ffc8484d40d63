import { AnnotationProblem, Tier } from './annotations';

/** What a node of the dependency graph stands for. */
export const DEPENDENCY_NODE_TYPES = [
  'entity',
  'image',
  'library',
  'schedule',
  'region',
  'zone',
  'cluster',
] as const;
/** What a node of the dependency graph stands for: an entity, or a fact entities share. */
export type DependencyNodeType = (typeof DEPENDENCY_NODE_TYPES)[number];

/**
 * A node of the dependency graph: a catalog entity (id is its ref) or a fact
 * entities share (id is `image:<image>`, `library:<name>@<version>`,
 * `schedule:<HH:MM>`, `region:<r>`, `zone:<z>`, `cluster:<c>`).
 */
export interface DependencyNode {
  id: string;
  type: DependencyNodeType;
  label: string;
  /** For entities: kind, owner, system, domain (refs) and tier where known. */
  kind?: string;
  owner?: string;
  system?: string;
  domain?: string;
  tier?: Tier;
}

/** A page of a list. */
export interface Page<T> {
  items: T[];
  totalItems: number;
  offset: number;
  limit: number;
}

/** A shared dependency with what it reaches, ranked among the hot spots. */
export interface HotSpot {
  rank: number;
  node: DependencyNode;
  directDependents: number;
  /** Entities that fail, transitively, if it fails. */
  transitiveDependents: number;
  /** False where the count is an estimate (see the page's errorBound). */
  exact: boolean;
  /** Counted only where exact. */
  teams?: number;
  domains?: number;
  tier1?: number;
}

/** The hot spots, most correlated first. */
export interface HotSpotPage extends Page<HotSpot> {
  /** How far an estimated count may be off. */
  errorBound: string;
}

/** What fails with a set of nodes, exactly. */
export interface Impact {
  /** Entities impacted (the failed ones not counted). */
  impacted: number;
  teams: string[];
  domains: string[];
  tier1: number;
  /** The impacted entities, nearest first, at most `limit`. */
  entities: DependencyNode[];
  truncated: boolean;
}

/** What fails if one node fails. */
export interface BlastRadius extends Impact {
  node: DependencyNode;
  directDependents: number;
}

/** A journey that breaks, and which of its entries. */
export interface BrokenJourney {
  name: string;
  entries: string[];
}

/** What fails if every node named fails. */
export interface WhatIfResult extends Impact {
  failed: DependencyNode[];
  journeysBroken: BrokenJourney[];
}

/** A dependency in the inventory: its dependents and the tiers they carry. */
export interface InventoryItem extends BlastRadius {
  direct: DependencyNode[];
  tiers: { tier1: number; tier2: number; tier3: number; unknown: number };
}

/** Services that look independent but fail together. */
export interface CorrelationGroup {
  id: string;
  size: number;
  /** Members that reach the shared dependencies only transitively. */
  hiddenMembers: number;
  members: DependencyNode[];
  owners: string[];
  systems: string[];
  domains: string[];
  /** The dependencies every member needs and whose failure takes them all down. */
  shared: DependencyNode[];
  summary: string;
}

/** A node every path of a journey passes through. */
export interface SinglePointOfFailure {
  node: DependencyNode;
  /** How many of the journey's dependencies are reached only through it. */
  dominated: number;
  /** True when it cuts the journey from all of its dependencies. */
  cutsWholeJourney: boolean;
}

/** A customer journey: its entries and its single points of failure. */
export interface Journey {
  name: string;
  title?: string;
  entries: string[];
  /**
   * How many entries the settings name that the caller cannot see or that
   * do not exist (counted, not named, so that nothing hidden leaks).
   */
  missingEntries: number;
  /** Entities the journey depends on, transitively. */
  dependencies: number;
  singlePointsOfFailure: SinglePointOfFailure[];
}

/** One factor of an availability product. */
export interface AvailabilityTerm {
  node: DependencyNode;
  role: 'self' | 'dependency' | 'failure-domain';
  /** Availability of one instance, or of the failure domain. */
  availability: number;
  replicas: number;
}

/** Availability assuming independence beside availability with shared dependencies counted once. */
export interface Availability {
  subject: { type: 'entity' | 'journey'; id: string };
  assumed: number | null;
  correlated: number | null;
  assumedDowntimeMinutesPerMonth: number | null;
  correlatedDowntimeMinutesPerMonth: number | null;
  gapMinutesPerMonth: number | null;
  terms: AvailabilityTerm[];
  /** Dependencies with no availability target, left out of both numbers. */
  withoutTarget: string[];
  warnings: string[];
}

/** Annotation problems of one entity. */
export interface EntityAnnotationProblems {
  ref: string;
  problems: AnnotationProblem[];
}

/** Jobs of several entities firing in the same minute against one dependency. */
export interface CronCollision {
  minute: string;
  dependency: DependencyNode;
  jobs: Array<{ ref: string; expression: string }>;
}

/** Dependents whose summed peak load exceeds a dependency's capacity. */
export interface Saturation {
  dependency: DependencyNode;
  capacity: number;
  summedPeak: number;
  dependents: Array<{ ref: string; peakLoad: number }>;
}

/** A service that depends on a lower tier than its own. */
export interface TierMismatch {
  ref: string;
  tier: Tier;
  dependency: string;
  dependencyTier: Tier;
}

/** Structural risks of the whole graph. */
export interface Risks {
  cycles: Array<{ size: number; members: string[] }>;
  articulationPoints: DependencyNode[];
  cronCollisions: CronCollision[];
  saturation: Saturation[];
  tierMismatches: TierMismatch[];
  /** Per list, how many there are in all (each list is cut at `limit`). */
  totals: Record<
    | 'cycles'
    | 'articulationPoints'
    | 'cronCollisions'
    | 'saturation'
    | 'tierMismatches',
    number
  >;
}

/**
 * A bounded part of the graph around a focus node, for drawing: an edge
 * `[u, v]` reads "nodes[u] needs nodes[v]".
 */
export interface DependencySubgraph {
  /** The id of the node the walk started from (nodes[0]). */
  focus: string;
  nodes: DependencyNode[];
  edges: Array<[number, number]>;
  /** True when the node bound cut the walk short. */
  truncated: boolean;
}

/** The fleet's figures on one day, for the trend. */
export interface FleetFigures {
  day: string;
  /** Entities in the graph. */
  entities: number;
  /** Shared dependencies whose failure takes down at least 10 entities. */
  hotSpots: number;
  /** How many entities fail with the most depended-on one. */
  topHotSpotDependents: number;
  correlationGroups: number;
  /** Single points of failure over all journeys, counted once per journey. */
  singlePointsOfFailure: number;
  articulationPoints: number;
  cycles: number;
  cronCollisions: number;
  saturation: number;
  tierMismatches: number;
}

/** The trend: recorded days, or today's figures alone for who sees part of the catalog. */
export interface FleetTrend {
  items: FleetFigures[];
  /** False when the caller sees part of the catalog: then only today's figures of what they see. */
  wholeCatalog: boolean;
}
