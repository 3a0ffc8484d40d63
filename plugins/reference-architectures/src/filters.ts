import { Entity } from '@backstage/catalog-model';
import {
  ADOPTER_KINDS,
  REFERENCE_ARCHITECTURE_ANNOTATION,
} from '@internal/plugin-reference-architectures-common';

const adopterKinds = new Set(
  ADOPTER_KINDS.map(kind => kind.toLocaleLowerCase('en-US')),
);

/** Whether an entity is a System or Component that declares a reference architecture. */
export const isReferenceArchitectureAdopter = (entity: Entity) =>
  adopterKinds.has(entity.kind.toLocaleLowerCase('en-US')) &&
  Boolean(entity.metadata.annotations?.[REFERENCE_ARCHITECTURE_ANNOTATION]);
