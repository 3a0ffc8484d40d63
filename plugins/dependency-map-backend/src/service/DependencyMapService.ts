import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  CatalogSnapshotService,
  CatalogSnapshotStatus,
  ViewAnalyses,
} from '@internal/plugin-fitsys-node';
import {
  AnalysisSettings,
  DependencyMapAnalysis,
} from '../model/DependencyMapAnalysis';
import { EntityRecordCache } from '../model/entityRecords';

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

/**
 * The dependency map of the shared catalog snapshot, as each caller may see
 * it (see ViewAnalyses): the whole snapshot's analysis for callers who see
 * it all, rebuilt when a newer snapshot arrives; an analysis of only what
 * they see for the others, so nothing hidden from them shows in names,
 * counts, hot spots, groups, journeys or exports. What each entity brings
 * (its refs, edges and parsed annotations) is kept between snapshots and
 * read again only when the entity's etag changes.
 */
export class DependencyMapService {
  private readonly analyses: ViewAnalyses<DependencyMapAnalysis>;
  /** What was read of each entity, kept while it does not change. */
  private readonly records = new EntityRecordCache();

  constructor(
    private readonly deps: {
      snapshots: CatalogSnapshotService;
      logger: LoggerService;
      settings: AnalysisSettings;
    },
  ) {
    this.analyses = new ViewAnalyses({
      snapshots: deps.snapshots,
      logger: deps.logger,
      analyse: view =>
        new DependencyMapAnalysis(
          view.entities,
          deps.settings,
          view.snapshot.readAt,
          { cache: this.records, complete: view.all },
        ),
      describe: ({ graph: g }) =>
        `Dependency map of ${g.entityCount} entities and ${
          g.nodeCount - g.entityCount
        } shared facts, ${g.edgeCount} edges`,
    });
  }

  /** The analysis of what the caller may see. */
  get(credentials: BackstageCredentials): Promise<DependencyMapAnalysis> {
    return this.analyses.get(credentials);
  }

  /** Rebuilds the whole-catalog analysis for a new snapshot, before anyone asks; answers it. */
  refresh(): Promise<DependencyMapAnalysis> {
    return this.analyses.refresh();
  }

  /** Whether the caller sees the whole catalog (and so the whole fleet's trend). */
  async seesAll(credentials: BackstageCredentials): Promise<boolean> {
    return (await this.deps.snapshots.viewFor(credentials)).all;
  }

  /** How fresh the catalog snapshot behind the answers is. */
  status(): CatalogSnapshotStatus {
    return this.deps.snapshots.status();
  }
}
