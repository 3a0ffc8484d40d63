import { ConfigReader } from '@backstage/config';
import { FindingRecord } from '../database/FindingStore';
import { readSlaTargets, slaOf } from './sla';

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
