import { Config, readDurationFromConfig } from '@backstage/config';
import {
  Severity,
  SEVERITIES,
  SlaClock,
} from '@internal/plugin-devzero-common';
import { DateTime, Duration } from 'luxon';
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

/** Reads `devzero.sla.<severity>.triage|resolve` (e.g. `{ days: 2 }`), keeping defaults for the rest. */
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

/**
 * How a finding's two clocks stand at `now`: a clock runs from filing until
 * triage (the first step out of "new") or closing; while it runs it is on
 * track, at risk once `atRisk` of the target has passed, breached after; once
 * stopped it is achieved or failed, and stays so.
 */
export function slaOf(
  finding: FindingRecord,
  targets: SlaTargets,
  now: Date,
  atRisk = 0.75,
): { triage: SlaClock; resolve: SlaClock } {
  const filed = DateTime.fromISO(finding.createdAt);
  const clock = (target: Duration, stoppedAt?: string): SlaClock => {
    const due = filed.plus(target);
    const dueAt = due.toUTC().toISO()!;
    if (stoppedAt) {
      return {
        state: DateTime.fromISO(stoppedAt) <= due ? 'achieved' : 'failed',
        dueAt,
      };
    }
    const elapsed = DateTime.fromJSDate(now).diff(filed).toMillis();
    const total = target.toMillis();
    if (elapsed > total) return { state: 'breached', dueAt };
    return { state: elapsed >= atRisk * total ? 'at-risk' : 'on-track', dueAt };
  };
  const t = targets[finding.severity];
  return {
    triage: clock(t.triage, finding.triagedAt ?? finding.closedAt),
    resolve: clock(t.resolve, finding.closedAt),
  };
}
