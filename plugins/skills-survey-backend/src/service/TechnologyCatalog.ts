import { LoggerService } from '@backstage/backend-plugin-api';
import { Technology } from '@internal/plugin-skills-survey-common';
import {
  CatalogSnapshotService,
  CatalogView,
} from '@internal/plugin-fitsys-node';
import fs from 'fs';
import { SkillsSurveySettings } from '../config';
import {
  collectTechnologies,
  DeclaredTechnology,
  TechRadarDocument,
  technologiesFromRadar,
} from '../model/technologies';

/** The kinds the survey reads of the catalog. */
export const SURVEY_KINDS = ['Component', 'Resource', 'Group', 'User'];
/** The fields it reads, besides metadata and relations. */
export const SURVEY_FIELDS = [
  'spec.type',
  'spec.owner',
  'spec.parent',
  'spec.memberOf',
  'spec.profile',
];

/**
 * The technologies people can be asked about: declared in config and the
 * Tech Radar (read once), and named by the catalog (each snapshot), with
 * their footprint. Cached per catalog view.
 */
export class TechnologyCatalog {
  private readonly declared: DeclaredTechnology[];
  private cached?: { key: string; technologies: Technology[] };

  constructor(
    private readonly deps: {
      snapshots: CatalogSnapshotService;
      settings: SkillsSurveySettings;
      logger: LoggerService;
    },
  ) {
    const { settings, logger } = deps;
    let radar: DeclaredTechnology[] = [];
    if (settings.techRadar) {
      try {
        const doc = JSON.parse(
          fs.readFileSync(settings.techRadar.file, 'utf8'),
        ) as TechRadarDocument;
        radar = technologiesFromRadar(doc, settings.techRadar.categories);
      } catch (error) {
        logger.warn(
          `Skills survey: could not read the Tech Radar ${settings.techRadar.file}: ${error}`,
        );
      }
    }
    this.declared = [...settings.technologies, ...radar];
  }

  /** Every technology, with its footprint in what the view shows. */
  of(view: Pick<CatalogView, 'entities' | 'key'>): Technology[] {
    if (this.cached?.key === view.key) return this.cached.technologies;
    const technologies = collectTechnologies({
      declared: this.declared,
      rules: this.deps.settings.catalogRules,
      entities: view.entities,
      catalogCategory: this.deps.settings.catalogCategory,
    });
    this.cached = { key: view.key, technologies };
    return technologies;
  }

  /** Every technology, with its footprint in the whole catalog. */
  async all(): Promise<Technology[]> {
    const snapshot = await this.deps.snapshots.get();
    return this.of({
      entities: snapshot.entities,
      key: `all:${snapshot.generation}`,
    });
  }
}
