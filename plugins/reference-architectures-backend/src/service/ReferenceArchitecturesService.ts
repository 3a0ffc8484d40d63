import { AdrRecord, AdrSource, AdrStore } from '../database/AdrStore';
import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  CatalogSnapshotService,
  CatalogSnapshotStatus,
  ViewAnalyses,
} from '@internal/plugin-fitsys-node';
import { ArchitectureLibrary } from '../model/ArchitectureLibrary';

/** The kinds the library reads: the architectures, their adopters and the adopters' neighbourhood. */
export const REFERENCE_ARCHITECTURE_KINDS = [
  'referencearchitecture',
  'system',
  'component',
  'resource',
  'api',
  'group',
];
/** The fields it reads of them (the snapshot adds what permission rules need). */
export const REFERENCE_ARCHITECTURE_FIELDS = [
  'kind',
  'apiVersion',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.description',
  'metadata.tags',
  'metadata.labels',
  'metadata.annotations',
  'spec',
  'relations',
];

/**
 * The reference-architecture library of the shared catalog snapshot, as
 * each caller may see it (see ViewAnalyses): conformance is evaluated once
 * per snapshot for everyone, and once per partial view for callers who see
 * part of the catalog.
 */
export class ReferenceArchitecturesService {
  private readonly analyses: ViewAnalyses<ArchitectureLibrary>;

  constructor(
    private readonly deps: {
      snapshots: CatalogSnapshotService;
      logger: LoggerService;
      /** The clock, for revisit dates. */
      now?: () => Date;
      /** The ADRs read from entities (see AdrTask). */
      adrs?: AdrStore;
    },
  ) {
    this.analyses = new ViewAnalyses({
      snapshots: deps.snapshots,
      logger: deps.logger,
      analyse: view =>
        new ArchitectureLibrary(
          view.entities,
          (deps.now ?? (() => new Date()))(),
        ),
      describe: library =>
        `Reference architectures: ${library.series.size} series, ${library.adopters.size} adopters evaluated`,
    });
  }

  /** The library as the caller may see it. */
  get(credentials: BackstageCredentials): Promise<ArchitectureLibrary> {
    return this.analyses.get(credentials);
  }

  /** Evaluates a new snapshot before anyone asks. */
  refresh(): Promise<ArchitectureLibrary> {
    return this.analyses.refresh();
  }

  /** The ADRs read from entities; what a caller sees of them is the library's to say. */
  async adrRecords(): Promise<AdrRecord[]> {
    return (await this.deps.adrs?.records()) ?? [];
  }

  /** Where the ADRs were read from, and how that went. */
  async adrSources(): Promise<AdrSource[]> {
    return (await this.deps.adrs?.sources()) ?? [];
  }

  status(): CatalogSnapshotStatus {
    return this.deps.snapshots.status();
  }
}
