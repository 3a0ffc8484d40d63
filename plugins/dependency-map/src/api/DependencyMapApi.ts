import { createApiRef } from '@backstage/core-plugin-api';
import {
  Availability,
  BlastRadius,
  CorrelationGroup,
  DependencyNodeType,
  DependencySubgraph,
  EntityAnnotationProblems,
  FleetTrend,
  HotSpotPage,
  InventoryItem,
  Journey,
  Page,
  Risks,
  WhatIfResult,
} from '@internal/plugin-dependency-map-common';

/** Which way to walk from a node: what it needs, what needs it, or both. */
export type GraphDirection = 'dependencies' | 'dependents' | 'both';

/** The bounds of a subgraph around a node. */
export interface GraphQuery {
  node: string;
  depth?: number;
  direction?: GraphDirection;
  maxNodes?: number;
}

/** What a what-if marks failed. */
export interface WhatIfRequest {
  entities?: string[];
  zones?: string[];
  regions?: string[];
  clusters?: string[];
  images?: string[];
  libraries?: string[];
  limit?: number;
}

/** How fresh the catalog snapshot behind every answer is. */
export interface SnapshotStatus {
  readAt?: string;
  ageSeconds?: number;
  entityCount: number;
  generation: number;
  lastError?: { message: string; at: string };
}

/** A file the backend exports, ready to save. */
export interface ExportedFile {
  fileName: string;
  contentType: string;
  text: string;
  /** For a subgraph: whether the node bound cut it. */
  truncated?: boolean;
}

/** The dependency map backend, as the frontend uses it. */
export interface DependencyMapApi {
  getHotSpots(query?: {
    type?: DependencyNodeType;
    offset?: number;
    limit?: number;
  }): Promise<HotSpotPage>;
  getInventoryItem(node: string, limit?: number): Promise<InventoryItem>;
  getBlastRadius(node: string, limit?: number): Promise<BlastRadius>;
  whatIf(request: WhatIfRequest): Promise<WhatIfResult>;
  getCorrelationGroups(query?: {
    offset?: number;
    limit?: number;
  }): Promise<Page<CorrelationGroup>>;
  getJourneys(): Promise<Journey[]>;
  getJourneyAvailability(journey: string): Promise<Availability>;
  getEntityAvailability(entity: string): Promise<Availability>;
  getAnnotationProblems(query?: {
    entity?: string;
    offset?: number;
    limit?: number;
  }): Promise<Page<EntityAnnotationProblems>>;
  getRisks(limit?: number): Promise<Risks>;
  getGraph(query: GraphQuery): Promise<DependencySubgraph>;
  exportHotSpots(type?: DependencyNodeType): Promise<ExportedFile>;
  exportGraph(
    query: GraphQuery & { format: 'mermaid' | 'dot' },
  ): Promise<ExportedFile>;
  getSnapshot(): Promise<SnapshotStatus>;
  getTrend(days?: number): Promise<FleetTrend>;
}

/** The dependency map API. */
export const dependencyMapApiRef = createApiRef<DependencyMapApi>({
  id: 'plugin.dependency-map.service',
});
