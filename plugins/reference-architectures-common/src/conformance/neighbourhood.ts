import {
  Entity,
  RELATION_CONSUMES_API,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Neighbour, Neighbourhood } from './evaluate';

const refOf = (entity: Entity) =>
  stringifyEntityRef(entity).toLocaleLowerCase('en-US');

function targets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(relation => relation.type === type)
    .map(relation => relation.targetRef.toLocaleLowerCase('en-US'));
}

/**
 * The adopter's catalog neighbourhood from the relations the catalog
 * recorded: a System's members are the entities it has as parts; the
 * dependencies, APIs provided and APIs consumed are the members' own.
 * `lookup` answers an entity by its lower-case ref, or undefined when the
 * catalog (as the caller sees it) has none.
 */
export function neighbourhoodOf(
  adopter: Entity,
  lookup: (ref: string) => Entity | undefined,
): Neighbourhood {
  const self = refOf(adopter);
  const members: Entity[] = [adopter];
  if (adopter.kind.toLocaleLowerCase('en-US') === 'system') {
    for (const ref of targets(adopter, RELATION_HAS_PART)) {
      const part = lookup(ref);
      if (part) members.push(part);
    }
  }
  const memberRefs = new Set(members.map(refOf));
  memberRefs.add(self);
  const collect = (type: string): Neighbour[] => {
    const seen = new Map<string, Neighbour>();
    for (const member of members) {
      for (const ref of targets(member, type)) {
        if (!seen.has(ref)) seen.set(ref, { ref, entity: lookup(ref) });
      }
    }
    return [...seen.values()];
  };
  const dependencies = collect(RELATION_DEPENDS_ON);
  const ownerRef = targets(adopter, RELATION_OWNED_BY)[0];
  return {
    adopter,
    members,
    dependencies,
    externalDependencies: dependencies.filter(d => !memberRefs.has(d.ref)),
    providedApis: collect(RELATION_PROVIDES_API),
    consumedApis: collect(RELATION_CONSUMES_API),
    ...(ownerRef ? { owner: { ref: ownerRef, entity: lookup(ownerRef) } } : {}),
  };
}
