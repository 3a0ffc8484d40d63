import { FindingRecord } from '../database/FindingStore';
import { computeInsights } from './insights';
import { DEFAULT_SLA_TARGETS } from './sla';

const base = {
  title: 't',
  scenario: 's',
  reporterRef: 'user:default/riley.novak',
  mayContact: true,
  links: [],
  meTooCount: 0,
  commentCount: 0,
  minutesLost: 0,
  updatedAt: '2026-11-01T00:00:00.000Z',
} as const;

function finding(over: Partial<FindingRecord>): FindingRecord {
  return {
    ...base,
    id: Math.random().toString(),
    entityRef: 'component:default/fernhill-cli',
    ownerRef: 'group:default/platform-team',
    journeyStep: 'set-up',
    category: 'cli-or-tooling',
    severity: 'blocked-me',
    totalMinutesLost: 10,
    status: 'new',
    createdAt: '2026-11-02T00:00:00.000Z',
    ...over,
  } as FindingRecord;
}

describe('computeInsights', () => {
  const now = new Date('2026-11-20T00:00:00Z');
  const findings = [
    // Triaged after 10 h and resolved after 50 h: within blocked-me's 2 and 14 days.
    finding({
      status: 'resolved',
      triagedAt: '2026-11-02T10:00:00.000Z',
      closedAt: '2026-11-04T02:00:00.000Z',
      totalMinutesLost: 30,
    }),
    // Triaged after 20 h, still open.
    finding({
      status: 'triaged',
      triagedAt: '2026-11-02T20:00:00.000Z',
      journeyStep: 'deploy',
      totalMinutesLost: 60,
    }),
    // Never triaged: breached by now.
    finding({ totalMinutesLost: 5, createdAt: '2026-11-10T00:00:00.000Z' }),
    finding({
      ownerRef: 'group:default/ledger-team',
      entityRef: 'api:default/ledger-api',
      category: 'documentation',
      journeyStep: 'discover',
      status: 'declined',
      triagedAt: '2026-11-03T00:00:00.000Z',
      closedAt: '2026-11-03T00:00:00.000Z',
      totalMinutesLost: 7,
    }),
  ];
  const insights = computeInsights(findings, DEFAULT_SLA_TARGETS, now);

  it('totals findings, open ones and minutes lost', () => {
    expect(insights.totals).toEqual({ findings: 4, open: 2, minutesLost: 102 });
  });

  it("counts a duplicate's minutes once, on the finding it was merged into", () => {
    // The canonical finding's 40 minutes include the duplicate's 30.
    const merged = computeInsights(
      [
        finding({ totalMinutesLost: 40 }),
        finding({
          status: 'duplicate',
          triagedAt: '2026-11-03T00:00:00.000Z',
          closedAt: '2026-11-03T00:00:00.000Z',
          totalMinutesLost: 30,
        }),
      ],
      DEFAULT_SLA_TARGETS,
      now,
    );
    expect(merged.totals).toEqual({ findings: 2, open: 1, minutesLost: 40 });
    expect(merged.byEntity[0].minutesLost).toBe(40);
    expect(merged.weekly.map(w => w.minutesLost)).toEqual([40]);
  });

  it('gives each team its response times and SLA results', () => {
    const platform = insights.byOwner.find(
      o => o.ownerRef === 'group:default/platform-team',
    )!;
    expect(platform).toMatchObject({
      findings: 3,
      open: 2,
      minutesLost: 95,
      timeToTriage: { count: 2, medianHours: 10, p90Hours: 20 },
      timeToResolve: { count: 1, medianHours: 50, p90Hours: 50 },
      sla: {
        triage: { achieved: 2, failed: 0, breached: 1 },
        resolve: { achieved: 1, failed: 0, breached: 1 },
      },
    });
    expect(insights.byOwner[0].ownerRef).toBe('group:default/platform-team');
  });

  it('shows where newcomers get stuck, in journey order, and the costliest entities', () => {
    expect(
      insights.byJourneyStep.map(s => [s.journeyStep, s.findings]),
    ).toEqual([
      ['discover', 1],
      ['set-up', 2],
      ['first-use', 0],
      ['build', 0],
      ['deploy', 1],
      ['operate', 0],
      ['troubleshoot', 0],
    ]);
    expect(insights.byEntity[0]).toEqual({
      entityRef: 'component:default/fernhill-cli',
      ownerRef: 'group:default/platform-team',
      findings: 3,
      minutesLost: 95,
    });
    expect(
      insights.byCategory.find(c => c.category === 'documentation'),
    ).toEqual({ category: 'documentation', findings: 1, minutesLost: 7 });
  });

  it('counts week by week, Mondays first', () => {
    expect(insights.weekly).toEqual([
      { weekStart: '2026-11-02', filed: 3, closed: 2, minutesLost: 97 },
      { weekStart: '2026-11-09', filed: 1, closed: 0, minutesLost: 5 },
    ]);
  });

  it('keeps the quiet weeks of a trend, as zeros', () => {
    const gap = computeInsights(
      [
        finding({ createdAt: '2026-10-01T09:00:00.000Z' }),
        finding({
          createdAt: '2026-10-02T09:00:00.000Z',
          status: 'resolved',
          triagedAt: '2026-10-03T09:00:00.000Z',
          closedAt: '2026-10-20T09:00:00.000Z',
        }),
        finding({ createdAt: '2026-11-04T09:00:00.000Z' }),
      ],
      DEFAULT_SLA_TARGETS,
      now,
    );
    expect(gap.weekly).toEqual([
      { weekStart: '2026-09-28', filed: 2, closed: 0, minutesLost: 20 },
      { weekStart: '2026-10-05', filed: 0, closed: 0, minutesLost: 0 },
      { weekStart: '2026-10-12', filed: 0, closed: 0, minutesLost: 0 },
      { weekStart: '2026-10-19', filed: 0, closed: 1, minutesLost: 0 },
      { weekStart: '2026-10-26', filed: 0, closed: 0, minutesLost: 0 },
      { weekStart: '2026-11-02', filed: 1, closed: 0, minutesLost: 10 },
    ]);
  });
});
