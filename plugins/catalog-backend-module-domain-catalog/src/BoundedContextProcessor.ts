import { AuthService } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CatalogProcessor,
  CatalogProcessorCache,
  CatalogProcessorEmit,
  CatalogService,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  BOUNDED_CONTEXT_ANNOTATION,
  BoundedContextEntity,
  CONTEXT_MEMBER_KINDS,
  formatProblems,
  isBoundedContextEntity,
  RELATION_DOWNSTREAM_OF,
  RELATION_HAS_CONTEXT_MEMBER,
  RELATION_IMPLEMENTED_BY,
  RELATION_IMPLEMENTS,
  RELATION_IN_CONTEXT,
  RELATION_PARTNER_OF,
  RELATION_UPSTREAM_OF,
  validateBoundedContext,
} from '@internal/plugin-domain-catalog-common';

const ENTITY_NAME = /^[a-z0-9A-Z]+(?:[-_.][a-z0-9A-Z]+)*$/;

/**
 * Validates `BoundedContext` entities, reporting each problem on the entity
 * with the field at fault, and records the relations of bounded contexts:
 * ownership, domain, implemented sub-domains, the context map, and the
 * membership of the entities that name a context in their annotation.
 */
export class BoundedContextProcessor implements CatalogProcessor {
  private readonly gracePeriodMs: number;

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      /**
       * How long a related context may be missing from the catalog before
       * that is an error (default 10 minutes); see processContext.
       */
      missingContextGracePeriodMs?: number;
    },
  ) {
    this.gracePeriodMs = options.missingContextGracePeriodMs ?? 10 * 60_000;
  }

  getProcessorName(): string {
    return 'BoundedContextProcessor';
  }

  /**
   * Ahead of the catalog's model processor (20), which validates the kind
   * against its schema: the first processor to refuse an entity is the one
   * reported, and this one names each field and its fix.
   */
  getPriority(): number {
    return 10;
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    if (!isBoundedContextEntity(entity)) {
      return false;
    }
    const problems = validateBoundedContext(entity);
    if (problems.length > 0) {
      throw new TypeError(
        `BoundedContext "${
          entity.metadata.name
        }" is not valid:\n${formatProblems(problems)}`,
      );
    }
    return true;
  }

  async postProcessEntity(
    entity: Entity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
    cache: CatalogProcessorCache,
  ): Promise<Entity> {
    if (isBoundedContextEntity(entity)) {
      await this.processContext(entity, location, emit, cache);
    } else if (CONTEXT_MEMBER_KINDS.includes(entity.kind)) {
      this.processMember(entity, location, emit);
    }
    return entity;
  }

  private async processContext(
    context: BoundedContextEntity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
    cache: CatalogProcessorCache,
  ) {
    const self = getCompoundEntityRef(context);
    const namespace = self.namespace;
    const pair = (
      source: CompoundEntityRef,
      forward: string,
      target: CompoundEntityRef,
      reverse: string,
    ) => {
      emit(processingResult.relation({ source, type: forward, target }));
      emit(
        processingResult.relation({
          source: target,
          type: reverse,
          target: source,
        }),
      );
    };
    const ref = (value: string, defaultKind: string) =>
      parseEntityRef(value, { defaultKind, defaultNamespace: namespace });

    pair(
      self,
      RELATION_OWNED_BY,
      ref(context.spec.owner, 'group'),
      RELATION_OWNER_OF,
    );
    pair(
      self,
      RELATION_PART_OF,
      ref(context.spec.domain, 'domain'),
      RELATION_HAS_PART,
    );
    for (const domain of context.spec.implements ?? [context.spec.domain]) {
      pair(
        self,
        RELATION_IMPLEMENTS,
        ref(domain, 'domain'),
        RELATION_IMPLEMENTED_BY,
      );
    }

    const relationships = context.spec.relationships ?? [];
    const others = relationships.map(r => ref(r.context, 'boundedcontext'));
    relationships.forEach((relationship, i) => {
      const other = others[i];
      if (relationship.role === 'downstream') {
        pair(self, RELATION_DOWNSTREAM_OF, other, RELATION_UPSTREAM_OF);
      } else if (relationship.role === 'upstream') {
        pair(other, RELATION_DOWNSTREAM_OF, self, RELATION_UPSTREAM_OF);
      } else {
        pair(self, RELATION_PARTNER_OF, other, RELATION_PARTNER_OF);
      }
    });

    // A relationship with a context that is not in the catalog is an error on
    // this context. An error keeps a new entity out of the catalog, and two
    // contexts often name each other, so on a first ingestion each would wait
    // for the other for ever. A context therefore has a grace period to
    // appear, counted from when it was first seen missing (kept in the
    // processor cache, which an erroring round leaves as it was).
    if (others.length > 0) {
      const refs = others.map(other => stringifyEntityRef(other));
      const { items } = await this.options.catalog.getEntitiesByRefs(
        { entityRefs: refs, fields: ['kind', 'metadata.name'] },
        { credentials: await this.options.auth.getOwnServiceCredentials() },
      );
      const now = Date.now();
      const missingSince =
        (await cache.get<Record<string, number>>('missingContextsSince')) ?? {};
      const stillMissing: Record<string, number> = {};
      items.forEach((item, i) => {
        if (item) return;
        const since = missingSince[refs[i]] ?? now;
        stillMissing[refs[i]] = since;
        if (now - since >= this.gracePeriodMs) {
          emit(
            processingResult.inputError(
              location,
              `BoundedContext "${context.metadata.name}" is not valid:\nspec.relationships[${i}].context: there is no BoundedContext "${refs[i]}" in the catalog; check the name, or register that context`,
            ),
          );
        }
      });
      await cache.set('missingContextsSince', stillMissing);
    }
  }

  private processMember(
    entity: Entity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
  ) {
    const value = entity.metadata.annotations?.[BOUNDED_CONTEXT_ANNOTATION];
    if (value === undefined) {
      return;
    }
    // Several names claim the entity for several contexts; the domain
    // catalog reports that as a conflict, and the graph shows every claim.
    const names = value.split(',').map(n => n.trim());
    const bad = names.filter(n => !ENTITY_NAME.test(n) || n.length > 63);
    if (bad.length > 0) {
      emit(
        processingResult.inputError(
          location,
          `${entity.kind} "${entity.metadata.name}": metadata.annotations["${BOUNDED_CONTEXT_ANNOTATION}"] must name a BoundedContext (letters, digits, '-', '_', '.'; several separated by commas), not "${value}"`,
        ),
      );
      return;
    }
    const self = getCompoundEntityRef(entity);
    for (const name of names) {
      const context = {
        kind: 'BoundedContext',
        namespace: self.namespace,
        name,
      };
      emit(
        processingResult.relation({
          source: self,
          type: RELATION_IN_CONTEXT,
          target: context,
        }),
      );
      emit(
        processingResult.relation({
          source: context,
          type: RELATION_HAS_CONTEXT_MEMBER,
          target: self,
        }),
      );
    }
  }
}
