import {
  OPEN_STATUSES,
  SEVERITIES,
  Severity,
} from '@internal/plugin-devzero-common';
import { Knex } from 'knex';
import {
  FindingAggregates,
  FindingFilter,
  SlaJudgement,
} from '../FindingStore';
import { findingsMatching } from './filters';

type Clock = 'triage' | 'resolve';
const CLOCKS: Clock[] = ['triage', 'resolve'];
/** When each clock stops: triage at triage, or at closing straight from "new". */
const STOPPED_AT: Record<Clock, string> = {
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
const weekStart = (week: number) =>
  new Date((week * WEEK_S - WEEK_SHIFT_S) * 1000).toISOString().slice(0, 10);

/** A number written into SQL: only ever one computed here, never input. */
function literal(n: number) {
  if (!Number.isFinite(n)) throw new Error(`Not a finite number: ${n}`);
  return String(n);
}

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
function dialect(db: Knex) {
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

/**
 * Aggregates the findings a filter selects (with its permission criteria,
 * as the list applies them) in the database, so that only groups travel: at
 * 100,000 findings, reading the rows alone took longer than the insights
 * may. SLA outcomes are judged by the bounds given; the few stopped clocks
 * the bounds leave open come back to be judged exactly.
 */
export async function aggregateFindings(options: {
  knex: Knex;
  filter: FindingFilter;
  sla: SlaJudgement;
}): Promise<FindingAggregates> {
  const { knex: db, filter, sla } = options;
  const filtered = () => findingsMatching({ knex: db, filter });
  const sql = dialect(db);
  const { epochMs, msBetween, weekNumber } = sql;
  // A duplicate's minutes moved to its canonical finding, and count there.
  const minutesOf = `case when status = 'duplicate' then 0 else total_minutes_lost end`;
  const minutes = db.raw(`sum(${minutesOf}) as minutes_lost`);
  const nowMs = sla.now.getTime();
  const perSeverity = (value: (severity: Severity) => string) =>
    `case severity ${SEVERITIES.map(s => `when '${s}' then ${value(s)}`).join(
      ' ',
    )} end`;
  const achievedWithin = (clock: Clock) =>
    perSeverity(s => literal(sla.bounds[s][clock].achievedWithinMs));
  const failedAfter = (clock: Clock) =>
    perSeverity(s => literal(sla.bounds[s][clock].failedAfterMs));
  const count = (name: string, condition: string) =>
    `count(*) filter (where ${condition}) as ${name}`;

  // Failed clocks are the stopped ones neither achieved nor undecided, which
  // spares the database one computation of the time taken. A clock that has
  // not stopped took no time (null), which is not within any bound.
  const perOwner = CLOCKS.flatMap(clock => {
    const stopped = STOPPED_AT[clock];
    return [
      `count(${stopped}) as ${clock}_stopped`,
      count(
        `${clock}_achieved`,
        `${msBetween('created_at', stopped)} <= ${achievedWithin(clock)}`,
      ),
      count(
        `${clock}_breached`,
        `${stopped} is null and created_at <= ${perSeverity(s =>
          sql.time(nowMs - sla.bounds[s][clock].breachedFromMs),
        )}`,
      ),
      ...sql.responseTimes(clock),
    ];
  });
  const owners = filtered()
    .select(
      'owner_ref',
      minutes,
      db.raw(
        count(
          'open',
          `status in (${OPEN_STATUSES.map(s => `'${s}'`).join(', ')})`,
        ),
      ),
      ...perOwner.map(column => db.raw(column)),
    )
    .count({ findings: '*' })
    .groupBy('owner_ref');

  // Clocks stopped between the bounds; none where the bounds meet.
  const undecided = CLOCKS.filter(clock =>
    SEVERITIES.some(
      s =>
        sla.bounds[s][clock].achievedWithinMs <
        sla.bounds[s][clock].failedAfterMs,
    ),
  ).map(clock => {
    const stopped = STOPPED_AT[clock];
    const took = msBetween('created_at', stopped);
    return filtered()
      .whereRaw(
        `${stopped} is not null and ${took} > ${achievedWithin(
          clock,
        )} and ${took} <= ${failedAfter(clock)}`,
      )
      .select(
        'owner_ref',
        'severity',
        db.raw(`'${clock}' as clock`),
        db.raw(`${epochMs('created_at')} as created_ms`),
        db.raw(`${epochMs(stopped)} as stopped_ms`),
      );
  });

  // What the entities, the categories and steps, and the weeks need: light
  // sums the database groups in one pass (PostgreSQL) or from an index in
  // each grouping's order (SQLite).
  const grouped = sql.pg
    ? groupedInOnePass({ db, filtered, minutesOf, weekNumber })
    : groupedByIndexes({ db, filtered, minutesOf, weekNumber });

  // On PostgreSQL the owners' and the other groups' statements run at once,
  // each on a connection of the pool; SQLite has one connection.
  const [ownerRows, undecidedRows, groups] = await Promise.all([
    owners,
    Promise.all(undecided).then(lists => lists.flat()),
    grouped,
  ]);
  const { entityRows, stepRows, weekRows } = groups;

  const undecidedClocks: FindingAggregates['undecidedClocks'] =
    undecidedRows.map((r: any) => ({
      ownerRef: r.owner_ref,
      severity: r.severity,
      clock: r.clock,
      createdAt: Number(r.created_ms),
      stoppedAt: Number(r.stopped_ms),
    }));
  const outcomes = (r: any, clock: Clock) => {
    const achieved = Number(r[`${clock}_achieved`]);
    const open = undecidedClocks.filter(
      c => c.clock === clock && c.ownerRef === r.owner_ref,
    ).length;
    return {
      achieved,
      failed: Number(r[`${clock}_stopped`]) - achieved - open,
      breached: Number(r[`${clock}_breached`]),
    };
  };
  return {
    byOwner: ownerRows.map((r: any) => ({
      ownerRef: r.owner_ref,
      findings: Number(r.findings),
      open: Number(r.open),
      minutesLost: Number(r.minutes_lost),
      sla: { triage: outcomes(r, 'triage'), resolve: outcomes(r, 'resolve') },
    })),
    undecidedClocks,
    durations: ownerRows.flatMap((r: any) =>
      CLOCKS.map(clock => ({
        ownerRef: r.owner_ref,
        clock,
        ...sql.readResponseTimes(r, clock),
      })).filter(d => d.count > 0),
    ) as FindingAggregates['durations'],
    byEntityOwner: entityRows.map((r: any) => ({
      entityRef: r.entity_ref,
      ownerRef: r.owner_ref,
      findings: Number(r.findings),
      minutesLost: Number(r.minutes_lost),
      lastFiledAt: new Date(r.last_filed_at).getTime(),
    })),
    byCategoryAndStep: stepRows.map((r: any) => ({
      category: r.category,
      journeyStep: r.journey_step,
      findings: Number(r.findings),
      minutesLost: Number(r.minutes_lost),
    })),
    byWeek: weekRows.map(r => ({
      weekStart: weekStart(r.week),
      filed: r.filed,
      closed: r.closed,
      minutesLost: r.minutes_lost,
    })),
  };
}

type Filtered = () => Knex.QueryBuilder;
interface GroupingOptions {
  db: Knex;
  filtered: Filtered;
  /** A finding's minutes as the insights count them. */
  minutesOf: string;
  weekNumber: (time: string) => string;
}
interface WeekRow {
  week: number;
  filed: number;
  closed: number;
  minutes_lost: number;
}
interface Groups {
  entityRows: any[];
  stepRows: any[];
  weekRows: WeekRow[];
}

/** The weeks findings were filed in and those they were closed in, as one list. */
function mergeWeeks(
  filed: Array<{ week: unknown; findings: unknown; minutes_lost: unknown }>,
  closed: Array<{ week: unknown; findings: unknown }>,
): WeekRow[] {
  const weeks = new Map<number, WeekRow>();
  const week = (n: number) => {
    let w = weeks.get(n);
    if (!w) {
      w = { week: n, filed: 0, closed: 0, minutes_lost: 0 };
      weeks.set(n, w);
    }
    return w;
  };
  for (const r of filed) {
    const w = week(Number(r.week));
    w.filed = Number(r.findings);
    w.minutes_lost = Number(r.minutes_lost);
  }
  for (const r of closed) week(Number(r.week)).closed = Number(r.findings);
  return [...weeks.values()];
}

/**
 * PostgreSQL: the entities, the categories and steps, and the weeks filed
 * and closed in one statement, hashing each row into the four groupings as
 * it reads it (grouping sets), instead of a scan each. The weeks need the
 * statistics of migration 20261202_insights_indexes to be hashed: without
 * them PostgreSQL guesses a group per finding and sorts them all.
 */
async function groupedInOnePass(options: GroupingOptions): Promise<Groups> {
  const { db, filtered, minutesOf, weekNumber } = options;
  const filedWeek = weekNumber('created_at');
  const closedWeek = weekNumber('closed_at');
  const rows: any[] = await filtered()
    .select(
      db.raw(
        `case when grouping(entity_ref) = 0 then 'entity' when grouping(category) = 0 then 'step' when grouping(${filedWeek}) = 0 then 'filed' else 'closed' end as grouped_by`,
      ),
      'entity_ref',
      'owner_ref',
      'category',
      'journey_step',
      db.raw(`${filedWeek} as filed_week`),
      db.raw(`${closedWeek} as closed_week`),
      db.raw(`sum(${minutesOf}) as minutes_lost`),
    )
    .count({ findings: '*' })
    .max({ last_filed_at: 'created_at' })
    .groupByRaw(
      `grouping sets ((entity_ref, owner_ref), (category, journey_step), (${filedWeek}), (${closedWeek}))`,
    );
  const of = (set: string) => rows.filter(r => r.grouped_by === set);
  return {
    entityRows: of('entity'),
    stepRows: of('step'),
    weekRows: mergeWeeks(
      of('filed').map(r => ({ ...r, week: r.filed_week })),
      // The group of the findings not closed has no week.
      of('closed')
        .filter(r => r.closed_week !== null)
        .map(r => ({ ...r, week: r.closed_week })),
    ),
  };
}

/**
 * SQLite, which groups by sorting unless an index hands the rows over in
 * the grouping's order: the entities from the insights index (by owner and
 * entity), the categories and steps, and the weeks filed and closed from
 * indexes of migration 20261202_insights_indexes that lead with them (the
 * weeks as indexed expressions, so that they are read, not computed).
 */
async function groupedByIndexes(options: GroupingOptions): Promise<Groups> {
  const { db, filtered, minutesOf, weekNumber } = options;
  const minutes = db.raw(`sum(${minutesOf}) as minutes_lost`);
  const filedWeek = weekNumber('created_at');
  const closedWeek = weekNumber('closed_at');
  const [entityRows, stepRows, filed, closed] = await Promise.all([
    filtered()
      .select('entity_ref', 'owner_ref', minutes)
      .count({ findings: '*' })
      .max({ last_filed_at: 'created_at' })
      .groupBy('entity_ref', 'owner_ref'),
    filtered()
      .select('category', 'journey_step', minutes)
      .count({ findings: '*' })
      .groupBy('category', 'journey_step'),
    filtered()
      .select(db.raw(`${filedWeek} as week`), minutes)
      .count({ findings: '*' })
      .groupByRaw(filedWeek),
    filtered()
      .whereNotNull('closed_at')
      .select(db.raw(`${closedWeek} as week`))
      .count({ findings: '*' })
      .groupByRaw(closedWeek),
  ]);
  return { entityRows, stepRows, weekRows: mergeWeeks(filed, closed) };
}
