import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  CmlImportPullRequest,
  CmlImportPullRequestRequest,
  CmlImportResult,
  CmlImportTargets,
  ContextMapExportFormat,
  TermCollision,
} from '@internal/plugin-domain-catalog-common';
import { DomainCatalogApi, GlossaryQuery, MapFilter } from './DomainCatalogApi';

function mapParams(filter: MapFilter = {}) {
  const params = new URLSearchParams();
  for (const d of filter.domains ?? []) params.append('domain', d);
  for (const o of filter.owners ?? []) params.append('owner', o);
  if (filter.focus) params.set('focus', filter.focus);
  if (filter.focus && filter.depth) params.set('depth', String(filter.depth));
  return params;
}

const query = (params: URLSearchParams) => {
  const text = params.toString();
  return text ? `?${text}` : '';
};

/** Talks to the domain catalog backend with the signed-in user's credentials. */
export class DomainCatalogClient implements DomainCatalogApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  private async url(path: string) {
    return `${await this.deps.discoveryApi.getBaseUrl(
      'domain-catalog',
    )}${path}`;
  }

  private async get<T>(path: string): Promise<T> {
    const response = await this.deps.fetchApi.fetch(await this.url(path));
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.json();
  }

  getMap(filter?: MapFilter) {
    return this.get<any>(`/map${query(mapParams(filter))}`);
  }

  getDomainAggregate() {
    return this.get<any>('/map/domains');
  }

  getContext(namespace: string, name: string) {
    return this.get<any>(
      `/contexts/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`,
    );
  }

  getDrift(filter: { context?: string; kind?: string } = {}) {
    const params = new URLSearchParams();
    if (filter.context) params.set('context', filter.context);
    if (filter.kind) params.set('kind', filter.kind);
    return this.get<any>(`/drift${query(params)}`);
  }

  searchGlossary(q: GlossaryQuery) {
    const params = new URLSearchParams();
    if (q.q) params.set('q', q.q);
    if (q.context) params.set('context', q.context);
    if (q.domain) params.set('domain', q.domain);
    if (q.offset) params.set('offset', String(q.offset));
    if (q.limit) params.set('limit', String(q.limit));
    return this.get<any>(`/glossary${query(params)}`);
  }

  async getCollisions() {
    return (await this.get<{ items: TermCollision[] }>('/glossary/collisions'))
      .items;
  }

  getEntityContext(kind: string, namespace: string, name: string) {
    return this.get<any>(
      `/entities/${encodeURIComponent(
        kind.toLocaleLowerCase('en-US'),
      )}/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}/context`,
    );
  }

  getDomainContexts(namespace: string, name: string) {
    return this.get<any>(
      `/domains/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`,
    );
  }

  async exportUrl(format: ContextMapExportFormat, filter?: MapFilter) {
    const params = mapParams(filter);
    params.set('format', format);
    return this.url(`/export?${params}`);
  }

  async canvasUrl(
    namespace: string,
    name: string,
    format: 'markdown' | 'json',
  ) {
    return this.url(
      `/contexts/${encodeURIComponent(namespace)}/${encodeURIComponent(
        name,
      )}/canvas?format=${format}`,
    );
  }

  async download(url: string) {
    const response = await this.deps.fetchApi.fetch(url);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.blob();
  }

  importCml(request: { source: string; owner: string; namespace?: string }) {
    return this.post<CmlImportResult>('/import/cml', request);
  }

  getCmlImportTargets() {
    return this.get<CmlImportTargets>('/import/cml/targets');
  }

  openCmlImportPullRequest(request: CmlImportPullRequestRequest) {
    return this.post<CmlImportPullRequest>('/import/cml/pull-request', request);
  }

  private async post<T>(path: string, body: unknown): Promise<T> {
    const response = await this.deps.fetchApi.fetch(await this.url(path), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.json();
  }
}
