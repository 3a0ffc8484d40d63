import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { Duration, Settings } from 'luxon';
import {
  insertFindingRows,
  syntheticFindingRows,
  syntheticOwner,
} from '../../__testUtils__/syntheticFindings';
import { computeInsights, insightsOf } from '../../service/insights';
import { DEFAULT_SLA_TARGETS, slaBounds, SlaTargets } from '../../service/sla';
import { DatabaseFindingStore } from '../DatabaseFindingStore';
import { FindingFilter } from '../FindingStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date('2026-11-20T10:30:00.000Z');

// Targets that take luxon's slow paths too: fractions, weeks, hours, months.
const oddTargets: SlaTargets = {
  annoyance: {
    triage: Duration.fromObject({ hours: 36 }),
    resolve: Duration.fromObject({ months: 1 }),
  },
  'slowed-me-down': {
    triage: Duration.fromObject({ days: 1.5 }),
    resolve: Duration.fromObject({ weeks: 1, hours: 12 }),
  },
  'blocked-me': DEFAULT_SLA_TARGETS['blocked-me'],
  'would-have-given-up': {
    triage: Duration.fromObject({ days: 1, minutes: 30 }),
    resolve: DEFAULT_SLA_TARGETS['would-have-given-up'].resolve,
  },
};

/** Findings on the edges: clocks stopped exactly at their due time and a moment after, weeks turning at midnight, an entity whose two owners filed at once. */
function edgeCases(template: Record<string, unknown>) {
  const rows: Record<string, unknown>[] = [];
  let n = 1_000_000;
  const add = (fields: Record<string, unknown>) =>
    rows.push({
      ...template,
      id: `ffffffff-0000-4000-8000-${(n++).toString(16).padStart(12, '0')}`,
      duplicate_of: null,
      ...fields,
    });
  const iso = (ms: number) => new Date(ms).toISOString();
  // Just before a change of clocks in Europe and America, and in quiet weeks.
  const starts = [
    Date.UTC(2026, 2, 27, 23, 30),
    Date.UTC(2026, 9, 24, 12),
    Date.UTC(2026, 9, 31, 1),
    Date.UTC(2026, 2, 7, 3, 15),
  ];
  for (const created of starts) {
    for (const severity of ['blocked-me', 'slowed-me-down', 'annoyance']) {
      for (const late of [0, 1]) {
        // Due in exact days, and due on the wall clock: both are edges somewhere.
        for (const due of [2 * DAY, 36 * HOUR, 47 * HOUR, 49 * HOUR]) {
          add({
            severity,
            status: 'resolved',
            created_at: iso(created),
            triaged_at: iso(created + due + late),
            closed_at: iso(created + 14 * DAY + late),
          });
        }
      }
    }
  }
  // Open ones right at the breach of their triage clock.
  for (const offset of [-1, 0, 1]) {
    add({
      severity: 'blocked-me',
      status: 'new',
      created_at: iso(now.getTime() - 2 * DAY + offset),
      triaged_at: null,
      closed_at: null,
    });
  }
  // Sunday night and Monday morning, UTC.
  for (const at of ['2026-11-01T23:59:59.999Z', '2026-11-02T00:00:00.000Z']) {
    add({ created_at: at, status: 'declined', triaged_at: at, closed_at: at });
  }
  // One entity, two owners filing at the same moment.
  for (const owner of ['group:default/zeta', 'group:default/alpha']) {
    add({
      entity_ref: 'component:default/shared',
      owner_ref: owner,
      created_at: '2026-11-10T08:00:00.000Z',
      status: 'new',
      triaged_at: null,
      closed_at: null,
      total_minutes_lost: 10_000,
    });
  }
  return rows;
}

/** The insights as the service computes them, from the database's aggregates. */
async function aggregated(
  store: DatabaseFindingStore,
  filter: FindingFilter,
  targets: SlaTargets,
) {
  const aggregates = await store.aggregate(filter, {
    now,
    bounds: slaBounds(targets),
  });
  return insightsOf(aggregates, targets);
}

async function seeded(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  const store = await DatabaseFindingStore.create({
    database: { getClient: async () => knex, migrations: { skip: false } },
  });
  const rows = syntheticFindingRows({
    findings: 600,
    entities: 120,
    owners: 7,
    now,
    days: 120,
    seed: 42,
  });
  await insertFindingRows(knex, [...rows, ...edgeCases(rows[0])], 100);
  return store;
}

