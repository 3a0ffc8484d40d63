import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import {
  devzeroFindingReadPermission,
  FindingPage,
} from '@internal/plugin-devzero-common';
import { Readable } from 'stream';

/** A usability finding as Backstage search indexes it. */
export interface FindingDocument extends IndexableDocument {
  status: string;
  severity: string;
  category: string;
  entityRef: string;
  ownerRef: string;
}

const PAGE = 200;

/**
 * Indexes every finding, page by page through the Developer Zero API. Search
 * shows each result only to those who may read that finding.
 */
export class FindingCollatorFactory implements DocumentCollatorFactory {
  readonly type = 'devzero-finding';
  readonly visibilityPermission = devzeroFindingReadPermission;

  constructor(
    private readonly deps: {
      discovery: DiscoveryService;
      auth: AuthService;
      fetch?: typeof fetch;
    },
  ) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(this.documents());
  }

  private async *documents(): AsyncGenerator<FindingDocument> {
    const base = await this.deps.discovery.getBaseUrl('devzero');
    const doFetch = this.deps.fetch ?? fetch;
    for (let offset = 0; ; offset += PAGE) {
      const { token } = await this.deps.auth.getPluginRequestToken({
        onBehalfOf: await this.deps.auth.getOwnServiceCredentials(),
        targetPluginId: 'devzero',
      });
      const response = await doFetch(
        `${base}/findings?sort=created&order=asc&offset=${offset}&limit=${PAGE}`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      if (!response.ok) throw await ResponseError.fromResponse(response as any);
      const page = (await response.json()) as FindingPage;
      for (const f of page.items) {
        yield {
          title: f.title,
          text: [f.scenario, f.expected, f.actual].filter(Boolean).join(' '),
          location: `/devzero/findings/${f.id}`,
          status: f.status,
          severity: f.severity,
          category: f.category,
          entityRef: f.entityRef,
          ownerRef: f.ownerRef,
          authorization: { resourceRef: f.id },
        };
      }
      // A capped total (the backend stopped counting) says there are more
      // than it; a short page is the last either way.
      if (page.items.length < PAGE) return;
      if (!page.totalCapped && offset + PAGE >= page.totalItems) return;
    }
  }
}
