import { Config, readDurationFromConfig } from '@backstage/config';
import {
  Severity,
  SEVERITIES,
  SlaClock,
} from '@internal/plugin-devzero-common';
import { DateTime, Duration, Settings } from 'luxon';
import { FindingRecord } from '../database/FindingStore';

/** Time-to-triage and time-to-resolve targets per severity. */
export type SlaTargets = Record<
  Severity,
  { triage: Duration; resolve: Duration }
>;

/** Targets when app-config sets none: the worse the friction, the sooner. */
export const DEFAULT_SLA_TARGETS: SlaTargets = {
  annoyance: {
    triage: Duration.fromObject({ days: 10 }),
    resolve: Duration.fromObject({ days: 90 }),
  },
  'slowed-me-down': {
    triage: Duration.fromObject({ days: 5 }),
    resolve: Duration.fromObject({ days: 30 }),
  },
  'blocked-me': {
    triage: Duration.fromObject({ days: 2 }),
    resolve: Duration.fromObject({ days: 14 }),
  },
  'would-have-given-up': {
    triage: Duration.fromObject({ days: 1 }),
    resolve: Duration.fromObject({ days: 7 }),
  },
};

/** Reads `<severity>.triage|resolve` (e.g. `{ days: 2 }`) from `fitsys.devzero.sla`, keeping defaults for the rest. */
export function readSlaTargets(config?: Config): SlaTargets {
  const targets = { ...DEFAULT_SLA_TARGETS };
  for (const severity of SEVERITIES) {
    const c = config?.getOptionalConfig(severity);
    if (!c) continue;
    const read = (key: 'triage' | 'resolve') =>
      c.has(key)
        ? Duration.fromObject(readDurationFromConfig(c.getConfig(key)))
        : targets[severity][key];
    targets[severity] = { triage: read('triage'), resolve: read('resolve') };
  }
  return targets;
}

const DAY = 86_400_000;
/** More than any zone's change of offset: offsets stay within -12 h and +14 h (old local mean times within ±16 h). */
const MAX_SHIFT = 32 * 3_600_000;
/** Stands for "no bound" where a database needs a number. */
const NEVER = 1e15;

/** The two SLA clocks of a finding. */
export type SlaClockName = 'triage' | 'resolve';

/** How luxon adds a target to a filing time, worked out once per target. */
interface ClockPlan {
  target: Duration;
  byCalendar: boolean;
  wholeDays: number;
  restMs: number;
  totalMs: number;
}

function planOf(target: Duration): ClockPlan {
  return {
    target,
    byCalendar: !!(target.years || target.quarters || target.months),
    wholeDays: Math.trunc(target.days) + Math.trunc(target.weeks) * 7,
    // What luxon adds in milliseconds after the whole days.
    restMs: Duration.fromObject({
      weeks: target.weeks - Math.trunc(target.weeks),
      days: target.days - Math.trunc(target.days),
      hours: target.hours,
      minutes: target.minutes,
      seconds: target.seconds,
      milliseconds: target.milliseconds,
    }).as('milliseconds'),
    totalMs: target.toMillis(),
  };
}

const plans = new WeakMap<
  SlaTargets,
  Record<Severity, Record<SlaClockName, ClockPlan>>
>();
function plansOf(targets: SlaTargets) {
  let p = plans.get(targets);
  if (!p) {
    p = Object.fromEntries(
      SEVERITIES.map(s => [
        s,
        {
          triage: planOf(targets[s].triage),
          resolve: planOf(targets[s].resolve),
        },
      ]),
    ) as Record<Severity, Record<SlaClockName, ClockPlan>>;
    plans.set(targets, p);
  }
  return p;
}

/**
 * When a clock started at `filed` falls due: the target added by luxon in
 * its default zone, whole days on the wall clock. Luxon costs some 12 µs a
 * time, so where the zone's offset is the same at both ends of the whole
 * days, they are added as 24 hours each, which is the same.
 */
