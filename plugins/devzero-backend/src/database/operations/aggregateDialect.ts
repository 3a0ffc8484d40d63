import { Knex } from 'knex';

export type Clock = 'triage' | 'resolve';
export const CLOCKS: Clock[] = ['triage', 'resolve'];
/** When each clock stops: triage at triage, or at closing straight from "new". */
export const STOPPED_AT: Record<Clock, string> = {
  triage: 'coalesce(triaged_at, closed_at)',
  resolve: 'closed_at',
};
/** Which findings count towards the time to triage and to resolve, and until when. */
const RESPONSE: Record<Clock, { when: string; until: string }> = {
  triage: { when: 'triaged_at is not null', until: 'triaged_at' },
  resolve: {
    when: `status = 'resolved' and closed_at is not null`,
    until: 'closed_at',
  },
};

const WEEK_S = 7 * 86_400;
// 1 January 1970 was a Thursday: weeks are counted from the Monday before.
const WEEK_SHIFT_S = 3 * 86_400;

/** The Monday of a week number, as YYYY-MM-DD. */
export const weekStart = (week: number) =>
  new Date((week * WEEK_S - WEEK_SHIFT_S) * 1000).toISOString().slice(0, 10);

/** The index of the nearest rank, as the insights define their percentiles. */
const nearestRank = (count: number, fraction: number) =>
  Math.max(0, Math.ceil(fraction * count) - 1);

/**
 * The k-th smallest of the values (from 0), found by partitioning them in
 * place (quickselect) rather than sorting them all: linear on average.
 * Afterwards no value before index k is greater, none after it smaller, so
 * a larger k may be looked for from k on.
 */
function kthSmallest(values: Float64Array, k: number, from = 0) {
  let lo = from;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i++] = values[j];
        values[j--] = swap;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break; // between the parts: equal to the pivot
  }
  return values[k];
}

/**
 * What differs between PostgreSQL and SQLite (where times are ISO 8601
 * strings): times as whole milliseconds, weeks, and the percentiles of
 * response times, which PostgreSQL computes and SQLite, without
 * percentile_disc, hands over as one compact array per owner.
 */
export function dialect(db: Knex) {
  const pg = db.client.config.client === 'pg';
  const epochMs = (time: string) =>
    pg
      ? `round(date_part('epoch', ${time}) * 1000)`
      : `round(unixepoch(${time}, 'subsec') * 1000)`;
  const msBetween = (from: string, to: string) =>
    pg
      ? `round(date_part('epoch', ${to} - ${from}) * 1000)`
      : `round((unixepoch(${to}, 'subsec') - unixepoch(${from}, 'subsec')) * 1000)`;
  return {
    epochMs,
    msBetween,
    pg,
    /**
     * Weeks since the Monday before 1 January 1970 (UTC), whole. Written
     * exactly as migration 20261202_insights_indexes indexes them (SQLite)
     * and keeps statistics on them (PostgreSQL): a time minus the epoch is
     * immutable where the time's own epoch is not, and only an immutable
     * expression can have statistics.
     */
    weekNumber: (time: string) =>
      pg
        ? `floor((date_part('epoch', ${time} - timestamptz 'epoch') + ${WEEK_SHIFT_S}) / ${WEEK_S})`
        : `((unixepoch(${time}) + ${WEEK_SHIFT_S}) / ${WEEK_S})`,
    /** A time to compare a column with. */
    time: (ms: number) => {
      const iso = new Date(ms).toISOString();
      return pg ? `timestamptz '${iso}'` : `'${iso}'`;
    },
    /** Columns `<clock>_n` and `<clock>_took`. */
    responseTimes: (clock: Clock) => {
      const { when, until } = RESPONSE[clock];
      const took = msBetween('created_at', until);
      return pg
        ? [
            `count(*) filter (where ${when}) as ${clock}_n`,
            `percentile_disc(array[0.5, 0.9]) within group (order by ${took}) filter (where ${when}) as ${clock}_took`,
          ]
        : // Whole numbers: a third shorter to write and read than reals.
          [
            `json_group_array(cast(${took} as integer)) filter (where ${when}) as ${clock}_took`,
          ];
    },
    /** The count, median and 90th percentile from those columns. */
    readResponseTimes: (row: any, clock: Clock) => {
      if (pg) {
        const took: number[] | null = row[`${clock}_took`];
        return {
          count: Number(row[`${clock}_n`]),
          medianMs: took?.[0],
          p90Ms: took?.[1],
        };
      }
      const took = Float64Array.from(JSON.parse(row[`${clock}_took`]));
      const median = nearestRank(took.length, 0.5);
      return {
        count: took.length,
        medianMs: kthSmallest(took, median),
        p90Ms: kthSmallest(took, nearestRank(took.length, 0.9), median),
      };
    },
  };
}
