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
import {
  CLOCKS,
  Clock,
  dialect,
  STOPPED_AT,
  weekStart,
} from './aggregateDialect';
import { groupedByIndexes, groupedInOnePass } from './aggregateGroups';

/** A number written into SQL: only ever one computed here, never input. */
function literal(n: number) {
  if (!Number.isFinite(n)) throw new Error(`Not a finite number: ${n}`);
  return String(n);
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
