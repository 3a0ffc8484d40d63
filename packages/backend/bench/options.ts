import { benchArg } from '@internal/plugin-fitsys-node';
import path from 'path';

// The bench's flags (see run.ts) and the read mix they choose.

/** The repository's root. */
export const root = path.resolve(__dirname, '../../..');
export const RATE = benchArg('rate', 200);
export const SECONDS = benchArg('seconds', 30);
export const WARM_UP = benchArg('warm-up', 30);
export const WRITE_RATE = benchArg('write-rate', 4);
export const POSTGRES = process.argv.includes('--postgres');
export const PROFILE = !process.argv.includes('--no-profile');
export const FIND_MAX = process.argv.includes('--find-max');
export const TARGET_P99_MS = 100;
/** The skills survey's target for submitting an answer (issue 21). */
export const SUBMIT_TARGET_P99_MS = 200;
const onlyAt = process.argv.indexOf('--only');
/** Only the read routes whose name contains this text (their shares rescaled). */
export const ONLY = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;

/**
 * The read mix: each route's share of the rate, the persona who asks, and
 * the path; in a path, `{closed}` stands for the demo's latest closed
 * skills-survey campaign and `{technology}` for a technology it asked about
 * (found once the portal is up: see `surveyIds` in portal.ts).
 */
export const READS: {
  name: string;
  share: number;
  user: string;
  path: string;
}[] = [
  {
    name: 'catalog: entity by name (anchor)',
    share: 0.15,
    user: 'jordan.lee',
    path: '/api/catalog/entities/by-name/component/default/card-authoriser',
  },
  {
    name: 'devzero: findings list, open, first page',
    share: 0.2,
    user: 'riley.novak',
    path: '/api/devzero/findings?status=new&status=triaged&limit=25',
  },
  {
    name: 'devzero: team inbox',
    share: 0.2,
    user: 'jordan.lee',
    path: '/api/devzero/inbox',
  },
  {
    name: 'devzero: findings of an entity',
    share: 0.1,
    user: 'jordan.lee',
    path: '/api/devzero/findings?entity=component:default/card-authoriser',
  },
  {
    name: 'domain catalog: context map',
    share: 0.15,
    user: 'sam.okafor',
    path: '/api/domain-catalog/map',
  },
  {
    name: "domain catalog: an entity's context",
    share: 0.1,
    user: 'jordan.lee',
    path: '/api/domain-catalog/entities/component/default/card-authoriser/context',
  },
  {
    name: 'domain catalog: glossary search',
    share: 0.1,
    user: 'sam.okafor',
    path: '/api/domain-catalog/glossary?q=card',
  },
  {
    name: 'skills survey: gaps list',
    share: 0.05,
    user: 'sam.okafor',
    path: '/api/skills-survey/gaps',
  },
  {
    name: 'skills survey: results, organisation-wide',
    share: 0.05,
    user: 'sam.okafor',
    path: '/api/skills-survey/campaigns/{closed}/results?cells=organisation',
  },
  {
    name: 'skills survey: heatmap, a page of teams',
    share: 0.05,
    user: 'sam.okafor',
    path: '/api/skills-survey/campaigns/{closed}/heatmap?level=team&limit=25',
  },
  {
    name: 'skills survey: a technology with its trend',
    share: 0.05,
    user: 'sam.okafor',
    path: '/api/skills-survey/technologies/{technology}/results',
  },
];

/** The read routes chosen by --only, their shares summing to 1. */
export const MIX = (() => {
  const chosen = READS.filter(read => !ONLY || read.name.includes(ONLY));
  if (chosen.length === 0)
    throw new Error(`No read route matches --only ${ONLY}`);
  const total = chosen.reduce((sum, read) => sum + read.share, 0);
  return chosen.map(read => ({ ...read, share: read.share / total }));
})();
