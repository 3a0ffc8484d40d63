import { Entity } from '@backstage/catalog-model';
import {
  Technology,
  TechnologyCategory,
  TechnologySource,
} from '@internal/plugin-skills-survey-common';

/** The annotation a component or resource lists its technologies in. */
export const TECHNOLOGIES_ANNOTATION = 'fitsys.dev/technologies';

/** A technology declared in app-config or a Tech Radar. */
export interface DeclaredTechnology {
  id: string;
  title: string;
  category: TechnologyCategory;
  source: TechnologySource;
}

/** A config rule mapping what the catalog says to a technology. */
export interface CatalogRule {
  tag?: string;
  type?: string;
  technology: string;
}

/** A Backstage Tech Radar document, as much as the survey reads of it. */
export interface TechRadarDocument {
  quadrants?: Array<{ id: string; name?: string }>;
  entries: Array<{
    id?: string;
    key?: string;
    title: string;
    quadrant: string;
  }>;
}

/** Turns a name into a technology id: lower case, words joined by dashes. */
export function technologyId(name: string): string {
  return name
    .toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9+#.]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

function categoryOfQuadrant(name: string): TechnologyCategory {
  const n = name.toLocaleLowerCase('en-US');
  if (/language/.test(n)) return 'languages';
  if (/framework|librar/.test(n)) return 'frameworks';
  if (/data|storage|database/.test(n)) return 'data';
  if (/process|technique|practice|method/.test(n)) return 'practices';
  return 'infrastructure';
}

/** The technologies of a Tech Radar; quadrants map to categories by config, else by name. */
export function technologiesFromRadar(
  radar: TechRadarDocument,
  categories: Record<string, TechnologyCategory> = {},
): DeclaredTechnology[] {
  const quadrantName = new Map(
    (radar.quadrants ?? []).map(q => [q.id, q.name ?? q.id]),
  );
  return radar.entries.flatMap(entry => {
    const id = technologyId(entry.key ?? entry.id ?? entry.title);
    if (!id) return [];
    const category =
      categories[entry.quadrant] ??
      categoryOfQuadrant(quadrantName.get(entry.quadrant) ?? entry.quadrant);
    return [
      {
        id,
        title: entry.title.slice(0, 120),
        category,
        source: 'tech-radar' as const,
      },
    ];
  });
}

/** The technology ids an entity uses, by the annotation and the rules. */
export function technologiesOfEntity(
  entity: Entity,
  rules: readonly CatalogRule[],
): Set<string> {
  const found = new Set<string>();
  const annotation = entity.metadata.annotations?.[TECHNOLOGIES_ANNOTATION];
  if (annotation) {
    for (const part of annotation.split(',')) {
      const id = technologyId(part);
      if (id) found.add(id);
    }
  }
  const tags = new Set(
    (entity.metadata.tags ?? []).map(t => t.toLocaleLowerCase('en-US')),
  );
  const type =
    typeof entity.spec?.type === 'string'
      ? entity.spec.type.toLocaleLowerCase('en-US')
      : undefined;
  for (const rule of rules) {
    const tagOk = rule.tag === undefined || tags.has(rule.tag);
    const typeOk = rule.type === undefined || rule.type === type;
    if (tagOk && typeOk && (rule.tag !== undefined || rule.type !== undefined))
      found.add(rule.technology);
  }
  return found;
}

/**
 * Every technology known: declared ones (config first, then the radar) and
 * those the catalog names that nothing declares, each with its footprint:
 * how many components and resources use it and how many teams own them.
 */
export function collectTechnologies(options: {
  declared: readonly DeclaredTechnology[];
  rules: readonly CatalogRule[];
  entities: readonly Entity[];
  /** The category of technologies only the catalog names. */
  catalogCategory: TechnologyCategory;
}): Technology[] {
  const byId = new Map<string, Technology>();
  for (const d of options.declared) {
    const known = byId.get(d.id);
    if (known) {
      if (!known.sources.includes(d.source)) known.sources.push(d.source);
      continue;
    }
    byId.set(d.id, {
      id: d.id,
      title: d.title,
      category: d.category,
      sources: [d.source],
      footprint: { components: 0, teams: 0 },
    });
  }
  const owners = new Map<string, Set<string>>();
  for (const entity of options.entities) {
    const kind = entity.kind.toLocaleLowerCase('en-US');
    if (kind !== 'component' && kind !== 'resource') continue;
    for (const id of technologiesOfEntity(entity, options.rules)) {
      let technology = byId.get(id);
      if (!technology) {
        technology = {
          id,
          title: id,
          category: options.catalogCategory,
          sources: [],
          footprint: { components: 0, teams: 0 },
        };
        byId.set(id, technology);
      }
      if (!technology.sources.includes('catalog'))
        technology.sources.push('catalog');
      technology.footprint.components += 1;
      const owner = entity.spec?.owner;
      if (typeof owner === 'string') {
        const set = owners.get(id) ?? new Set<string>();
        set.add(owner.toLocaleLowerCase('en-US'));
        owners.set(id, set);
      }
    }
  }
  for (const [id, set] of owners) byId.get(id)!.footprint.teams = set.size;
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
