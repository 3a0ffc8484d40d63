import { Entity } from '@backstage/catalog-model';
import { refOf } from '../input/refs';

/** One read of the catalog, shared by every plugin of the backend process. */
export interface CatalogSnapshot {
  /** The entities read, in the catalog's order. */
  readonly entities: readonly Entity[];
  /** The same entities by their lower-case ref. */
  readonly byRef: ReadonlyMap<string, Entity>;
  /** Counts the reads of this process: a higher one is a newer snapshot. */
  readonly generation: number;
  /** When the read began. */
  readonly readAt: Date;
  /** How long the read took, in milliseconds. */
  readonly readMs: number;
  /** The kinds read (lower case), or undefined for every kind. */
  readonly kinds?: readonly string[];
  /** The fields read. */
  readonly fields: readonly string[];
}

/** Makes a snapshot of entities read at a moment. */
export function createCatalogSnapshot(
  entities: Entity[],
  options: {
    generation: number;
    readAt: Date;
    readMs: number;
    kinds?: readonly string[];
    fields: readonly string[];
  },
): CatalogSnapshot {
  const byRef = new Map<string, Entity>();
  for (const entity of entities) byRef.set(refOf(entity), entity);
  return { entities, byRef, ...options };
}

/** How fresh the shared snapshot is, for answers and health checks. */
export interface CatalogSnapshotStatus {
  /** When the snapshot being served was read; undefined before the first read. */
  readAt?: string;
  /** Its age in seconds. */
  ageSeconds?: number;
  entityCount: number;
  generation: number;
  /** The last read's failure, while the snapshot served is older than it. */
  lastError?: { message: string; at: string };
}
