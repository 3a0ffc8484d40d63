import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  AdopterList,
  AdopterTrendPoint,
  AdrSource,
  ArchitectureDetail,
  ArchitectureList,
  DecisionList,
  DiffAnswer,
  EntityConformance,
  Revisit,
  TrendPoint,
} from '@internal/plugin-reference-architectures-common';
import {
  AdoptersQuery,
  DecisionsQuery,
  LibraryQuery,
  ReferenceArchitecturesApi,
} from './ReferenceArchitecturesApi';

type Params = Record<string, string | number | boolean | string[] | undefined>;

/** `?a=1&b=x&b=y`, leaving out what is unset or empty. */
function queryOf(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) value.forEach(v => search.append(key, v));
    else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Talks to the reference architectures backend with the signed-in user's credentials. */
export class ReferenceArchitecturesClient implements ReferenceArchitecturesApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  private async get<T>(path: string): Promise<T> {
    const base = await this.deps.discoveryApi.getBaseUrl(
      'reference-architectures',
    );
    const response = await this.deps.fetchApi.fetch(`${base}${path}`);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.json();
  }

  private architecture(name: string, rest = '') {
    return `/architectures/${encodeURIComponent(name)}${rest}`;
  }

  listArchitectures(query: LibraryQuery = {}) {
    return this.get<ArchitectureList>(`/architectures${queryOf({ ...query })}`);
  }

  getArchitecture(name: string, version?: string) {
    return this.get<ArchitectureDetail>(
      this.architecture(name, queryOf({ version })),
    );
  }

  listAdopters(name: string, query: AdoptersQuery = {}) {
    return this.get<AdopterList>(
      this.architecture(name, `/adopters${queryOf({ ...query })}`),
    );
  }

  getDiff(name: string, versions: { from?: string; to?: string } = {}) {
    return this.get<DiffAnswer>(
      this.architecture(name, `/diff${queryOf(versions)}`),
    );
  }

  async getTrend(name: string, days?: number) {
    const answer = await this.get<{ items: TrendPoint[] }>(
      this.architecture(name, `/trend${queryOf({ days })}`),
    );
    return answer.items;
  }

  async getAdopterTrend(entityRef: string, days?: number) {
    const answer = await this.get<{ items: AdopterTrendPoint[] }>(
      `/conformance/trend${queryOf({ entity: entityRef, days })}`,
    );
    return answer.items;
  }

  getConformance(entityRef: string) {
    return this.get<EntityConformance>(
      `/conformance${queryOf({ entity: entityRef })}`,
    );
  }

  listDecisions(query: DecisionsQuery = {}) {
    return this.get<DecisionList>(`/decisions${queryOf({ ...query })}`);
  }

  async listRevisits() {
    return (await this.get<{ items: Revisit[] }>('/revisits')).items;
  }

  async listAdrSources() {
    return (await this.get<{ items: AdrSource[] }>('/adr-sources')).items;
  }
}