const filters: Array<[string, FindingFilter]> = [
  ['everything', {}],
  ['two teams', { ownerRefs: [syntheticOwner(1), syntheticOwner(4)] }],
  [
    'a few entities',
    {
      entityRefs: [
        'component:default/service-0',
        'component:default/service-50',
        'component:default/shared',
      ],
    },
  ],
  [
    'a period',
    {
      createdFrom: '2026-09-01T00:00:00.000Z',
      createdTo: '2026-10-15T00:00:00.000Z',
    },
  ],
  [
    'what a team member may read',
    {
      criteria: {
        anyOf: [
          { field: 'ownerRef', values: [syntheticOwner(2)] },
          { field: 'reporterRef', values: ['user:default/developer-1'] },
        ],
      },
    },
  ],
  [
    'all but one team',
    { criteria: { not: { field: 'ownerRef', values: [syntheticOwner(0)] } } },
  ],
  ['nothing', { criteria: { field: 'ownerRef', values: [] } }],
];

describe.each(databases.eachSupportedId())(
  'insights aggregated on %s',
  databaseId => {
    let store: DatabaseFindingStore;
    beforeAll(async () => {
      store = await seeded(databaseId);
    });
    afterEach(() => {
      Settings.defaultZone = 'system';
    });

    it.each(filters)(
      'agree with the insights of the loaded findings: %s',
      async (_name, filter) => {
        const expected = computeInsights(
          await store.listAll(filter),
          DEFAULT_SLA_TARGETS,
          now,
        );
        const actual = await aggregated(store, filter, DEFAULT_SLA_TARGETS);
        expect(actual).toEqual(expected);
      },
    );

    it.each([
      'UTC',
      'Europe/London',
      'America/New_York',
      'Australia/Lord_Howe',
    ])(
      'agree on SLAs of days, hours, weeks and months in the zone %s',
      async zone => {
        Settings.defaultZone = zone;
        const expected = computeInsights(
          await store.listAll({}),
          oddTargets,
          now,
        );
        const actual = await aggregated(store, {}, oddTargets);
        expect(actual).toEqual(expected);
      },
    );

    it('names an entity after the owner it was last filed with, and counts it once', async () => {
      const insights = await aggregated(store, {}, DEFAULT_SLA_TARGETS);
      expect(insights.byEntity[0]).toEqual({
        entityRef: 'component:default/shared',
        ownerRef: 'group:default/alpha',
        findings: 2,
        minutesLost: 20_000,
      });
      expect(insights.byEntity).toHaveLength(20);
      expect(insights.totals.findings).toBe(
        insights.weekly.reduce((sum, w) => sum + w.filed, 0),
      );
    });
  },
);

// SQLite groups by sorting every row unless an index hands them over in the
// grouping's order, and computes the times clocks took unless an index holds
// them (migration 20261202_insights_indexes, whose expressions must stay
// written as aggregates.ts writes them). It plans without statistics, so its
// plans are the same whatever the data.
describe('insights aggregated on SQLite', () => {
  it('read each grouping from an index in its order, and sort nothing', async () => {
    const knex = await databases.init('SQLITE_3');
    const store = await DatabaseFindingStore.create({
      database: { getClient: async () => knex, migrations: { skip: false } },
    });
    const statements: Array<{ sql: string; bindings: Knex.RawBinding[] }> = [];
    const record = (q: { sql: string; bindings: Knex.RawBinding[] }) =>
      statements.push(q);
    knex.on('query', record);
    try {
      await store.aggregate(
        {},
        { now, bounds: slaBounds(DEFAULT_SLA_TARGETS) },
      );
    } finally {
      knex.removeListener('query', record);
    }
    const plans = await Promise.all(
      statements.map(async ({ sql, bindings }) =>
        (
          (await knex.raw(`explain query plan ${sql}`, bindings)) as Array<{
            detail: string;
          }>
        ).map(step => step.detail),
      ),
    );
    expect(plans.flat().filter(step => /TEMP B-TREE/.test(step))).toEqual([]);
    expect(
      plans.map(plan => plan.find(step => /^SCAN findings/.test(step))).sort(),
    ).toEqual([
      'SCAN findings USING COVERING INDEX findings_insights_closed_week_index',
      'SCAN findings USING COVERING INDEX findings_insights_filed_week_index',
      'SCAN findings USING COVERING INDEX findings_insights_index',
      'SCAN findings USING COVERING INDEX findings_insights_sla_index',
      'SCAN findings USING COVERING INDEX findings_insights_step_index',
    ]);
  });
});
