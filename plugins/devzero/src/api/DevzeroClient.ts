import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  DuplicateCandidate,
  Finding,
  FindingComment,
  FindingPage,
  FrictionInsights,
} from '@internal/plugin-devzero-common';
import {
  Attachment,
  DevzeroApi,
  FindingDetails,
  FindingListQuery,
  InsightsFilter,
  NewFindingInput,
  TriageInput,
} from './DevzeroApi';

/** Query parameters of a list query; repeated keys for lists. */
export function listParams(query: FindingListQuery | InsightsFilter) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      for (const v of value) params.append(key, String(v));
    } else {
      params.set(key, String(value));
    }
  }
  return params;
}

/** A file's bytes, read the way every browser (and jsdom) supports. */
function bytesOf(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

const suffix = (params: URLSearchParams) => {
  const text = params.toString();
  return text ? `?${text}` : '';
};

/** Talks to the Developer Zero backend with the signed-in user's credentials. */
export class DevzeroClient implements DevzeroApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  private async request(path: string, init?: RequestInit) {
    const base = await this.deps.discoveryApi.getBaseUrl('devzero');
    const response = await this.deps.fetchApi.fetch(`${base}${path}`, init);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response;
  }

  private async get<T>(path: string): Promise<T> {
    return (await this.request(path)).json();
  }

  private async post<T>(
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const response = await this.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return response.json();
  }

  listFindings(query: FindingListQuery) {
    return this.get<FindingPage>(`/findings${suffix(listParams(query))}`);
  }

  getInbox(query: { owner?: string[]; offset?: number; limit?: number } = {}) {
    return this.get<FindingPage>(`/inbox${suffix(listParams(query))}`);
  }

  getFinding(id: string) {
    return this.get<FindingDetails>(`/findings/${encodeURIComponent(id)}`);
  }

  async findSimilar(entityRef: string, title: string) {
    const params = new URLSearchParams({ entity: entityRef, title });
    return (await this.get<{ items: Finding[] }>(`/findings/similar?${params}`))
      .items;
  }

  async findDuplicateCandidates(
    id: string,
    query: { q?: string; limit?: number } = {},
  ) {
    return (
      await this.get<{ items: DuplicateCandidate[] }>(
        `/findings/${encodeURIComponent(id)}/similar${suffix(
          listParams(query),
        )}`,
      )
    ).items;
  }

  fileFinding(input: NewFindingInput, idempotencyKey: string) {
    return this.post<Finding>('/findings', input, {
      'Idempotency-Key': idempotencyKey,
    });
  }

  triage(id: string, input: TriageInput) {
    return this.post<Finding>(
      `/findings/${encodeURIComponent(id)}/triage`,
      input,
    );
  }

  comment(id: string, body: string) {
    return this.post<FindingComment>(
      `/findings/${encodeURIComponent(id)}/comments`,
      { body },
    );
  }

  meToo(id: string, input: { minutesLost: number; note?: string }) {
    return this.post<Finding>(
      `/findings/${encodeURIComponent(id)}/me-too`,
      input,
    );
  }

  getInsights(filter: InsightsFilter = {}) {
    return this.get<FrictionInsights>(`/insights${suffix(listParams(filter))}`);
  }

  async exportFindings(query: FindingListQuery, format: 'csv' | 'json') {
    // The whole view, in its order.
    const { offset, limit, ...view } = query;
    const params = listParams(view);
    params.set('format', format);
    return (await this.request(`/findings/export?${params}`)).blob();
  }

  async uploadAttachment(findingId: string, file: File) {
    const response = await this.request(
      `/findings/${encodeURIComponent(
        findingId,
      )}/attachments?${new URLSearchParams({ name: file.name })}`,
      {
        method: 'POST',
        headers: { 'Content-Type': file.type || 'application/octet-stream' },
        body: await bytesOf(file),
      },
    );
    return (await response.json()) as Attachment;
  }

  async deleteAttachment(findingId: string, attachmentId: string) {
    await this.request(
      `/findings/${encodeURIComponent(
        findingId,
      )}/attachments/${encodeURIComponent(attachmentId)}`,
      { method: 'DELETE' },
    );
  }

  async getAttachment(findingId: string, attachmentId: string) {
    return (
      await this.request(
        `/findings/${encodeURIComponent(
          findingId,
        )}/attachments/${encodeURIComponent(attachmentId)}`,
      )
    ).blob();
  }
}
