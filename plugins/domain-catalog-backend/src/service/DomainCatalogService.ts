import {
  BackstageCredentials,
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import {
  CatalogSnapshotService,
  CatalogSnapshotStatus,
  CatalogView,
  resolveRef,
} from '@internal/plugin-fitsys-node';
import { DomainCatalogSnapshot } from '../model/DomainCatalogSnapshot';
import { DriftOptions } from '../model/drift';

/** The kinds the domain catalog reads from the shared catalog snapshot. */
export const DOMAIN_CATALOG_KINDS = [
  'boundedcontext',
  'domain',
  'component',
  'api',
  'resource',
  'system',
];
/** The fields it reads of them (the snapshot adds what permission rules need). */
export const DOMAIN_CATALOG_FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.description',
  'metadata.annotations',
  'spec',
  'relations',
];

/** Settings of the domain catalog backend, from `fitsys.domainCatalog`. */
export interface DomainCatalogSettings {
  drift: DriftOptions;
}

/** Reads `fitsys.domainCatalog` with its defaults. */
export function readSettings(config: RootConfigService): DomainCatalogSettings {
  const c = config.getOptionalConfig('fitsys.domainCatalog');
  const exemptions = c
    ?.getOptionalStringArray('drift.undeclaredCouplingExemptions')
    ?.map(v => resolveRef(v, 'boundedcontext', 'default'))
    .filter((v): v is string => v !== undefined);
  return {
    drift: {
      undeclaredCouplingExemptions: exemptions,
      sharedResourceTypes: c?.getOptionalStringArray(
        'drift.sharedResourceTypes',
      ),
    },
  };
}

/** How many analyses of partial views (callers who see part of the catalog) are kept. */
const PARTIAL_ANALYSES_KEPT = 20;

/**
 * The domain catalog's analysis of the shared catalog snapshot, as each
 * caller may see it. A caller who sees the whole catalog gets the analysis of
 * the whole snapshot (rebuilt in the background when a newer snapshot
 * arrives, the older one served meanwhile); a caller who sees part of it gets
 * an analysis of only what they see, so nothing hidden from them shows in
 * names, counts, evidence, glossary terms or exports.
 */
export class DomainCatalogService {
  private full?: DomainCatalogSnapshot;
  private fullGeneration = 0;
  private building?: Promise<DomainCatalogSnapshot>;
  private readonly partial = new Map<string, DomainCatalogSnapshot>();

  constructor(
    private readonly deps: {
      snapshots: CatalogSnapshotService;
      logger: LoggerService;
      settings: DomainCatalogSettings;
    },
  ) {}

  /** The analysis of what the caller may see. */
  async get(credentials: BackstageCredentials): Promise<DomainCatalogSnapshot> {
    const view = await this.deps.snapshots.viewFor(credentials);
    return view.all ? this.forEveryone(view) : this.forPart(view);
  }

  /** How fresh the catalog snapshot behind the answers is. */
  status(): CatalogSnapshotStatus {
    return this.deps.snapshots.status();
  }

  private analyse(view: CatalogView): DomainCatalogSnapshot {
    const started = performance.now();
    const analysis = new DomainCatalogSnapshot(
      [...view.entities],
      this.deps.settings.drift,
      view.snapshot.readAt,
    );
    this.deps.logger.debug(
      `Domain catalog analysis of ${view.entities.length} entities (${
        view.all ? 'all' : 'part'
      } of snapshot ${view.snapshot.generation}): ${
        analysis.model.contexts.size
      } contexts, ${
        analysis.drift.findings.length
      } drift findings in ${Math.round(performance.now() - started)} ms`,
    );
    return analysis;
  }

  private forEveryone(view: CatalogView): Promise<DomainCatalogSnapshot> {
    const generation = view.snapshot.generation;
    if (this.full && this.fullGeneration >= generation) {
      return Promise.resolve(this.full);
    }
    if (!this.building) {
      this.building = new Promise<DomainCatalogSnapshot>(resolve =>
        // Off the request that noticed, so that it is answered first.
        setImmediate(() => resolve(this.analyse(view))),
      )
        .then(analysis => {
          if (generation > this.fullGeneration) {
            this.full = analysis;
            this.fullGeneration = generation;
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

  private forPart(view: CatalogView): DomainCatalogSnapshot {
    const cached = this.partial.get(view.key);
    if (cached) return cached;
    const analysis = this.analyse(view);
    this.partial.set(view.key, analysis);
    for (const key of this.partial.keys()) {
      if (this.partial.size <= PARTIAL_ANALYSES_KEPT) break;
      this.partial.delete(key);
    }
    return analysis;
  }
}
