import { Entity } from '@backstage/catalog-model';
import { ServiceUnavailableError } from '@backstage/errors';
import {
  CatalogSnapshot,
  CatalogSnapshotStatus,
  createCatalogSnapshot,
} from './CatalogSnapshot';

/** What a plugin reads of the catalog. */
export interface CatalogNeeds {
  /** The kinds it reads (any case); every kind when left out. */
  kinds?: string[];
  /** Entity fields in the catalog's dotted form (`spec`, `metadata.annotations`). */
  fields?: string[];
}

/**
 * The fields the catalog's permission rules look at (kind, metadata, owner
 * relations), read always so that a caller's conditional decision can be
 * applied to the snapshot in memory.
 */
export const FIELDS_FOR_PERMISSIONS = [
  'apiVersion',
  'kind',
  'metadata',
  'relations',
];

/** Reads the catalog page by page with the given kinds and fields. */
export type CatalogReader = (request: {
  kinds?: string[];
  fields: string[];
  pageSize: number;
}) => AsyncIterable<Entity[]>;

/** Receives each new snapshot. */
export type SnapshotListener = (snapshot: CatalogSnapshot) => void;

/**
 * The one snapshot of the catalog in a backend process. Plugins declare what
 * they need; the snapshot reads the union of it once per refresh, and serves
 * the last good read while a refresh fails.
 */
export class SharedCatalogSnapshot {
  private readonly needs = new Map<string, CatalogNeeds>();
  private snapshot?: CatalogSnapshot;
  private loading?: Promise<CatalogSnapshot>;
  private reader?: CatalogReader;
  private generation = 0;
  private lastError?: { message: string; at: Date };
  private readonly listeners = new Set<SnapshotListener>();

  constructor(
    private readonly options: { pageSize: number; now?: () => Date } = {
      pageSize: 1000,
    },
  ) {}

  private now() {
    return this.options.now?.() ?? new Date();
  }

  /** Declares what a plugin reads; a snapshot that lacks it is read again. */
  declare(pluginId: string, needs: CatalogNeeds): void {
    this.needs.set(pluginId, {
      kinds: needs.kinds?.map(k => k.toLocaleLowerCase('en-US')),
      fields: needs.fields,
    });
  }

  /** Sets how the catalog is read, unless a plugin already did. Returns whether this call set it. */
  useReader(reader: CatalogReader): boolean {
    if (this.reader) return false;
    this.reader = reader;
    return true;
  }

  /** Calls the listener with each new snapshot; returns a function that stops it. */
  onSnapshot(listener: SnapshotListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The kinds and fields every declared need adds up to. */
  private wanted(): { kinds?: string[]; fields: string[] } {
    const kinds = new Set<string>();
    let everyKind = false;
    const fields = new Set(FIELDS_FOR_PERMISSIONS);
    for (const need of this.needs.values()) {
      if (!need.kinds) everyKind = true;
      for (const kind of need.kinds ?? []) kinds.add(kind);
      for (const field of need.fields ?? ['spec']) fields.add(field);
    }
    return {
      kinds: everyKind ? undefined : [...kinds].sort(),
      fields: [...fields].sort(),
    };
  }

  /** Whether the snapshot read covers every declared need. */
  private covers(snapshot: CatalogSnapshot): boolean {
    const wanted = this.wanted();
    const kinds = snapshot.kinds && new Set(snapshot.kinds);
    if (kinds && (!wanted.kinds || wanted.kinds.some(k => !kinds.has(k)))) {
      return false;
    }
    const fields = new Set(snapshot.fields);
    return wanted.fields.every(
      f => fields.has(f) || fields.has(f.split('.')[0]),
    );
  }

  /**
   * The snapshot to answer from. Only the first read (or one a newly declared
   * need calls for) is waited for; after that, a failed refresh leaves the
   * last snapshot in place.
   */
  async current(): Promise<CatalogSnapshot> {
    const snapshot = this.snapshot;
    if (snapshot && this.covers(snapshot)) return snapshot;
    try {
      return await this.refresh();
    } catch (error) {
      if (snapshot) return snapshot;
      throw new ServiceUnavailableError(
        `The catalog could not be read yet, so there is nothing to answer from; try again shortly (${
          (error as Error).message
        })`,
      );
    }
  }

  /** The snapshot taken so far, without reading; undefined before the first read. */
  peek(): CatalogSnapshot | undefined {
    return this.snapshot;
  }

  /** Reads the catalog anew, one read at a time however many ask. */
  refresh(): Promise<CatalogSnapshot> {
    if (!this.loading) {
      this.loading = this.read().finally(() => {
        this.loading = undefined;
      });
    }
    return this.loading;
  }

  private async read(): Promise<CatalogSnapshot> {
    if (!this.reader) {
      throw new Error('no plugin has set up reading the catalog');
    }
    const { kinds, fields } = this.wanted();
    const readAt = this.now();
    const started = performance.now();
    try {
      const entities: Entity[] = [];
      for await (const page of this.reader({
        kinds,
        fields,
        pageSize: this.options.pageSize,
      })) {
        for (const entity of page) entities.push(entity);
      }
      const snapshot = createCatalogSnapshot(entities, {
        generation: ++this.generation,
        readAt,
        readMs: performance.now() - started,
        kinds,
        fields,
      });
      this.snapshot = snapshot;
      this.lastError = undefined;
      for (const listener of this.listeners) {
        try {
          listener(snapshot);
        } catch {
          // A listener's failure is its own; the snapshot stands.
        }
      }
      return snapshot;
    } catch (error) {
      this.lastError = { message: String(error), at: this.now() };
      throw error;
    }
  }

  /** How fresh the snapshot served is. */
  status(): CatalogSnapshotStatus {
    const snapshot = this.snapshot;
    return {
      readAt: snapshot?.readAt.toISOString(),
      ageSeconds: snapshot
        ? Math.max(
            0,
            Math.round(
              (this.now().getTime() - snapshot.readAt.getTime()) / 1000,
            ),
          )
        : undefined,
      entityCount: snapshot?.entities.length ?? 0,
      generation: snapshot?.generation ?? 0,
      lastError: this.lastError && {
        message: this.lastError.message,
        at: this.lastError.at.toISOString(),
      },
    };
  }
}
