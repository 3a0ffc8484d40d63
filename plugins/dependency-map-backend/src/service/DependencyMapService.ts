import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  CatalogSnapshotService,
  CatalogSnapshotStatus,
  CatalogView,
} from '@internal/plugin-fitsys-node';
import {
  AnalysisSettings,
  DependencyMapAnalysis,
} from '../model/DependencyMapAnalysis';

/** The kinds the dependency map reads from the shared catalog snapshot. */
export const DEPENDENCY_MAP_KINDS = ['component', 'api', 'resource', 'system'];
/** The fields it reads of them (the snapshot adds what permission rules need). */
export const DEPENDENCY_MAP_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'spec',
  'relations',
];

/** How many analyses of partial views (callers who see part of the catalog) are kept. */
const PARTIAL_ANALYSES_KEPT = 20;

/**
 * The dependency map of the shared catalog snapshot, as each caller may see
 * it. A caller who sees the whole catalog gets the analysis of the whole
 * snapshot (rebuilt when a newer snapshot arrives, the older one served
 * meanwhile); a caller who sees part of it gets an analysis of only what
 * they see, kept in a small LRU, so nothing hidden from them shows in names,
 * counts, hot spots, groups, journeys or exports.
 */
export class DependencyMapService {
  private full?: DependencyMapAnalysis;
  private fullGeneration = 0;
  private building?: Promise<DependencyMapAnalysis>;
  private readonly partial = new Map<string, DependencyMapAnalysis>();

  constructor(
    private readonly deps: {
      snapshots: CatalogSnapshotService;
      logger: LoggerService;
      settings: AnalysisSettings;
    },
  ) {}

  /** The analysis of what the caller may see. */
  async get(credentials: BackstageCredentials): Promise<DependencyMapAnalysis> {
    const view = await this.deps.snapshots.viewFor(credentials);
    return view.all ? this.forEveryone(view) : this.forPart(view);
  }

  /** Rebuilds the whole-catalog analysis for a new snapshot, before anyone asks. */
  async refresh(): Promise<void> {
    const snapshot = await this.deps.snapshots.get();
    if (snapshot.generation <= this.fullGeneration) return;
    await this.forEveryone({
      all: true,
      entities: snapshot.entities,
      snapshot,
      key: `all:${snapshot.generation}`,
      isVisible: () => true,
    });
    // forEveryone answers with the older analysis while it builds: wait.
    await this.building;
  }

  /** How fresh the catalog snapshot behind the answers is. */
  status(): CatalogSnapshotStatus {
    return this.deps.snapshots.status();
  }

  private analyse(view: CatalogView): DependencyMapAnalysis {
    const started = performance.now();
    const analysis = new DependencyMapAnalysis(
      view.entities,
      this.deps.settings,
      view.snapshot.readAt,
    );
    const g = analysis.graph;
    this.deps.logger.debug(
      `Dependency map of ${g.entityCount} entities and ${
        g.nodeCount - g.entityCount
      } shared facts, ${g.edgeCount} edges (${
        view.all ? 'all' : 'part'
      } of snapshot ${view.snapshot.generation}) in ${Math.round(
        performance.now() - started,
      )} ms`,
    );
    return analysis;
  }

  private forEveryone(view: CatalogView): Promise<DependencyMapAnalysis> {
    const generation = view.snapshot.generation;
    if (this.full && this.fullGeneration >= generation) {
      return Promise.resolve(this.full);
    }
    if (!this.building) {
      this.building = new Promise<DependencyMapAnalysis>(resolve =>
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

  private forPart(view: CatalogView): DependencyMapAnalysis {
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
      if (this.partial.size <= PARTIAL_ANALYSES_KEPT) break;
      this.partial.delete(key);
    }
    return analysis;
  }
}
