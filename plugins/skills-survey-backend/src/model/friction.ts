import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { TechnologyFriction } from '@internal/plugin-skills-survey-common';
import { CatalogRule, technologiesOfEntity } from './technologies';

/** Developer Zero's friction on one entity, as its API answers it. */
export interface EntityFriction {
  entityRef: string;
  findings: number;
  open: number;
  minutesLost: number;
}

/**
 * Sums the friction of the entities that use each technology, mapped the
 * way the footprint is (components and resources, by the annotation and the
 * rules): an entity using two technologies counts for both.
 */
export function frictionByTechnology(options: {
  entities: readonly Entity[];
  rules: readonly CatalogRule[];
  friction: ReadonlyMap<string, EntityFriction>;
}): Map<string, TechnologyFriction> {
  const byTechnology = new Map<string, TechnologyFriction>();
  if (options.friction.size === 0) return byTechnology;
  for (const entity of options.entities) {
    const kind = entity.kind.toLocaleLowerCase('en-US');
    if (kind !== 'component' && kind !== 'resource') continue;
    const found = options.friction.get(
      stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
    );
    if (!found) continue;
    for (const id of technologiesOfEntity(entity, options.rules)) {
      const sum = byTechnology.get(id) ?? {
        entities: 0,
        findings: 0,
        openFindings: 0,
        minutesLost: 0,
      };
      sum.entities += 1;
      sum.findings += found.findings;
      sum.openFindings += found.open;
      sum.minutesLost += found.minutesLost;
      byTechnology.set(id, sum);
    }
  }
  return byTechnology;
}
