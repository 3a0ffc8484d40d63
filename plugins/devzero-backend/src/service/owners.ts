import { Entity, RELATION_OWNED_BY } from '@backstage/catalog-model';

/** The entity's owner, from the catalog's ownedBy relation (or spec.owner before it is processed). */
export function ownerOf(entity: Entity): string | undefined {
  const relation = entity.relations?.find(r => r.type === RELATION_OWNED_BY);
  if (relation) return relation.targetRef;
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || !owner) return undefined;
  return owner.includes(':')
    ? owner
    : `group:${entity.metadata.namespace ?? 'default'}/${owner}`;
}
