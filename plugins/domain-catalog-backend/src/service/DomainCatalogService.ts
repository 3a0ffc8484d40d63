import {
  AuthService,
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DomainCatalogSnapshot } from '../model/DomainCatalogSnapshot';
import { DriftOptions } from '../model/drift';
import { resolveRef } from '../model/refs';

const KINDS = [
  'boundedcontext',
  'domain',
  'component',
  'api',
  'resource',
  'system',
];
const FIELDS = [
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
  /** A snapshot older than this is refreshed in the background on the next request. */
  maxAgeMs: number;
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
    maxAgeMs: (c?.getOptionalNumber('snapshotMaxAgeSeconds') ?? 30) * 1000,
    drift: {
      undeclaredCouplingExemptions: exemptions,
      sharedResourceTypes: c?.getOptionalStringArray(
        'drift.sharedResourceTypes',
      ),
    },
  };
}

/**
 * Keeps the domain catalog's snapshot of the catalog. Requests are answered
 * from the snapshot in memory; a stale one is refreshed in the background,
 * so a request waits for the catalog only when there is no snapshot yet.
 */
export class DomainCatalogService {
  private snapshot?: DomainCatalogSnapshot;
  private takenAt = 0;
  private loading?: Promise<DomainCatalogSnapshot>;

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      settings: DomainCatalogSettings;
    },
  ) {}

  /** The current snapshot; the first call waits for it. */
  async get(): Promise<DomainCatalogSnapshot> {
    if (!this.snapshot) {
      return this.refresh();
    }
    if (Date.now() - this.takenAt > this.deps.settings.maxAgeMs) {
      this.refresh().catch(error =>
        this.deps.logger.warn(`Domain catalog refresh failed: ${error}`),
      );
    }
    return this.snapshot;
  }

  /** Takes a new snapshot, sharing one load between concurrent callers. */
  refresh(): Promise<DomainCatalogSnapshot> {
    if (!this.loading) {
      this.loading = this.load().finally(() => {
        this.loading = undefined;
      });
    }
    return this.loading;
  }

  private async load(): Promise<DomainCatalogSnapshot> {
    const started = Date.now();
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const entities: Entity[] = [];
    for await (const page of this.deps.catalog.streamEntities(
      { filter: { kind: KINDS }, fields: FIELDS, pageSize: 1000 },
      { credentials },
    )) {
      entities.push(...page);
    }
    const snapshot = new DomainCatalogSnapshot(
      entities,
      this.deps.settings.drift,
    );
    this.snapshot = snapshot;
    this.takenAt = started;
    this.deps.logger.debug(
      `Domain catalog snapshot: ${entities.length} entities, ${
        snapshot.model.contexts.size
      } contexts, ${snapshot.drift.findings.length} drift findings in ${
        Date.now() - started
      } ms`,
    );
    return snapshot;
  }
}
