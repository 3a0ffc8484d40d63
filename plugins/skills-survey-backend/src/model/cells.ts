import {
  CountCell,
  ResultCell,
  ScaleLevel,
} from '@internal/plugin-skills-survey-common';
import {
  CampaignSnapshot,
  RatingAggregate,
  StoredCell,
} from '../database/SurveyStore';
import { rollUp, suppressCells } from './suppression';
import { cellsOf, ORGANISATION } from './teams';

/** Rounds a share to four decimals. */
export const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** The technology id of the respondent-count cells. */
export const RESPONDENTS = '';

interface Tally {
  respondents: number;
  levels: Record<string, number>;
  notApplicable: number;
  wantToLearn: number;
}

const zero = (): Tally => ({
  respondents: 0,
  levels: {},
  notApplicable: 0,
  wantToLearn: 0,
});

const add = (into: Tally, from: Tally) => {
  into.respondents += from.respondents;
  into.notApplicable += from.notApplicable;
  into.wantToLearn += from.wantToLearn;
  for (const [level, n] of Object.entries(from.levels))
    into.levels[level] = (into.levels[level] ?? 0) + n;
};

/**
 * The cells of one tree: each group's tally rolled up, withheld by
 * {@link suppressCells}, published with its numbers or stored as its status.
 */
function treeCells(
  snapshot: CampaignSnapshot,
  technologyId: string,
  own: Map<string, Tally>,
  withDetail: boolean,
): StoredCell[] {
  const nodes = cellsOf(snapshot.teams, new Set(snapshot.ownAnswers));
  const totals = rollUp(nodes, own, zero, add);
  const counts = new Map(
    [...totals].map(([ref, t]) => [ref, t.respondents] as const),
  );
  const withheld = suppressCells(nodes, counts, snapshot.minGroupSize);
  return nodes.map(node => {
    const t = totals.get(node.ref)!;
    if (t.respondents === 0)
      return { technologyId, teamRef: node.ref, status: 'no-data' as const };
    if (withheld.has(node.ref))
      return { technologyId, teamRef: node.ref, status: 'suppressed' as const };
    return {
      technologyId,
      teamRef: node.ref,
      status: 'published' as const,
      respondents: t.respondents,
      ...(withDetail && {
        levels: t.levels,
        notApplicable: t.notApplicable,
        wantToLearn: t.wantToLearn,
      }),
    };
  });
}

/** Answers attributed to a team the snapshot does not know count for the organisation. */
function teamIn(known: Set<string>, ref: string) {
  return known.has(ref) ? ref : ORGANISATION;
}

/** Respondent counts per team, withheld like every other cell. */
export function respondentCells(
  snapshot: CampaignSnapshot,
  respondents: ReadonlyMap<string, number>,
): StoredCell[] {
  const known = new Set(
    snapshot.teams.filter(t => t.attributed).map(t => t.ref),
  );
  const own = new Map<string, Tally>();
  for (const [ref, n] of respondents) {
    const team = teamIn(known, ref);
    const tally = own.get(team) ?? zero();
    tally.respondents += n;
    own.set(team, tally);
  }
  return treeCells(snapshot, RESPONDENTS, own, false);
}

/**
 * Every cell of a closing campaign from the database's aggregates: the
 * respondent counts, and each technology by team with its levels.
 */
export function computeCells(
  snapshot: CampaignSnapshot,
  aggregates: {
    ratings: readonly RatingAggregate[];
    respondents: ReadonlyMap<string, number>;
  },
): StoredCell[] {
  const known = new Set(
    snapshot.teams.filter(t => t.attributed).map(t => t.ref),
  );
  const perTechnology = new Map<string, Map<string, Tally>>();
  for (const a of aggregates.ratings) {
    const byTeam = perTechnology.get(a.technologyId) ?? new Map();
    perTechnology.set(a.technologyId, byTeam);
    const team = teamIn(known, a.teamRef);
    const tally: Tally = byTeam.get(team) ?? zero();
    byTeam.set(team, tally);
    tally.respondents += a.count;
    if (a.level === null) tally.notApplicable += a.count;
    else tally.levels[a.level] = (tally.levels[a.level] ?? 0) + a.count;
    if (a.wantToLearn) tally.wantToLearn += a.count;
  }
  return [
    ...respondentCells(snapshot, aggregates.respondents),
    ...snapshot.technologies.flatMap(t =>
      treeCells(snapshot, t.id, perTechnology.get(t.id) ?? new Map(), true),
    ),
  ];
}

/** A stored respondent-count cell as the API shows it. */
export function countCellOf(
  stored: StoredCell | undefined,
  attributed: boolean,
): CountCell {
  if (!attributed) return { status: 'team-below-minimum' };
  if (!stored || stored.status === 'no-data') return { status: 'no-data' };
  if (stored.status === 'suppressed') return { status: 'suppressed' };
  return { status: 'published', respondents: stored.respondents ?? 0 };
}

/** A stored technology cell as the API shows it. */
export function resultCellOf(
  stored: StoredCell | undefined,
  attributed: boolean,
  scale: readonly ScaleLevel[],
  independentLevel: number,
): ResultCell {
  if (!attributed) return { status: 'team-below-minimum' };
  if (!stored || stored.status === 'no-data') return { status: 'no-data' };
  if (stored.status === 'suppressed') return { status: 'suppressed' };
  const levels: Record<string, number> = {};
  for (const s of scale) levels[s.level] = stored.levels?.[s.level] ?? 0;
  const rated = Object.values(levels).reduce((a, b) => a + b, 0);
  const independent = scale
    .filter(s => s.level >= independentLevel)
    .reduce((sum, s) => sum + levels[s.level], 0);
  return {
    status: 'published',
    respondents: stored.respondents ?? 0,
    levels,
    notApplicable: stored.notApplicable ?? 0,
    wantToLearn: stored.wantToLearn ?? 0,
    shareIndependent: rated ? round(independent / rated) : null,
  };
}

/** The change of a share between two cells, when both are published. */
export function changeBetween(
  now: ResultCell,
  before: ResultCell | undefined,
): number | null {
  if (
    now.status !== 'published' ||
    before?.status !== 'published' ||
    now.shareIndependent === null ||
    before.shareIndependent === null
  )
    return null;
  return round(now.shareIndependent - before.shareIndependent);
}
