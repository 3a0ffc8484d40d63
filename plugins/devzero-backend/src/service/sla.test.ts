import { ConfigReader } from '@backstage/config';
import { FindingRecord } from '../database/FindingStore';
import { Severity, SEVERITIES } from '@internal/plugin-devzero-common';
import { DateTime, Duration, Settings } from 'luxon';
import {
  readSlaTargets,
  slaBounds,
  slaOf,
  SlaTargets,
  stoppedClockState,
} from './sla';

const filed = {
  severity: 'blocked-me',
  createdAt: '2026-11-02T09:00:00.000Z',
} as FindingRecord;
const targets = readSlaTargets(
  new ConfigReader({
    'blocked-me': { triage: { days: 2 }, resolve: { days: 10 } },
  }),
);
const day = (d: number, h = 9) => new Date(Date.UTC(2026, 10, d, h));

describe('slaOf', () => {
  it('is on track, then at risk, then breached while the clock runs', () => {
    expect(slaOf(filed, targets, day(3)).triage).toEqual({
      state: 'on-track',
      dueAt: '2026-11-04T09:00:00.000Z',
    });
    expect(slaOf(filed, targets, day(3, 23)).triage.state).toBe('at-risk');
    expect(slaOf(filed, targets, day(5)).triage.state).toBe('breached');
    expect(slaOf(filed, targets, day(5)).resolve.state).toBe('on-track');
  });

  it('keeps the result once the clock stops', () => {
    const triagedInTime = { ...filed, triagedAt: '2026-11-03T12:00:00.000Z' };
    expect(slaOf(triagedInTime, targets, day(30)).triage.state).toBe(
      'achieved',
    );
    const closedLate = {
      ...triagedInTime,
      closedAt: '2026-11-20T09:00:00.000Z',
    };
    expect(slaOf(closedLate, targets, day(30)).resolve.state).toBe('failed');
  });

  it('keeps the defaults for severities the config leaves out', () => {
    expect(targets.annoyance.triage.as('days')).toBe(10);
    expect(targets['blocked-me'].resolve.as('days')).toBe(10);
  });
});

/** slaOf as it was written first, with luxon at every step: the reference. */
function luxonSlaOf(
  finding: {
    severity: Severity;
    createdAt: string;
    triagedAt?: string;
    closedAt?: string;
  },
  t: SlaTargets,
  now: Date,
) {
  const filedAt = DateTime.fromISO(finding.createdAt);
  const clock = (target: Duration, stoppedAt?: string) => {
    const due = filedAt.plus(target);
    const dueAt = due.toUTC().toISO()!;
    if (stoppedAt)
      return {
        state: DateTime.fromISO(stoppedAt) <= due ? 'achieved' : 'failed',
        dueAt,
      };
    const elapsed = DateTime.fromJSDate(now).diff(filedAt).toMillis();
    const total = target.toMillis();
    if (elapsed > total) return { state: 'breached', dueAt };
    return { state: elapsed >= 0.75 * total ? 'at-risk' : 'on-track', dueAt };
  };
  return {
    triage: clock(
      t[finding.severity].triage,
      finding.triagedAt ?? finding.closedAt,
    ),
    resolve: clock(t[finding.severity].resolve, finding.closedAt),
  };
}

describe('slaOf without luxon at every step', () => {
  const odd: SlaTargets = {
    ...targets,
    annoyance: {
      triage: Duration.fromObject({ hours: 36 }),
      resolve: Duration.fromObject({ months: 1 }),
    },
    'slowed-me-down': {
      triage: Duration.fromObject({ days: 1.5 }),
      resolve: Duration.fromObject({ weeks: 1, hours: 12 }),
    },
  };
  const HOUR = 3_600_000;
  const iso = (ms?: number) =>
    ms === undefined ? undefined : new Date(ms).toISOString();
  // Findings filed every 7 h 13 min over a year, stopped at and around their due times.
  const findings = Array.from({ length: 1500 }, (_, i) => {
    const created = Date.UTC(2026, 0, 1) + i * (7 * HOUR + 13 * 60_000);
    const around = [-HOUR, -1, 0, 1, HOUR][i % 5];
    const stop = (days: number) =>
      i % 7 === 0 ? undefined : created + days * 24 * HOUR + around;
    return {
      severity: SEVERITIES[i % 4],
      createdAt: iso(created)!,
      triagedAt: iso(stop([10, 1.5, 2, 1][i % 4])),
      closedAt: i % 3 === 0 ? iso(stop([30, 8, 10, 7][i % 4])) : undefined,
    };
  });

  afterEach(() => {
    Settings.defaultZone = 'system';
  });

  it.each(['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe'])(
    'gives what luxon gives, in the zone %s',
    zone => {
      Settings.defaultZone = zone;
      const now = day(20, 13);
      for (const f of findings) {
        expect(slaOf(f, odd, now)).toEqual(luxonSlaOf(f, odd, now));
      }
    },
  );

  it.each(['UTC', 'Europe/Berlin', 'Australia/Lord_Howe'])(
    'has bounds a database can judge by, in the zone %s',
    zone => {
      Settings.defaultZone = zone;
      const bounds = slaBounds(odd);
      const judged = findings
        .filter(f => f.triagedAt ?? f.closedAt)
        .map(f => {
          const filedAt = Date.parse(f.createdAt);
          const stoppedAt = Date.parse((f.triagedAt ?? f.closedAt)!);
          const b = bounds[f.severity].triage;
          const took = stoppedAt - filedAt;
          return {
            expected: luxonSlaOf(f, odd, day(20)).triage.state,
            byBounds:
              (took <= b.achievedWithinMs && 'achieved') ||
              (took > b.failedAfterMs && 'failed') ||
              undefined,
            exactly: stoppedClockState(
              odd,
              f.severity,
              'triage',
              filedAt,
              stoppedAt,
            ),
          };
        });
      const decided = judged.filter(j => j.byBounds);
      expect(decided.length).toBeGreaterThan(0);
      expect(decided.filter(j => j.byBounds !== j.expected)).toEqual([]);
      expect(judged.filter(j => j.exactly !== j.expected)).toEqual([]);
    },
  );

  it('has bounds that meet in UTC, for days and hours', () => {
    Settings.defaultZone = 'UTC';
    expect(slaBounds(odd)['blocked-me'].triage).toEqual({
      achievedWithinMs: 2 * 24 * HOUR,
      failedAfterMs: 2 * 24 * HOUR,
      breachedFromMs: 2 * 24 * HOUR + 1,
    });
  });
});
