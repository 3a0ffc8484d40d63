import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CatalogSnapshotService } from './catalogSnapshotServiceRef';
import { CatalogView } from './visibility';

/**
 * A plugin's analysis of the shared catalog snapshot, as each caller may see
 * it. A caller who sees the whole catalog gets the analysis of the whole
 * snapshot (rebuilt when a newer snapshot arrives, the older one served
 * meanwhile); a caller who sees part of it gets an analysis of only what
 * they see, kept in a small LRU, so nothing hidden from them shows in names,
 * counts or lists.
 */
export class ViewAnalyses<T> {
  private full?: T;
  private fullGeneration = 0;
  private building?: Promise<T>;
  private readonly partial = new Map<string, T>();
  private readonly partialKept: number;

  constructor(
    private readonly options: {
      snapshots: CatalogSnapshotService;
      logger: LoggerService;
      /** Builds the analysis of what a view shows. */
      analyse: (view: CatalogView) => T;
      /** What to log once an analysis is built, besides its time. */
      describe?: (analysis: T) => string;
      /** How many analyses of partial views are kept (default 20). */
      partialKept?: number;
    },
  ) {
    this.partialKept = options.partialKept ?? 20;
  }

  /** The analysis of what the caller may see. */
  async get(credentials: BackstageCredentials): Promise<T> {
    const view = await this.options.snapshots.viewFor(credentials);
    return view.all ? this.forEveryone(view) : this.forPart(view);
  }

  /** Rebuilds the whole-catalog analysis for a new snapshot, before anyone asks. */
  async refresh(): Promise<T> {
    const snapshot = await this.options.snapshots.get();
    if (this.full && snapshot.generation <= this.fullGeneration) {
      return this.full;
    }
    await this.forEveryone({
      all: true,
      entities: snapshot.entities,
      snapshot,
      key: `all:${snapshot.generation}`,
      isVisible: () => true,
    });
    // forEveryone answers with the older analysis while it builds: wait.
    return (await this.building) ?? this.full!;
  }

  private analyse(view: CatalogView): T {
    const started = performance.now();
    const analysis = this.options.analyse(view);
    this.options.logger.debug(
      `${this.options.describe?.(analysis) ?? 'Analysis'} (${
        view.all ? 'all' : 'part'
      } of snapshot ${view.snapshot.generation}) in ${Math.round(
        performance.now() - started,
      )} ms`,
    );
    return analysis;
  }

  private forEveryone(view: CatalogView): Promise<T> {
    const generation = view.snapshot.generation;
    if (this.full && this.fullGeneration >= generation) {
      return Promise.resolve(this.full);
    }
    if (!this.building) {
      this.building = new Promise<T>(resolve =>
        // Off the request that noticed, so that it is answered first.
        setImmediate(() => resolve(this.analyse(view))),
      )
        .then(analysis => {
          if (generation > this.fullGeneration) {
            this.full = analysis;
            this.fullGeneration = generation;
            // Partial views of an older snapshot are not asked for again.
            this.partial.clear();
          }
          return analysis;
        })
        .finally(() => {
          this.building = undefined;
        });
    }
    // The older analysis answers while the newer one is built.
    return this.full ? Promise.resolve(this.full) : this.building;
  }

  private forPart(view: CatalogView): T {
    const cached = this.partial.get(view.key);
    if (cached) {
      // Most recently used last, so the oldest goes first.
      this.partial.delete(view.key);
      this.partial.set(view.key, cached);
      return cached;
    }
    const analysis = this.analyse(view);
    this.partial.set(view.key, analysis);
    for (const key of this.partial.keys()) {
      if (this.partial.size <= this.partialKept) break;
      this.partial.delete(key);
    }
    return analysis;
  }
}
