import { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import {
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

/** A decision recorded in a reference architecture, as search indexes it. */
export interface ArchitectureDecisionDocument extends IndexableDocument {
  decisionId: string;
  status: string;
  series: string;
  revisitBy?: string;
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

/** Indexes the decisions recorded in reference architectures, once per architecture and id. */
export class ArchitectureDecisionCollatorFactory
  implements DocumentCollatorFactory
{
  readonly type = 'architecture-decision';
  readonly visibilityPermission = catalogEntityReadPermission;

  constructor(
    private readonly deps: { catalog: CatalogService; auth: AuthService },
  ) {}

  async getCollator(): Promise<Readable> {
    const seen = new Set<string>();
    return Readable.from(
      architectures(
        this.deps,
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
      ),
    );
  }
}
