import { createApiRef } from '@backstage/core-plugin-api';
import {
  CmlImportPullRequest,
  CmlImportPullRequestRequest,
  CmlImportResult,
  CmlImportTargets,
  ContextDetails,
  ContextMap,
  ContextMapExportFormat,
  DomainAggregateMap,
  DomainContextsInfo,
  DriftKind,
  DriftReport,
  EntityContextInfo,
  GlossaryPage,
  TermCollision,
} from '@internal/plugin-domain-catalog-common';

/** Filters of the context map. */
export interface MapFilter {
  domains?: string[];
  owners?: string[];
  focus?: string;
  depth?: number;
}

/** Parameters of a glossary search. */
export interface GlossaryQuery {
  q?: string;
  context?: string;
  domain?: string;
  offset?: number;
  limit?: number;
}

/** The domain catalog backend, as the frontend uses it. */
export interface DomainCatalogApi {
  getMap(filter?: MapFilter): Promise<ContextMap>;
  getDomainAggregate(): Promise<DomainAggregateMap>;
  getContext(namespace: string, name: string): Promise<ContextDetails>;
  getDrift(filter?: {
    context?: string;
    kind?: DriftKind;
  }): Promise<DriftReport>;
  searchGlossary(query: GlossaryQuery): Promise<GlossaryPage>;
  getCollisions(): Promise<TermCollision[]>;
  getEntityContext(
    kind: string,
    namespace: string,
    name: string,
  ): Promise<EntityContextInfo>;
  getDomainContexts(
    namespace: string,
    name: string,
  ): Promise<DomainContextsInfo>;
  /** The address of a download: the map in a format, or a canvas. */
  exportUrl(
    format: ContextMapExportFormat,
    filter?: MapFilter,
  ): Promise<string>;
  canvasUrl(
    namespace: string,
    name: string,
    format: 'markdown' | 'json',
  ): Promise<string>;
  /** Fetches a download with the user's credentials. */
  download(url: string): Promise<Blob>;
  importCml(request: {
    source: string;
    owner: string;
    namespace?: string;
  }): Promise<CmlImportResult>;
  /** Where the portal can open a pull request with an import's files, and whether the user may. */
  getCmlImportTargets(): Promise<CmlImportTargets>;
  /** Converts the CML again and proposes its files in a pull request. */
  openCmlImportPullRequest(
    request: CmlImportPullRequestRequest,
  ): Promise<CmlImportPullRequest>;
}

/** The API reference of {@link DomainCatalogApi}. */
export const domainCatalogApiRef = createApiRef<DomainCatalogApi>({
  id: 'plugin.domain-catalog.api',
});
