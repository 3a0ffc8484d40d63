import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  Availability,
  BlastRadius,
  CorrelationGroup,
  DependencyNodeType,
  DependencySubgraph,
  EntityAnnotationProblems,
  FleetTrend,
  HotSpotPage,
  InventoryItem,
  Journey,
  Page,
  Risks,
  WhatIfResult,
} from '@internal/plugin-dependency-map-common';
import {
  DependencyMapApi,
  ExportedFile,
  GraphQuery,
  SnapshotStatus,
  WhatIfRequest,
} from './DependencyMapApi';

type QueryValue = string | number | undefined;

/** `?a=1&b=2` of the values given, or nothing. */
function query(values: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The file name a `Content-Disposition: attachment; filename="x"` names. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(header)?.[1] ?? fallback;
}

/** Talks to the dependency map backend with the signed-in user's credentials. */
export class DependencyMapClient implements DependencyMapApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  private async fetch(path: string, init?: RequestInit): Promise<Response> {
    const base = await this.deps.discoveryApi.getBaseUrl('dependency-map');
    const response = await this.deps.fetchApi.fetch(`${base}${path}`, init);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response;
  }

  private async get<T>(path: string): Promise<T> {
    return (await this.fetch(path)).json();
  }

  getHotSpots(
    q: { type?: DependencyNodeType; offset?: number; limit?: number } = {},
  ) {
    return this.get<HotSpotPage>(`/hot-spots${query(q)}`);
  }

  getInventoryItem(node: string, limit?: number) {
    return this.get<InventoryItem>(`/inventory${query({ node, limit })}`);
  }

  getBlastRadius(node: string, limit?: number) {
    return this.get<BlastRadius>(`/blast-radius${query({ node, limit })}`);
  }

  async whatIf(request: WhatIfRequest) {
    const response = await this.fetch('/what-if', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
    return (await response.json()) as WhatIfResult;
  }

  getCorrelationGroups(q: { offset?: number; limit?: number } = {}) {
    return this.get<Page<CorrelationGroup>>(`/correlation-groups${query(q)}`);
  }

  async getJourneys() {
    return (await this.get<{ items: Journey[] }>('/journeys')).items;
  }

  getJourneyAvailability(journey: string) {
    return this.get<Availability>(
      `/journeys/${encodeURIComponent(journey)}/availability`,
    );
  }

  getEntityAvailability(entity: string) {
    return this.get<Availability>(`/availability${query({ entity })}`);
  }

  getAnnotationProblems(
    q: { entity?: string; offset?: number; limit?: number } = {},
  ) {
    return this.get<Page<EntityAnnotationProblems>>(
      `/annotation-problems${query(q)}`,
    );
  }

  getRisks(limit?: number) {
    return this.get<Risks>(`/risks${query({ limit })}`);
  }

  getGraph(q: GraphQuery) {
    return this.get<DependencySubgraph>(`/graph${query({ ...q })}`);
  }

  async exportHotSpots(type?: DependencyNodeType): Promise<ExportedFile> {
    const response = await this.fetch(`/export/hot-spots${query({ type })}`);
    return {
      fileName: fileNameOf(response, 'dependency-hot-spots.csv'),
      contentType: 'text/csv',
      text: await response.text(),
    };
  }

  async exportGraph(
    q: GraphQuery & { format: 'mermaid' | 'dot' },
  ): Promise<ExportedFile> {
    const response = await this.fetch(`/export/graph${query({ ...q })}`);
    const extension = q.format === 'mermaid' ? 'mmd' : 'dot';
    return {
      fileName: fileNameOf(response, `dependencies.${extension}`),
      contentType: 'text/plain',
      text: await response.text(),
      truncated: response.headers.get('subgraph-truncated') === 'true',
    };
  }

  getSnapshot() {
    return this.get<SnapshotStatus>('/snapshot');
  }

  getTrend(days = 90) {
    return this.get<FleetTrend>(`/trend?days=${days}`);
  }
}
