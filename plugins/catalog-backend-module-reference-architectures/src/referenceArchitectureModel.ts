import {
  CatalogModelKindRootSchema,
  createCatalogModelLayer,
} from '@backstage/catalog-model/alpha';
import {
  ADOPTER_KINDS,
  FITSYS_API_VERSION,
  REFERENCE_ARCHITECTURE_ANNOTATION,
  REFERENCE_ARCHITECTURE_KIND,
  referenceArchitectureJsonSchema,
  RELATION_FOLLOWED_BY,
  RELATION_FOLLOWS,
  RELATION_STARTED_BY_TEMPLATE,
  RELATION_STARTS_ARCHITECTURE,
} from '@internal/plugin-reference-architectures-common';

const [GROUP, VERSION] = FITSYS_API_VERSION.split('/');

/** The entity without kind, apiVersion and metadata, which the model adds. */
const kindSchema = {
  type: 'object',
  required: ['spec'],
  properties: { spec: referenceArchitectureJsonSchema.properties.spec },
} as unknown as CatalogModelKindRootSchema;

/**
 * The `ReferenceArchitecture` kind in the catalog model: its schema, the
 * relations made from its fields (owner, template), and the relation its
 * adopters get. The processor records the relations; the layer describes
 * them to the catalog and to agents.
 *
 * @alpha
 */
export const referenceArchitectureModelLayer = createCatalogModelLayer({
  layerId: 'fitsys.dev/kind-reference-architecture',
  builder: model => {
    model.addKind({
      group: GROUP,
      names: {
        kind: REFERENCE_ARCHITECTURE_KIND,
        singular: 'referencearchitecture',
        plural: 'referencearchitectures',
      },
      description: `${referenceArchitectureJsonSchema.description} Systems and components follow one with the ${REFERENCE_ARCHITECTURE_ANNOTATION} annotation (and its -version).`,
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
              selector: { path: 'spec.template' },
              relation: RELATION_STARTED_BY_TEMPLATE,
              defaultKind: 'Template',
              defaultNamespace: 'inherit',
              allowedKinds: ['Template'],
            },
          ],
          schema: { jsonSchema: kindSchema },
        },
      ],
    });
    model.updateRelationPair({
      fromKind: REFERENCE_ARCHITECTURE_KIND,
      toKind: ['Group', 'User'],
      forward: { type: 'ownedBy' },
      reverse: { type: 'ownerOf' },
    });
    model.addRelationPair({
      fromKind: REFERENCE_ARCHITECTURE_KIND,
      toKind: 'Template',
      description:
        'The software template that starts a system from the reference architecture: spec.template.',
      forward: {
        type: RELATION_STARTED_BY_TEMPLATE,
        title: 'started by template',
      },
      reverse: {
        type: RELATION_STARTS_ARCHITECTURE,
        title: 'starts architecture',
      },
    });
    model.addRelationPair({
      fromKind: ADOPTER_KINDS,
      toKind: REFERENCE_ARCHITECTURE_KIND,
      description: `A system or component follows the reference architecture its ${REFERENCE_ARCHITECTURE_ANNOTATION} annotation names (the entity named after the series).`,
      forward: { type: RELATION_FOLLOWS, title: 'follows architecture' },
      reverse: { type: RELATION_FOLLOWED_BY, title: 'followed by' },
    });
  },
});
