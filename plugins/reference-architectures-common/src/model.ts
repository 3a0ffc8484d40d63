import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';

/** The API version of the suite's kinds. */
export const FITSYS_API_VERSION = 'fitsys.dev/v1alpha1';
/** The kind this plugin adds to the catalog. */
export const REFERENCE_ARCHITECTURE_KIND = 'ReferenceArchitecture';

/** On a System or Component: the reference architecture it follows. */
export const REFERENCE_ARCHITECTURE_ANNOTATION =
  'fitsys.dev/reference-architecture';
/** On a System or Component: the version of it that it follows. */
export const REFERENCE_ARCHITECTURE_VERSION_ANNOTATION =
  'fitsys.dev/reference-architecture-version';
/** Backstage's ADR plugin annotation: where an entity's decision records live. */
export const ADR_LOCATION_ANNOTATION = 'backstage.io/adr-location';

/** The kinds that may adopt a reference architecture. */
export const ADOPTER_KINDS = ['System', 'Component'];

/** Relations the catalog module records. */
export const RELATION_FOLLOWS = 'followsArchitecture';
export const RELATION_FOLLOWED_BY = 'followedBy';
export const RELATION_STARTED_BY_TEMPLATE = 'startedByTemplate';
export const RELATION_STARTS_ARCHITECTURE = 'startsArchitecture';

/**
 * Where a version stands, in the order a design usually travels:
 * draft and trial are being tried, recommended is the default choice, hold
 * means do not start new work on it, deprecated means move off it, retired
 * means nothing should follow it any more.
 */
export const LIFECYCLES = [
  'draft',
  'trial',
  'recommended',
  'hold',
  'deprecated',
  'retired',
] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

/** Lifecycles that an adopter should move off. */
export const OUTDATED_LIFECYCLES: readonly Lifecycle[] = [
  'deprecated',
  'retired',
];

/** The quality attributes every reference architecture is rated on. */
export const QUALITY_ATTRIBUTES = [
  'availability',
  'resilience',
  'security',
  'scalability',
  'performance',
  'operability',
  'modifiability',
  'cost',
] as const;
export type QualityAttribute = (typeof QUALITY_ATTRIBUTES)[number];

export const QUALITY_ATTRIBUTE_TITLES: Record<QualityAttribute, string> = {
  availability: 'Availability',
  resilience: 'Resilience',
  security: 'Security',
  scalability: 'Scalability and elasticity',
  performance: 'Performance',
  operability: 'Operability',
  modifiability: 'Modifiability',
  cost: 'Cost',
};

/** Ratings run from 1 (weak: the design pays here) to 5 (strong). */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

export const DECISION_STATUSES = [
  'proposed',
  'accepted',
  'superseded',
  'deprecated',
  'rejected',
] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Bounds of the kind's fields, checked by the processor and the schema. */
export const LIMITS = {
  name: 63,
  title: 200,
  shortText: 2_000,
  markdown: 20_000,
  mermaid: 20_000,
  list: 100,
  rules: 100,
  levels: 10,
  filterDepth: 8,
  filterKeys: 200,
} as const;

export type QualityRating = {
  rating: number;
  /** What the design gives up or pays for this rating, in words. */
  tradeoff: string;
};

export type BuildingBlock = {
  name: string;
  responsibility: string;
  /** Why the block is there: what goes wrong without it. */
  why: string;
  technology?: string;
  /** A catalog entity that is this block (a shared resource, a library). */
  entity?: string;
  /** A software template that creates this block. */
  template?: string;
};

export type ArchitectureDecision = {
  id: string;
  title: string;
  status: DecisionStatus;
  /** When it was decided, YYYY-MM-DD. */
  date: string;
  summary?: string;
  url?: string;
  /** When the decision should be looked at again, YYYY-MM-DD. */
  revisitBy?: string;
};

export type Alternative = {
  name: string;
  /** Why this design was preferred to it. */
  reason: string;
  /** Another reference architecture, when the alternative is one. */
  architecture?: string;
};

/** What a dependency must look like to match a dependency rule. */
export type DependencyMatcher = {
  kind?: string;
  type?: string;
  entity?: string;
};

/** The one check a rule makes; exactly one key is set. */
export type RuleCheck =
  | { dependsOn: DependencyMatcher }
  | { notDependsOn: DependencyMatcher }
  | { providesApi: { type?: string } }
  | { consumesApi: { type?: string } }
  | { annotation: string }
  | { tag: string }
  | { label: { key: string; value?: string } }
  | { maxDependencies: number }
  | { lifecycle: string[] }
  | { ownerIsTeam: true }
  | { filter: JsonObject };

export const RULE_CHECKS = [
  'dependsOn',
  'notDependsOn',
  'providesApi',
  'consumesApi',
  'annotation',
  'tag',
  'label',
  'maxDependencies',
  'lifecycle',
  'ownerIsTeam',
  'filter',
] as const;
export type RuleCheckName = (typeof RULE_CHECKS)[number];

export type ConformanceRule = {
  id: string;
  title: string;
  severity: Severity;
  /** The level this rule belongs to (one of spec.levels). */
  level?: string;
  /** What an adopter does to pass it. */
  fix?: string;
  check: RuleCheck;
};

export type ReferenceArchitectureSpec = {
  owner: string;
  /**
   * The reference architecture this entity is a version of. Versions of one
   * reference architecture are separate entities sharing a series; defaults
   * to the entity's name.
   */
  series?: string;
  version: string;
  lifecycle: Lifecycle;
  problem: string;
  context?: string;
  solution: string;
  diagram?: { mermaid: string; dataFlow?: string[] };
  buildingBlocks?: BuildingBlock[];
  useCases?: string[];
  qualityAttributes?: Partial<Record<QualityAttribute, QualityRating>>;
  whenNotToUse?: string[];
  decisions?: ArchitectureDecision[];
  alternatives?: Alternative[];
  /** The software template that starts a system from it. */
  template?: string;
  /** The version of the same series this one replaces. */
  supersedes?: string;
  revisitBy?: string;
  /** Conformance levels, lowest first (as scorecard levels). */
  levels?: string[];
  rules?: ConformanceRule[];
};

export interface ReferenceArchitectureEntity extends Entity {
  apiVersion: typeof FITSYS_API_VERSION;
  kind: typeof REFERENCE_ARCHITECTURE_KIND;
  spec: ReferenceArchitectureSpec;
}

export function isReferenceArchitectureEntity(
  entity: Entity,
): entity is ReferenceArchitectureEntity {
  return (
    entity.apiVersion === FITSYS_API_VERSION &&
    entity.kind.toLocaleLowerCase('en-US') === 'referencearchitecture'
  );
}

/** The series an entity belongs to: spec.series, or its own name. */
export function seriesOf(entity: ReferenceArchitectureEntity): string {
  const series = entity.spec.series;
  return (
    typeof series === 'string' && series ? series : entity.metadata.name
  ).toLocaleLowerCase('en-US');
}
