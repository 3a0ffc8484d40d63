import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import {
  DecisionList,
  DecisionSummary,
  isReferenceArchitectureEntity,
  QUALITY_ATTRIBUTE_TITLES,
  REFERENCE_ARCHITECTURE_KIND,
  seriesOf,
  validateReferenceArchitecture,
} from '@internal/plugin-reference-architectures-common';
import { Readable } from 'stream';

/** A reference architecture version as Backstage search indexes it. */
export interface ReferenceArchitectureDocument extends IndexableDocument {
  series: string;
  version: string;
  lifecycle: string;
  owner: string;
}

/** A decision recorded in a reference architecture or an entity's ADRs, as search indexes it. */
export interface ArchitectureDecisionDocument extends IndexableDocument {
  decisionId: string;
  status: string;
  /** The reference architecture that records it; none for an ADR. */
  series?: string;
  /** The entity whose ADRs hold it. */
  entityRef?: string;
  revisitBy?: string;
}

/** Reads every ADR the reference architectures backend has read from entities. */
export type AdrSource = () => AsyncIterable<DecisionSummary>;

const PAGE = 200;

/**
 * The ADRs from the reference architectures backend (which reads them from
 * entities with `backstage.io/adr-location`), page by page, with the search
 * plugin's own credentials.
 */
export function adrsFromBackend(deps: {
  discovery: DiscoveryService;
  auth: AuthService;
}): AdrSource {
  return async function* read() {
    const base = await deps.discovery.getBaseUrl('reference-architectures');
    for (let offset = 0; ; offset += PAGE) {
      const { token } = await deps.auth.getPluginRequestToken({
        onBehalfOf: await deps.auth.getOwnServiceCredentials(),
        targetPluginId: 'reference-architectures',
      });
      const response = await fetch(
        `${base}/decisions?source=adr&limit=${PAGE}&offset=${offset}`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      if (!response.ok) {
        throw new Error(
          `GET /decisions answered ${response.status} ${response.statusText}`,
        );
      }
      const page = (await response.json()) as DecisionList;
      yield* page.items;
      if (page.items.length < PAGE || offset + PAGE >= page.totalCount) return;
    }
  };
}

type Document = ReferenceArchitectureDocument | ArchitectureDecisionDocument;

/** Markdown's marks out of the way of search's words. */
const plain = (markdown: string) =>
  markdown
    .replace(/[*_`#>[\]()!|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Reads every ReferenceArchitecture once and yields what `pick` makes of
 * each valid one. Each document names its entity for authorization, so
 * search shows it only to who may read that entity in the catalog.
 */
async function* architectures(
  deps: { catalog: CatalogService; auth: AuthService },
  pick: (entity: any, series: string, ref: string) => Document[],
): AsyncGenerator<Document> {
  const credentials = await deps.auth.getOwnServiceCredentials();
  for await (const page of deps.catalog.streamEntities(
    { filter: { kind: REFERENCE_ARCHITECTURE_KIND } },
    { credentials },
  )) {
    for (const entity of page) {
      if (!isReferenceArchitectureEntity(entity)) continue;
      if (validateReferenceArchitecture(entity).length > 0) continue;
      const ref = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
      yield* pick(entity, seriesOf(entity), ref);
    }
  }
}

/** Indexes every version of every reference architecture. */
export class ReferenceArchitectureCollatorFactory
  implements DocumentCollatorFactory
{
  readonly type = 'reference-architecture';
  readonly visibilityPermission = catalogEntityReadPermission;

  constructor(
    private readonly deps: { catalog: CatalogService; auth: AuthService },
  ) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(
      architectures(
        this.deps,
        (entity, series, ref): ReferenceArchitectureDocument[] => {
          const spec = entity.spec;
          const title = entity.metadata.title ?? entity.metadata.name;
          const strengths = Object.entries(spec.qualityAttributes ?? {})
            .filter(([, q]: [string, any]) => q.rating >= 4)
            .map(
              ([a]) =>
                QUALITY_ATTRIBUTE_TITLES[
                  a as keyof typeof QUALITY_ATTRIBUTE_TITLES
                ],
            );
          return [
            {
              title: `${title} ${spec.version}`,
              text: [
                entity.metadata.description ?? '',
                plain(spec.problem),
                plain(spec.solution),
                (spec.buildingBlocks ?? []).map((b: any) => b.name).join(', '),
                strengths.length ? `Strong on ${strengths.join(', ')}.` : '',
              ]
                .filter(Boolean)
                .join(' ')
                .slice(0, 4000),
              location: `/reference-architectures/${series}?version=${spec.version}`,
              authorization: { resourceRef: ref },
              series,
              version: spec.version,
              lifecycle: spec.lifecycle,
              owner: spec.owner,
            },
          ];
        },
      ),
    );
  }
}

/**
 * Indexes the decisions recorded in reference architectures, once per
 * architecture and id, and the ADRs read from entities, once per entity and
 * record.
 */
export class ArchitectureDecisionCollatorFactory
  implements DocumentCollatorFactory
{
  readonly type = 'architecture-decision';
  readonly visibilityPermission = catalogEntityReadPermission;

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      /** Where the ADRs come from; without it, only the architectures' decisions. */
      adrs?: AdrSource;
      logger?: LoggerService;
    },
  ) {}

  async getCollator(): Promise<Readable> {
    const seen = new Set<string>();
    const deps = this.deps;
    async function* documents(): AsyncGenerator<ArchitectureDecisionDocument> {
      yield* architectures(
        deps,
        (entity, series, ref): ArchitectureDecisionDocument[] =>
          (entity.spec.decisions ?? [])
            .filter((d: any) => {
              const key = `${series}/${d.id}`;
              if (seen.has(key)) return false;
              seen.add(key);
              return true;
            })
            .map((d: any) => ({
              title: d.title,
              text: [
                `${d.status}, ${d.date}.`,
                d.summary ?? '',
                `In ${entity.metadata.title ?? series}.`,
              ]
                .filter(Boolean)
                .join(' '),
              // Unique per document: the search engines key documents by location.
              location: `/reference-architectures/${series}?tab=decisions&decision=${encodeURIComponent(
                d.id,
              )}`,
              authorization: { resourceRef: ref },
              decisionId: d.id,
              status: d.status,
              series,
              ...(d.revisitBy ? { revisitBy: d.revisitBy } : {}),
            })),
      ) as AsyncGenerator<ArchitectureDecisionDocument>;
      if (!deps.adrs) return;
      try {
        for await (const adr of deps.adrs()) {
          if (!adr.entityRef) continue;
          yield {
            title: adr.title,
            text: [
              `${adr.status}, ${adr.date}.`,
              adr.summary ?? '',
              `An ADR of ${adr.entityRef}.`,
            ]
              .filter(Boolean)
              .join(' '),
            // The decisions page searched for this record: unique per record.
            location: `/reference-architectures/decisions?q=${encodeURIComponent(
              `${adr.id} ${adr.entityRef}`,
            )}`,
            authorization: { resourceRef: adr.entityRef },
            decisionId: adr.id,
            status: adr.status,
            entityRef: adr.entityRef,
            ...(adr.revisitBy ? { revisitBy: adr.revisitBy } : {}),
          };
        }
      } catch (error) {
        // The architectures' decisions are indexed all the same; the ADRs
        // come back with the next run.
        deps.logger?.warn(`Could not index the entities' ADRs: ${error}`);
      }
    }
    return Readable.from(documents());
  }
}
