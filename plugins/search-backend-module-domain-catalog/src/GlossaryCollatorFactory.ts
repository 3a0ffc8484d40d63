import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import {
  BOUNDED_CONTEXT_KIND,
  isBoundedContextEntity,
} from '@internal/plugin-domain-catalog-common';
import { Readable } from 'stream';

/** A ubiquitous-language term as Backstage search indexes it. */
export interface GlossaryTermDocument extends IndexableDocument {
  term: string;
  aliases: string[];
  /** Ref of the context that defines the term. */
  context: string;
  contextTitle?: string;
  domain: string;
}

/**
 * Indexes every term of every bounded context, so that searching for a word
 * of the ubiquitous language finds what it means in each context.
 */
export class GlossaryCollatorFactory implements DocumentCollatorFactory {
  readonly type = 'domain-glossary';

  constructor(
    private readonly deps: { catalog: CatalogService; auth: AuthService },
  ) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(this.documents());
  }

  private async *documents(): AsyncGenerator<GlossaryTermDocument> {
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    for await (const page of this.deps.catalog.streamEntities(
      { filter: { kind: BOUNDED_CONTEXT_KIND } },
      { credentials },
    )) {
      for (const entity of page) {
        if (!isBoundedContextEntity(entity)) continue;
        const namespace = entity.metadata.namespace ?? 'default';
        const name = entity.metadata.name;
        const contextRef =
          `boundedcontext:${namespace}/${name}`.toLocaleLowerCase('en-US');
        const contextTitle = entity.metadata.title ?? name;
        for (const term of entity.spec.terms ?? []) {
          const aliases = term.aliases ?? [];
          yield {
            title: `${term.term} (${contextTitle})`,
            text: [
              term.definition,
              aliases.length ? `Also called: ${aliases.join(', ')}.` : '',
              ...(term.examples ?? []),
            ]
              .filter(Boolean)
              .join(' '),
            location: `/domain-catalog/glossary?${new URLSearchParams({
              q: term.term,
              context: contextRef,
            })}`,
            term: term.term,
            aliases,
            context: contextRef,
            contextTitle: entity.metadata.title,
            domain: entity.spec.domain,
          };
        }
      }
    }
  }
}
