import {
  CATEGORIES,
  DurationStats,
  FrictionInsights,
  JOURNEY_STEPS,
  OPEN_STATUSES,
} from '@internal/plugin-devzero-common';
import { DateTime } from 'luxon';
import { FindingAggregates, FindingRecord } from '../database/FindingStore';
import { SlaTargets, slaOf, stoppedClockState } from './sla';

const HOUR = 3_600_000;

/** Nearest-rank percentile of sorted numbers. */
function percentile(sorted: number[], p: number) {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

const roundHours = (n: number) => Math.round(n * 10) / 10;

function stats(hours: number[]): DurationStats {
  const sorted = [...hours].sort((a, b) => a - b);
  if (sorted.length === 0) return { count: 0 };
  return {
    count: sorted.length,
    medianHours: roundHours(percentile(sorted, 50)),
    p90Hours: roundHours(percentile(sorted, 90)),
  };
}

const since = (from: string, to?: string) =>
  to && (Date.parse(to) - Date.parse(from)) / HOUR;

/** Heaviest first; teams losing as much, by name. */
const byMinutesThenOwner = (
  a: { minutesLost: number; ownerRef: string },
  b: { minutesLost: number; ownerRef: string },
) => b.minutesLost - a.minutesLost || a.ownerRef.localeCompare(b.ownerRef);

/** The 20 entities that cost the most minutes, ties by their ref. */
const mostCostlyEntities = <
  T extends { minutesLost: number; entityRef: string },
>(
  entities: T[],
) =>
  entities
    .sort(
      (a, b) =>
        b.minutesLost - a.minutesLost || a.entityRef.localeCompare(b.entityRef),
    )
    .slice(0, 20);

/** Whether a finding filed at `at` by `ownerRef` names the entity's owner rather than `current`: the latest filing wins, then the first owner by name. */
const laterOwner = (
  at: number,
  ownerRef: string,
  current?: { at: number; ownerRef: string },
) =>
  !current ||
  at > current.at ||
  (at === current.at && ownerRef < current.ownerRef);

/**
 * The minutes a finding adds to the insights. A duplicate's reporter and
 * "me too"s moved to its canonical finding with their minutes, so they count
 * there, once.
 */
const minutesOf = (f: FindingRecord) =>
  f.status === 'duplicate' ? 0 : f.totalMinutesLost;

type Week = FrictionInsights['weekly'][number];

/**
 * The weeks in order, from the first with anything filed or closed to the
 * last, the quiet ones between as zeros: a trend that skipped them would
 * draw a quiet month as one step.
 */
function everyWeek(weeks: Week[]): Week[] {
  if (weeks.length === 0) return [];
  const byStart = new Map(weeks.map(w => [w.weekStart, w]));
  const starts = [...byStart.keys()].sort();
  const last = starts[starts.length - 1];
  const all: Week[] = [];
  for (
    let day = DateTime.fromISO(starts[0], { zone: 'utc' });
    day.toISODate()! <= last;
    day = day.plus({ weeks: 1 })
  ) {
    const weekStart = day.toISODate()!;
    all.push({
      ...(byStart.get(weekStart) ?? {
        weekStart,
        filed: 0,
        closed: 0,
        minutesLost: 0,
      }),
    });
  }
  return all;
}

/**
 * Aggregates loaded findings into the insights page's figures: the plain
 * definition, which {@link insightsOf} must match (the tests hold the two
 * equal on both databases).
 */
export function computeInsights(
  findings: FindingRecord[],
  targets: SlaTargets,
  now: Date,
): FrictionInsights {
  const open = (f: FindingRecord) => OPEN_STATUSES.includes(f.status);
  const owners = new Map<string, FindingRecord[]>();
  const entities = new Map<string, FindingRecord[]>();
  const entityOwner = new Map<string, { at: number; ownerRef: string }>();
  for (const f of findings) {
    for (const [groups, key] of [
      [owners, f.ownerRef],
      [entities, f.entityRef],
    ] as const) {
      const list = groups.get(key);
      if (list) list.push(f);
      else groups.set(key, [f]);
    }
    const at = Date.parse(f.createdAt);
    if (laterOwner(at, f.ownerRef, entityOwner.get(f.entityRef)))
      entityOwner.set(f.entityRef, { at, ownerRef: f.ownerRef });
  }
  const minutes = (list: FindingRecord[]) =>
    list.reduce((sum, f) => sum + minutesOf(f), 0);

  const byOwner = [...owners].map(([ownerRef, list]) => {
    const sla = {
      triage: { achieved: 0, failed: 0, breached: 0 },
      resolve: { achieved: 0, failed: 0, breached: 0 },
    };
    for (const f of list) {
      const clocks = slaOf(f, targets, now);
      for (const key of ['triage', 'resolve'] as const) {
        const state = clocks[key].state;
        if (state === 'achieved' || state === 'failed' || state === 'breached')
          sla[key][state]++;
      }
    }
    return {
      ownerRef,
      findings: list.length,
      open: list.filter(open).length,
      minutesLost: minutes(list),
      timeToTriage: stats(
        list
          .map(f => since(f.createdAt, f.triagedAt))
          .filter((h): h is number => h !== undefined),
      ),
      timeToResolve: stats(
        list
          .filter(f => f.status === 'resolved')
          .map(f => since(f.createdAt, f.closedAt))
          .filter((h): h is number => h !== undefined),
      ),
      sla,
    };
  });

  const weeks = new Map<
    string,
    { filed: number; closed: number; minutesLost: number }
  >();
  const week = (iso: string) =>
    DateTime.fromISO(iso, { zone: 'utc' }).startOf('week').toISODate()!;
  const bucket = (key: string) => {
    const b = weeks.get(key) ?? { filed: 0, closed: 0, minutesLost: 0 };
    weeks.set(key, b);
    return b;
  };
  for (const f of findings) {
    const b = bucket(week(f.createdAt));
    b.filed++;
    b.minutesLost += minutesOf(f);
    if (f.closedAt) bucket(week(f.closedAt)).closed++;
  }

  return {
    totals: {
      findings: findings.length,
      open: findings.filter(open).length,
      minutesLost: minutes(findings),
    },
    byOwner: byOwner.sort(byMinutesThenOwner),
    byEntity: mostCostlyEntities(
      [...entities].map(([entityRef, list]) => ({
        entityRef,
        ownerRef: entityOwner.get(entityRef)!.ownerRef,
        findings: list.length,
        minutesLost: minutes(list),
      })),
    ),
    byCategory: CATEGORIES.map(category => {
      const list = findings.filter(f => f.category === category);
      return { category, findings: list.length, minutesLost: minutes(list) };
    }),
    byJourneyStep: JOURNEY_STEPS.map(journeyStep => {
      const list = findings.filter(f => f.journeyStep === journeyStep);
      return { journeyStep, findings: list.length, minutesLost: minutes(list) };
    }),
    weekly: everyWeek(
      [...weeks].map(([weekStart, b]) => ({ weekStart, ...b })),
    ),
  };
}

/** The insights page's figures from the database's aggregates: what {@link computeInsights} gives for the same findings. */
export function insightsOf(
  aggregates: FindingAggregates,
  targets: SlaTargets,
): FrictionInsights {
  const sla = new Map(aggregates.byOwner.map(o => [o.ownerRef, o.sla]));
  for (const c of aggregates.undecidedClocks) {
    const outcome = stoppedClockState(
      targets,
      c.severity,
      c.clock,
      c.createdAt,
      c.stoppedAt,
    );
    sla.get(c.ownerRef)![c.clock][outcome]++;
  }
  const durations = new Map(
    aggregates.durations.map(d => [`${d.clock} ${d.ownerRef}`, d]),
  );
  const durationStats = (clock: 'triage' | 'resolve', ownerRef: string) => {
    const d = durations.get(`${clock} ${ownerRef}`);
    return d
      ? {
          count: d.count,
          medianHours: roundHours(d.medianMs / HOUR),
          p90Hours: roundHours(d.p90Ms / HOUR),
        }
      : { count: 0 };
  };

  const entities = new Map<
    string,
    { findings: number; minutesLost: number; at: number; ownerRef: string }
  >();
  for (const row of aggregates.byEntityOwner) {
    const entity = entities.get(row.entityRef);
    if (!entity) {
      entities.set(row.entityRef, {
        findings: row.findings,
        minutesLost: row.minutesLost,
        at: row.lastFiledAt,
        ownerRef: row.ownerRef,
      });
      continue;
    }
    entity.findings += row.findings;
    entity.minutesLost += row.minutesLost;
    if (laterOwner(row.lastFiledAt, row.ownerRef, entity)) {
      entity.at = row.lastFiledAt;
      entity.ownerRef = row.ownerRef;
    }
  }

  const sum = <T>(rows: T[], value: (row: T) => number) =>
    rows.reduce((total, row) => total + value(row), 0);
  const steps = aggregates.byCategoryAndStep;
  return {
    totals: {
      findings: sum(aggregates.byOwner, o => o.findings),
      open: sum(aggregates.byOwner, o => o.open),
      minutesLost: sum(aggregates.byOwner, o => o.minutesLost),
    },
    byOwner: aggregates.byOwner
      .map(o => ({
        ownerRef: o.ownerRef,
        findings: o.findings,
        open: o.open,
        minutesLost: o.minutesLost,
        timeToTriage: durationStats('triage', o.ownerRef),
        timeToResolve: durationStats('resolve', o.ownerRef),
        sla: o.sla,
      }))
      .sort(byMinutesThenOwner),
    byEntity: mostCostlyEntities(
      [...entities].map(([entityRef, e]) => ({
        entityRef,
        ownerRef: e.ownerRef,
        findings: e.findings,
        minutesLost: e.minutesLost,
      })),
    ),
    byCategory: CATEGORIES.map(category => {
      const rows = steps.filter(r => r.category === category);
      return {
        category,
        findings: sum(rows, r => r.findings),
        minutesLost: sum(rows, r => r.minutesLost),
      };
    }),
    byJourneyStep: JOURNEY_STEPS.map(journeyStep => {
      const rows = steps.filter(r => r.journeyStep === journeyStep);
      return {
        journeyStep,
        findings: sum(rows, r => r.findings),
        minutesLost: sum(rows, r => r.minutesLost),
      };
    }),
    weekly: everyWeek(aggregates.byWeek),
  };
}
