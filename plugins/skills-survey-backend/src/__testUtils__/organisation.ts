import { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_SCALE,
  Technology,
} from '@internal/plugin-skills-survey-common';
import { CampaignSnapshot } from '../database/SurveyStore';
import { buildTeamTree } from '../model/teams';

export const group = (name: string, parent?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [], ...(parent && { parent }) },
});

export const user = (name: string, ...memberOf: string[]): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf },
});

export const component = (
  name: string,
  owner: string,
  extra: { tags?: string[]; type?: string; technologies?: string } = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    tags: extra.tags ?? [],
    ...(extra.technologies && {
      annotations: { 'fitsys.dev/technologies': extra.technologies },
    }),
  },
  spec: { type: extra.type ?? 'service', owner, lifecycle: 'production' },
});

/**
 * A small organisation: engineering with payments (7 people) and risk (6),
 * payments split in cards (4) and clearing (3); platform (5); design (2).
 */
export function organisation(): Entity[] {
  const people = (team: string, n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => user(`${prefix}${i + 1}`, team));
  return [
    group('engineering'),
    group('payments', 'engineering'),
    group('cards', 'payments'),
    group('clearing', 'payments'),
    group('risk', 'engineering'),
    group('platform', 'engineering'),
    group('design'),
    ...people('cards', 4, 'card'),
    ...people('clearing', 3, 'clear'),
    ...people('risk', 6, 'risk'),
    ...people('platform', 5, 'plat'),
    ...people('design', 2, 'design'),
    component('card-authoriser', 'group:default/cards', {
      tags: ['java', 'kafka'],
    }),
    component('settlement', 'group:default/clearing', {
      tags: ['java'],
      technologies: 'kafka',
    }),
    component('fraud-scorer', 'group:default/risk', { tags: ['python'] }),
  ];
}

export const technology = (id: string, components = 1): Technology => ({
  id,
  title: id,
  category: 'languages',
  sources: ['config'],
  footprint: { components, teams: 1 },
});

/** A campaign's snapshot of an organisation. */
export function snapshotOf(
  entities: Entity[],
  technologies: Technology[],
  minGroupSize = 5,
): { snapshot: CampaignSnapshot; members: Map<string, string> } {
  const tree = buildTeamTree(entities, minGroupSize);
  return {
    snapshot: {
      technologies,
      scale: DEFAULT_SCALE,
      independentLevel: 3,
      teams: tree.teams,
      ownAnswers: tree.cells.filter(c => c.ownAnswers).map(c => c.ref),
      minGroupSize,
    },
    members: tree.members,
  };
}

/** A receipt as a browser makes one: 43 base64url characters. */
export const receipt = (seed: string) =>
  Buffer.from(seed.padEnd(32, '.').slice(0, 32)).toString('base64url');
