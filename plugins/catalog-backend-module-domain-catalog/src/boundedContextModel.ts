import {
  CatalogModelKindRootSchema,
  createCatalogModelLayer,
} from '@backstage/catalog-model/alpha';
import {
  BOUNDED_CONTEXT_ANNOTATION,
  BOUNDED_CONTEXT_KIND,
  boundedContextJsonSchema,
  CONTEXT_MEMBER_KINDS,
  FITSYS_API_VERSION,
  RELATION_DOWNSTREAM_OF,
  RELATION_HAS_CONTEXT_MEMBER,
  RELATION_IMPLEMENTED_BY,
  RELATION_IMPLEMENTS,
  RELATION_IN_CONTEXT,
  RELATION_PARTNER_OF,
  RELATION_UPSTREAM_OF,
} from '@internal/plugin-domain-catalog-common';

const [GROUP, VERSION] = FITSYS_API_VERSION.split('/');

/**
 * The kind's schema as the model layer wants it: the entity without the
 * kind, apiVersion and metadata, which the catalog model generates. The spec
 * is the domain catalog's own schema, not a copy. (The cast is for its
 * `as const` readonly arrays, which the JSON types do not accept.)
 */
const kindSchema = {
  type: 'object',
  required: ['spec'],
  properties: { spec: boundedContextJsonSchema.properties.spec },
} as unknown as CatalogModelKindRootSchema;

/**
 * The `BoundedContext` kind in the catalog model: its schema, the relations
 * the catalog makes from its fields, and the relations the domain catalog's
 * processor records for it. The catalog's model description shows all of it
 * to agents.
 *
 * @remarks
 * Relation fields cover the fields that hold refs: owner, domain and
 * implements. A relationship's context sits in a list of objects, which a
 * relation field's path cannot select, and the direction of its relation
 * depends on the relationship's role: the processor records it, and the
 * layer declares the relation types. A relationship's API gets no relation
 * (the domain catalog reads it from the spec).
 *
 * @alpha
 */
export const boundedContextModelLayer = createCatalogModelLayer({
  layerId: 'fitsys.dev/kind-bounded-context',
  builder: model => {
    model.addKind({
      group: GROUP,
      names: {
        kind: BOUNDED_CONTEXT_KIND,
        singular: 'boundedcontext',
        plural: 'boundedcontexts',
      },
      description: `${boundedContextJsonSchema.description} Components, APIs, resources and systems join a context with the ${BOUNDED_CONTEXT_ANNOTATION} annotation. The domain catalog compares the declared context map with how services really call each other.`,
      versions: [
        {
          name: VERSION,
          relationFields: [
            {
              selector: { path: 'spec.owner' },
              relation: 'ownedBy',
              defaultKind: 'Group',
              defaultNamespace: 'inherit',
              allowedKinds: ['Group', 'User'],
            },
            {
              selector: { path: 'spec.domain' },
              relation: 'partOf',
              defaultKind: 'Domain',
              defaultNamespace: 'inherit',
              allowedKinds: ['Domain'],
            },
            {
              // When absent the context implements its domain; the
              // processor records that default.
              selector: { path: 'spec.implements' },
              relation: RELATION_IMPLEMENTS,
              defaultKind: 'Domain',
              defaultNamespace: 'inherit',
              allowedKinds: ['Domain'],
            },
          ],
          schema: { jsonSchema: kindSchema },
        },
      ],
    });

    // Relations Backstage declares already: add the kind pairs only, so that
    // their titles and descriptions stay Backstage's.
    model.updateRelationPair({
      fromKind: BOUNDED_CONTEXT_KIND,
      toKind: ['Group', 'User'],
      forward: { type: 'ownedBy' },
      reverse: { type: 'ownerOf' },
    });
    model.updateRelationPair({
      fromKind: BOUNDED_CONTEXT_KIND,
      toKind: 'Domain',
      forward: { type: 'partOf' },
      reverse: { type: 'hasPart' },
    });

    model.addRelationPair({
      fromKind: BOUNDED_CONTEXT_KIND,
      toKind: 'Domain',
      description:
        'A bounded context implements a (sub-)domain: spec.implements, or its spec.domain when that is absent.',
      forward: { type: RELATION_IMPLEMENTS, title: 'implements' },
      reverse: { type: RELATION_IMPLEMENTED_BY, title: 'implemented by' },
    });
    model.addRelationPair({
      fromKind: BOUNDED_CONTEXT_KIND,
      toKind: BOUNDED_CONTEXT_KIND,
      description:
        'On the context map, a downstream context depends on its upstream context (customer-supplier, conformist, anticorruption layer, open host service, published language). Declared in spec.relationships by either side.',
      forward: { type: RELATION_DOWNSTREAM_OF, title: 'downstream of' },
      reverse: { type: RELATION_UPSTREAM_OF, title: 'upstream of' },
    });
    model.addRelationPair({
      fromKind: BOUNDED_CONTEXT_KIND,
      toKind: BOUNDED_CONTEXT_KIND,
      description:
        'On the context map, two contexts in a symmetric relationship (partnership, shared kernel, separate ways). Declared in spec.relationships with role partner.',
      forward: { type: RELATION_PARTNER_OF, title: 'partner of' },
      reverse: { type: RELATION_PARTNER_OF, title: 'partner of' },
    });
    model.addRelationPair({
      fromKind: BOUNDED_CONTEXT_KIND,
      toKind: CONTEXT_MEMBER_KINDS,
      description: `An entity belongs to a bounded context by naming it in its ${BOUNDED_CONTEXT_ANNOTATION} annotation.`,
      forward: {
        type: RELATION_HAS_CONTEXT_MEMBER,
        title: 'has context member',
      },
      reverse: { type: RELATION_IN_CONTEXT, title: 'in context' },
    });
  },
});
