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

/** Nearest rank, as the insights define their percentiles. */
function nearestRank(sorted: Float64Array, fraction: number) {
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)];
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
    /** Weeks since the Monday before 1 January 1970 (UTC), whole. */
    weekNumber: (time: string) =>
      pg
        ? `floor((date_part('epoch', ${time}) + ${WEEK_SHIFT_S}) / ${WEEK_S})`
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
        : [`json_group_array(${took}) filter (where ${when}) as ${clock}_took`];
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
      const took = Float64Array.from(JSON.parse(row[`${clock}_took`])).sort();
      return {
        count: took.length,
        medianMs: nearestRank(took, 0.5),
        p90Ms: nearestRank(took, 0.9),
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
    `sum(case when ${condition} then 1 else 0 end) as ${name}`;

  // Failed clocks are the stopped ones neither achieved nor undecided, which
  // spares the database one computation of the time taken.
  const perOwner = CLOCKS.flatMap(clock => {
    const stopped = STOPPED_AT[clock];
    return [
      count(`${clock}_stopped`, `${stopped} is not null`),
      count(
        `${clock}_achieved`,
        `${stopped} is not null and ${msBetween(
          'created_at',
          stopped,
        )} <= ${achievedWithin(clock)}`,
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

  const weeks = db
    .select('week')
    .sum({ filed: 'filed', closed: 'closed', minutes_lost: 'minutes_lost' })
    .from(
      filtered()
        .select(
          db.raw(`${weekNumber('created_at')} as week`),
          db.raw('1 as filed'),
          db.raw('0 as closed'),
          db.raw(`${minutesOf} as minutes_lost`),
        )
        .unionAll(
          filtered()
            .whereNotNull('closed_at')
            .select(
              db.raw(`${weekNumber('closed_at')} as week`),
              db.raw('0 as filed'),
              db.raw('1 as closed'),
              db.raw('0 as minutes_lost'),
            ),
        )
        .as('weeks'),
    )
    .groupBy('week');

  const [ownerRows, undecidedRows, entityRows, stepRows, weekRows] =
    await Promise.all([
      owners,
      Promise.all(undecided).then(lists => lists.flat()),
      filtered()
        .select('entity_ref', 'owner_ref', minutes)
        .count({ findings: '*' })
        .max({ last_filed_at: 'created_at' })
        .groupBy('entity_ref', 'owner_ref'),
      filtered()
        .select('category', 'journey_step', minutes)
        .count({ findings: '*' })
        .groupBy('category', 'journey_step'),
      weeks,
    ]);

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
    byWeek: weekRows.map((r: any) => ({
      weekStart: weekStart(Number(r.week)),
      filed: Number(r.filed),
      closed: Number(r.closed),
      minutesLost: Number(r.minutes_lost),
    })),
  };
}
