import { Config } from '@backstage/config';
import {
  DEFAULT_SCALE,
  INDEPENDENT_LEVEL,
  LIMITS,
  MIN_GROUP_SIZE,
  ScaleLevel,
  TECHNOLOGY_CATEGORIES,
  TechnologyCategory,
} from '@internal/plugin-skills-survey-common';
import {
  CatalogRule,
  DeclaredTechnology,
  technologyId,
} from './model/technologies';

/** The config key of the skills survey's settings. */
export const CONFIG_KEY = 'fitsys.skillsSurvey';

/** The default managers of campaigns, besides the portal's admins. */
export const DEFAULT_MANAGERS = ['group:default/platform-team'];

/** The skills survey's settings, from `fitsys.skillsSurvey.*` (see config.d.ts). */
export interface SkillsSurveySettings {
  minGroupSize: number;
  managers: string[];
  scale: ScaleLevel[];
  independentLevel: number;
  technologies: DeclaredTechnology[];
  techRadar?: { file: string; categories: Record<string, TechnologyCategory> };
  catalogRules: CatalogRule[];
  catalogCategory: TechnologyCategory;
  demoData: boolean;
  /** Weekly reminders to who has not answered, and the notice when results are published. */
  notifications: boolean;
}

function category(value: string, key: string): TechnologyCategory {
  if (!(TECHNOLOGY_CATEGORIES as readonly string[]).includes(value))
    throw new Error(
      `${key} must be one of ${TECHNOLOGY_CATEGORIES.join(
        ', ',
      )}, not "${value}"`,
    );
  return value as TechnologyCategory;
}

/**
 * Reads the skills survey's settings once, at start-up. Settings that
 * cannot work stop the start with a message naming them.
 */
export function readSettings(root: Config): SkillsSurveySettings {
  const config = root.getOptionalConfig(CONFIG_KEY);
  const key = (k: string) => `${CONFIG_KEY}.${k}`;
  const minGroupSize =
    config?.getOptionalNumber('minGroupSize') ?? MIN_GROUP_SIZE.default;
  if (
    !Number.isInteger(minGroupSize) ||
    minGroupSize < MIN_GROUP_SIZE.min ||
    minGroupSize > MIN_GROUP_SIZE.max
  )
    throw new Error(
      `${key('minGroupSize')} must be a whole number from ${
        MIN_GROUP_SIZE.min
      } to ${MIN_GROUP_SIZE.max}, not ${minGroupSize}`,
    );
  const scaleConfig = config?.getOptionalConfigArray('scale');
  const scale = scaleConfig
    ? scaleConfig.map(c => ({
        level: c.getNumber('level'),
        label: c.getString('label'),
      }))
    : DEFAULT_SCALE;
  const levels = scale.map(s => s.level);
  if (
    scale.length < 2 ||
    scale.length > 11 ||
    levels.some(l => !Number.isInteger(l) || l < 0 || l > 10) ||
    new Set(levels).size !== levels.length ||
    scale.some(s => !s.label || s.label.length > 60)
  )
    throw new Error(
      `${key(
        'scale',
      )} must have 2 to 11 levels, each a different whole number from 0 to 10 with a label of at most 60 characters`,
    );
  const independentLevel =
    config?.getOptionalNumber('independentLevel') ?? INDEPENDENT_LEVEL;
  if (!levels.includes(independentLevel))
    throw new Error(
      `${key('independentLevel')} must be a level of the scale (${levels.join(
        ', ',
      )}), not ${independentLevel}`,
    );
  const technologies = (
    config?.getOptionalConfigArray('technologies') ?? []
  ).map((c, i) => {
    const id = c.getString('id');
    if (technologyId(id) !== id)
      throw new Error(
        `${key(
          `technologies[${i}].id`,
        )} must be lower case letters, digits and dashes, at most ${
          LIMITS.technologyId
        } characters, such as ${technologyId(id) || 'kotlin'}`,
      );
    return {
      id,
      title: c.getString('title').slice(0, LIMITS.technologyTitle),
      category: category(
        c.getString('category'),
        key(`technologies[${i}].category`),
      ),
      source: 'config' as const,
    };
  });
  const radar = config?.getOptionalConfig('techRadar');
  const categories: Record<string, TechnologyCategory> = {};
  const radarCategories = radar?.getOptionalConfig('categories');
  for (const quadrant of radarCategories?.keys() ?? [])
    categories[quadrant] = category(
      radarCategories!.getString(quadrant),
      key(`techRadar.categories.${quadrant}`),
    );
  const catalogRules = (
    config?.getOptionalConfigArray('catalogRules') ?? []
  ).map((c, i) => {
    const rule = {
      tag: c.getOptionalString('tag')?.toLocaleLowerCase('en-US'),
      type: c.getOptionalString('type')?.toLocaleLowerCase('en-US'),
      technology: technologyId(c.getString('technology')),
    };
    if (rule.tag === undefined && rule.type === undefined)
      throw new Error(
        `${key(`catalogRules[${i}]`)} must name a tag or a type to match`,
      );
    return rule;
  });
  return {
    minGroupSize,
    managers: config?.getOptionalStringArray('managers') ?? DEFAULT_MANAGERS,
    scale,
    independentLevel,
    technologies,
    ...(radar && { techRadar: { file: radar.getString('file'), categories } }),
    catalogRules,
    catalogCategory: category(
      config?.getOptionalString('catalogCategory') ?? 'infrastructure',
      key('catalogCategory'),
    ),
    demoData: config?.getOptionalBoolean('demoData.enabled') ?? false,
    notifications: config?.getOptionalBoolean('notifications') ?? true,
  };
}