function dueOf(filed: number, plan: ClockPlan): number {
  if (!plan.byCalendar) {
    const zone = Settings.defaultZone;
    const afterDays = filed + plan.wholeDays * DAY;
    if (zone.isUniversal || zone.offset(filed) === zone.offset(afterDays))
      return afterDays + plan.restMs;
  }
  return DateTime.fromMillis(filed).plus(plan.target).toMillis();
}

/**
 * How a finding's two clocks stand at `now`: a clock runs from filing until
 * triage (the first step out of "new") or closing; while it runs it is on
 * track, at risk once `atRisk` of the target has passed, breached after; once
 * stopped it is achieved or failed, and stays so.
 */
export function slaOf(
  finding: Pick<
    FindingRecord,
    'severity' | 'createdAt' | 'triagedAt' | 'closedAt'
  >,
  targets: SlaTargets,
  now: Date,
  atRisk = 0.75,
): { triage: SlaClock; resolve: SlaClock } {
  const filed = Date.parse(finding.createdAt);
  const clock = (plan: ClockPlan, stoppedAt?: string): SlaClock => {
    const due = dueOf(filed, plan);
    const dueAt = new Date(due).toISOString();
    if (stoppedAt) {
      return {
        state: Date.parse(stoppedAt) <= due ? 'achieved' : 'failed',
        dueAt,
      };
    }
    const elapsed = now.getTime() - filed;
    if (elapsed > plan.totalMs) return { state: 'breached', dueAt };
    return {
      state: elapsed >= atRisk * plan.totalMs ? 'at-risk' : 'on-track',
      dueAt,
    };
  };
  const p = plansOf(targets)[finding.severity];
  return {
    triage: clock(p.triage, finding.triagedAt ?? finding.closedAt),
    resolve: clock(p.resolve, finding.closedAt),
  };
}

/** Whether a clock that stopped met its target, as {@link slaOf} judges it; times in milliseconds since the epoch. */
export function stoppedClockState(
  targets: SlaTargets,
  severity: Severity,
  clock: SlaClockName,
  filedAt: number,
  stoppedAt: number,
): 'achieved' | 'failed' {
  return stoppedAt <= dueOf(filedAt, plansOf(targets)[severity][clock])
    ? 'achieved'
    : 'failed';
}

/** What a database can tell about one severity's clock from milliseconds alone. */
export interface ClockBounds {
  /** A clock that stopped at most this long after filing was achieved. */
  achievedWithinMs: number;
  /** A clock that stopped later than this failed; in between, ask {@link stoppedClockState}. */
  failedAfterMs: number;
  /** A clock still running this long after filing, or longer, is breached. */
  breachedFromMs: number;
}

/**
 * {@link slaOf}'s judgement as bounds a database can apply. In a zone of one
 * fixed offset (UTC, as servers run) a target of days and hours is exact
 * milliseconds, and the bounds meet; elsewhere whole days may be an hour
 * longer or shorter, and months are months, so the bounds leave a band.
 */
export function slaBounds(
  targets: SlaTargets,
): Record<Severity, Record<SlaClockName, ClockBounds>> {
  const zone = Settings.defaultZone;
  const fixed =
    zone.isUniversal ||
    /^(Etc\/)?(UTC|UCT|GMT|Universal|Zulu|Greenwich)$/.test(zone.name);
  const bounds = (plan: ClockPlan): ClockBounds => {
    // A running clock is breached once its elapsed whole milliseconds pass the target.
    const breachedFromMs = Math.floor(plan.totalMs) + 1;
    if (plan.byCalendar)
      return { achievedWithinMs: -NEVER, failedAfterMs: NEVER, breachedFromMs };
    const exact = plan.wholeDays * DAY + plan.restMs;
    const shift = fixed ? 0 : MAX_SHIFT;
    return {
      achievedWithinMs: Math.floor(exact - shift),
      failedAfterMs: Math.ceil(exact + shift),
      breachedFromMs,
    };
  };
  const p = plansOf(targets);
  return Object.fromEntries(
    SEVERITIES.map(s => [
      s,
      { triage: bounds(p[s].triage), resolve: bounds(p[s].resolve) },
    ]),
  ) as Record<Severity, Record<SlaClockName, ClockBounds>>;
}
