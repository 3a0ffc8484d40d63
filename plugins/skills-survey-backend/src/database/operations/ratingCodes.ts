import { Rating } from '@internal/plugin-skills-survey-common';
import { Knex } from 'knex';
import { RatingAggregate } from '../SurveyStore';
import { DbAnswerRow } from '../tables';

// An answer's ratings, stored in its own row (answers.ratings) as one
// character a technology of the campaign, in the order of the technologies
// the campaign snapshotted when it opened (which never changes after):
//
//   a..k   level 0..10          A..K   level 0..10, wanting to learn it
//   n      not applicable       N      not applicable, wanting to learn it
//   .      not rated
//
// 200 technologies are 200 bytes in one row, not 200 rows of their own:
// closing reads 20,000 short rows instead of 4 million, and a submission
// writes one row. The code carries nothing a rating row did not (no person,
// no time), and it is read only by the statements that read answers.

const LOWEST = 'a'.charCodeAt(0);
const WANTING = 'A'.charCodeAt(0);
const MAX_LEVEL = 10;
const UNRATED = '.';

/** The code of one rating. */
function codeOf(rating: Rating) {
  if (rating.level === null) return rating.wantToLearn ? 'N' : 'n';
  if (
    !Number.isInteger(rating.level) ||
    rating.level < 0 ||
    rating.level > MAX_LEVEL
  )
    throw new Error(`level ${rating.level}: not a level a code is made for`);
  return String.fromCharCode(
    (rating.wantToLearn ? WANTING : LOWEST) + rating.level,
  );
}

/** What a code's character says; undefined for "not rated". */
function ratingOf(
  char: number,
): { level: number | null; wantToLearn: boolean } | undefined {
  if (char >= LOWEST && char <= LOWEST + MAX_LEVEL)
    return { level: char - LOWEST, wantToLearn: false };
  if (char >= WANTING && char <= WANTING + MAX_LEVEL)
    return { level: char - WANTING, wantToLearn: true };
  if (char === 110 /* n */) return { level: null, wantToLearn: false };
  if (char === 78 /* N */) return { level: null, wantToLearn: true };
  return undefined;
}

/**
 * The code of an answer's ratings, in the campaign's order of technologies.
 * A technology outside that order cannot be stored: the service refuses it
 * with a 400 before (checkRatings), so here it is a fault.
 */
export function encodeRatings(order: readonly string[], ratings: Rating[]) {
  const position = new Map(order.map((id, i) => [id, i]));
  const chars: string[] = new Array(order.length).fill(UNRATED);
  for (const rating of ratings) {
    const at = position.get(rating.technologyId);
    if (at === undefined)
      throw new Error(
        `technology ${rating.technologyId}: not one of the campaign's`,
      );
    chars[at] = codeOf(rating);
  }
  return chars.join('');
}

/** An answer's ratings from their code, by technology id. */
export function decodeRatings(order: readonly string[], code: string) {
  const ratings: Rating[] = [];
  const length = Math.min(order.length, code.length);
  for (let i = 0; i < length; i += 1) {
    const rating = ratingOf(code.charCodeAt(i));
    if (rating) ratings.push({ technologyId: order[i], ...rating });
  }
  return ratings.sort((a, b) =>
    a.technologyId < b.technologyId
      ? -1
      : Number(a.technologyId > b.technologyId),
  );
}

/**
 * Counts answers' ratings by team, technology, level and "want to learn",
 * as a GROUP BY would, one answer at a time: the counts are kept, the
 * answers are not.
 */
export class RatingTally {
  /** By team, then by technology position × code character. */
  private readonly counts = new Map<string, Map<number, number>>();

  constructor(private readonly order: readonly string[]) {}

  add(teamRef: string, code: string) {
    let team = this.counts.get(teamRef);
    if (!team) {
      team = new Map();
      this.counts.set(teamRef, team);
    }
    const length = Math.min(this.order.length, code.length);
    for (let i = 0; i < length; i += 1) {
      const char = code.charCodeAt(i);
      if (char === 46 /* . */) continue;
      const key = i * 128 + char;
      team.set(key, (team.get(key) ?? 0) + 1);
    }
  }

  /** The counts, a row per team, technology, level and flag with any. */
  aggregates(): RatingAggregate[] {
    const rows: RatingAggregate[] = [];
    for (const [teamRef, team] of this.counts)
      for (const [key, count] of team) {
        const rating = ratingOf(key % 128);
        if (!rating) continue;
        rows.push({
          teamRef,
          technologyId: this.order[Math.floor(key / 128)],
          ...rating,
          count,
        });
      }
    return rows;
  }
}

const TALLY_PAGE = 2_000;

/**
 * Counts a campaign's ratings by team, technology, level and flag, and its
 * answers by team, reading its answers a page at a time in the order of
 * their random ids: the counts stay in the process, the answers do not.
 */
export async function tallyAnswers(
  tx: Knex.Transaction,
  campaignId: string,
  order: string[],
) {
  const tally = new RatingTally(order);
  const respondents = new Map<string, number>();
  let after = '';
  for (;;) {
    const page: Array<Pick<DbAnswerRow, 'id' | 'team_ref' | 'ratings'>> =
      await tx<DbAnswerRow>('answers')
        .where({ campaign_id: campaignId })
        .andWhere('id', '>', after)
        .orderBy('id')
        .limit(TALLY_PAGE)
        .select('id', 'team_ref', 'ratings');
    for (const answer of page) {
      tally.add(answer.team_ref, answer.ratings);
      respondents.set(
        answer.team_ref,
        (respondents.get(answer.team_ref) ?? 0) + 1,
      );
    }
    if (page.length < TALLY_PAGE) break;
    after = page[page.length - 1].id;
  }
  return { ratings: tally.aggregates(), respondents };
}
