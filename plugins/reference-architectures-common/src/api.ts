import type { ConformanceResult } from './conformance/evaluate';
import type { VersionDiff } from './diff';
import type {
  ArchitectureDecision,
  Lifecycle,
  QualityAttribute,
  ReferenceArchitectureSpec,
} from './model';

/** One version of a reference architecture, as lists show it. */
export interface VersionSummary {
  ref: string;
  version: string;
  lifecycle: Lifecycle;
  adopters: number;
}

/** A reference architecture (one series) as the library shows it. */
export interface ArchitectureSummary {
  series: string;
  /** The version shown: the highest recommended, else the highest. */
  ref: string;
  title: string;
  description?: string;
  version: string;
  lifecycle: Lifecycle;
  owner: string;
  tags: string[];
  ratings: Partial<Record<QualityAttribute, number>>;
  versions: VersionSummary[];
  adopters: {
    total: number;
    /** On the version shown. */
    current: number;
    /** On an older version, or a deprecated or retired one. */
    outdated: number;
    /** Adopters whose every error-severity rule passes. */
    conforming: number;
  };
  /** The adopters' average conformance score, when there are adopters. */
  averageScore?: number;
  template?: string;
  revisitBy?: string;
  revisitOverdue: boolean;
}

export interface ArchitectureList {
  items: ArchitectureSummary[];
  totalCount: number;
  /** Values present across the library, for the filters. */
  facets: { owners: string[]; tags: string[]; lifecycles: Lifecycle[] };
}

/** One version in full. */
export interface ArchitectureVersion {
  ref: string;
  series: string;
  name: string;
  title: string;
  description?: string;
  tags: string[];
  spec: ReferenceArchitectureSpec;
}

export interface ArchitectureDetail {
  summary: ArchitectureSummary;
  /** The version asked for, or the one the summary shows. */
  version: ArchitectureVersion;
  /** A newer recommended version than the one asked for, if any. */
  newerRecommended?: string;
}

/** Why an adopter could not be matched to a version. */
export type AdoptionProblem =
  | 'unknown-architecture'
  | 'unknown-version'
  | 'missing-version';

export interface AdopterSummary {
  ref: string;
  kind: string;
  title: string;
  owner?: string;
  series: string;
  version?: string;
  versionLifecycle?: Lifecycle;
  /** On an older version than the current one, or a deprecated or retired one. */
  outdated: boolean;
  problem?: { type: AdoptionProblem; message: string };
  conformance?: Omit<ConformanceResult, 'results'> & {
    violations: ConformanceResult['results'];
  };
}

export interface AdopterList {
  items: AdopterSummary[];
  totalCount: number;
}

/** The entity card's answer: what one entity follows and how well. */
export interface EntityConformance {
  adopter: AdopterSummary;
  architecture?: ArchitectureSummary;
  /** Every rule's result, passed or not. */
  results?: ConformanceResult['results'];
  newerRecommended?: string;
}

export interface TrendPoint {
  day: string;
  adopters: number;
  averageScore: number;
  conforming: number;
}

/** One adopter's conformance on one day (`GET /conformance/trend`). */
export interface AdopterTrendPoint {
  day: string;
  /** The version it followed that day. */
  version: string;
  score: number;
  level?: string;
  /** Whether no error-severity rule failed. */
  conforming: boolean;
}

export interface DiffAnswer {
  series: string;
  diff: VersionDiff;
}

/** A decision from a reference architecture, or an entity's ADRs. */
export interface DecisionSummary extends ArchitectureDecision {
  source: 'architecture' | 'adr';
  /** The reference architecture versions that record it. */
  architectures: string[];
  /** For an ADR: the entity whose records hold it. */
  entityRef?: string;
  revisitOverdue: boolean;
}

/** Where one entity's ADRs are read from, and how the last reading went. */
export interface AdrSource {
  entityRef: string;
  /** The URL read, or the annotation's path for a local directory. */
  location: string;
  readAt: string;
  /** Why the directory, or some of its records, could not be read. */
  error?: string;
  records: number;
  skipped: number;
}

export interface DecisionList {
  items: DecisionSummary[];
  totalCount: number;
}

/** Something whose revisit date has come. */
export interface Revisit {
  type: 'architecture' | 'decision';
  /** The architecture version, or the one the decision is recorded in. */
  ref: string;
  title: string;
  owner: string;
  revisitBy: string;
  daysOverdue: number;
  decisionId?: string;
}
