import {
  CATEGORIES,
  DurationStats,
  FrictionInsights,
  JOURNEY_STEPS,
  OPEN_STATUSES,
} from '@internal/plugin-devzero-common';
import { DateTime } from 'luxon';
import { FindingRecord } from '../database/FindingStore';
import { SlaTargets, slaOf } from './sla';

const HOUR = 3_600_000;

/** Nearest-rank percentile of sorted numbers. */
function percentile(sorted: number[], p: number) {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function stats(hours: number[]): DurationStats {
  const sorted = [...hours].sort((a, b) => a - b);
  if (sorted.length === 0) return { count: 0 };
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    count: sorted.length,
    medianHours: round(percentile(sorted, 50)),
    p90Hours: round(percentile(sorted, 90)),
  };
}

const since = (from: string, to?: string) =>
  to && (Date.parse(to) - Date.parse(from)) / HOUR;

/** Aggregates findings into the insights page's figures. */
export function computeInsights(
  findings: FindingRecord[],
  targets: SlaTargets,
  now: Date,
): FrictionInsights {
  const open = (f: FindingRecord) => OPEN_STATUSES.includes(f.status);
  const owners = new Map<string, FindingRecord[]>();
  const entities = new Map<string, FindingRecord[]>();
  for (const f of findings) {
    owners.set(f.ownerRef, [...(owners.get(f.ownerRef) ?? []), f]);
    entities.set(f.entityRef, [...(entities.get(f.entityRef) ?? []), f]);
  }
  const minutes = (list: FindingRecord[]) =>
    list.reduce((sum, f) => sum + f.totalMinutesLost, 0);

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
    b.minutesLost += f.totalMinutesLost;
    if (f.closedAt) bucket(week(f.closedAt)).closed++;
  }

  return {
    totals: {
      findings: findings.length,
      open: findings.filter(open).length,
      minutesLost: minutes(findings),
    },
    byOwner: byOwner.sort((a, b) => b.minutesLost - a.minutesLost),
    byEntity: [...entities]
      .map(([entityRef, list]) => ({
        entityRef,
        ownerRef: list[0].ownerRef,
        findings: list.length,
        minutesLost: minutes(list),
      }))
      .sort(
        (a, b) =>
          b.minutesLost - a.minutesLost ||
          a.entityRef.localeCompare(b.entityRef),
      )
      .slice(0, 20),
    byCategory: CATEGORIES.map(category => {
      const list = findings.filter(f => f.category === category);
      return { category, findings: list.length, minutesLost: minutes(list) };
    }),
    byJourneyStep: JOURNEY_STEPS.map(journeyStep => {
      const list = findings.filter(f => f.journeyStep === journeyStep);
      return { journeyStep, findings: list.length, minutesLost: minutes(list) };
    }),
    weekly: [...weeks]
      .map(([weekStart, b]) => ({ weekStart, ...b }))
      .sort((a, b) => a.weekStart.localeCompare(b.weekStart)),
  };
}
