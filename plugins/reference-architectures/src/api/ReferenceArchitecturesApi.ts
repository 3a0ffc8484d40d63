import { createApiRef } from '@backstage/core-plugin-api';
import {
  AdopterTrendPoint,
  AdrSource,
  AdopterList,
  ArchitectureDetail,
  ArchitectureList,
  DecisionList,
  DecisionStatus,
  DiffAnswer,
  EntityConformance,
  Lifecycle,
  QualityAttribute,
  Revisit,
  TrendPoint,
} from '@internal/plugin-reference-architectures-common';

/** The library's search and filters, as `GET /architectures` takes them. */
export interface LibraryQuery {
  q?: string;
  lifecycle?: Lifecycle[];
  quality?: QualityAttribute;
  tag?: string;
  owner?: string;
  offset?: number;
  limit?: number;
}

/** Which adopters to list. */
export type AdopterStatus = 'conforming' | 'violating' | 'outdated' | 'problem';

export interface AdoptersQuery {
  version?: string;
  status?: AdopterStatus;
  offset?: number;
  limit?: number;
}

export interface DecisionsQuery {
  q?: string;
  status?: DecisionStatus;
  overdue?: boolean;
  /** Recorded in reference architectures, or read from entities' ADRs. */
  source?: 'architecture' | 'adr';
  offset?: number;
  limit?: number;
}

/** The reference architectures backend, as the frontend uses it. */
export interface ReferenceArchitecturesApi {
  listArchitectures(query?: LibraryQuery): Promise<ArchitectureList>;
  /** One version in full; the series' shown version when `version` is absent. */
  getArchitecture(name: string, version?: string): Promise<ArchitectureDetail>;
  listAdopters(name: string, query?: AdoptersQuery): Promise<AdopterList>;
  /** What changed from `from` to `to`; the backend picks defaults for either. */
  getDiff(
    name: string,
    versions?: { from?: string; to?: string },
  ): Promise<DiffAnswer>;
  /** The series' adoption and average score per day, for the last `days` days. */
  getTrend(name: string, days?: number): Promise<TrendPoint[]>;
  /** One adopter's score, level and version per day, for the last `days` days; a 404 when it follows nothing. */
  getAdopterTrend(
    entityRef: string,
    days?: number,
  ): Promise<AdopterTrendPoint[]>;
  /** What an entity follows and how well; a 404 when it follows nothing. */
  getConformance(entityRef: string): Promise<EntityConformance>;
  listDecisions(query?: DecisionsQuery): Promise<DecisionList>;
  /** Architectures and decisions whose revisit date has passed, most overdue first. */
  listRevisits(): Promise<Revisit[]>;
  /** The entities whose ADRs are read, and how the last reading went. */
  listAdrSources(): Promise<AdrSource[]>;
}

/** The reference architectures API. */
export const referenceArchitecturesApiRef =
  createApiRef<ReferenceArchitecturesApi>({
    id: 'plugin.reference-architectures.service',
  });
