import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { FleetFigures } from '@internal/plugin-dependency-map-common';
import { FleetHistoryStore } from './FleetHistoryStore';

const postgresId = (process.env.FITSYS_TEST_POSTGRES_ID ??
  'POSTGRES_15') as TestDatabaseId;
const databases = TestDatabases.create({ ids: ['SQLITE_3', postgresId] });

const figures = (day: string, hotSpots: number): FleetFigures => ({
  day,
  entities: 200,
  hotSpots,
  topHotSpotDependents: 105,
  correlationGroups: 4,
  singlePointsOfFailure: 9,
  articulationPoints: 12,
  cycles: 1,
  cronCollisions: 2,
  saturation: 1,
  tierMismatches: 3,
});

it('runs on PostgreSQL as well as SQLite', () => {
  expect(databases.supports(postgresId)).toBe(true);
});

describe.each(databases.eachSupportedId())(
  'FleetHistoryStore on %s',
  databaseId => {
    it("keeps one record a day, the day's last, and answers the days since a date in order", async () => {
      const knex = await databases.init(databaseId);
      const store = await FleetHistoryStore.create({
        database: { getClient: async () => knex, migrations: { skip: false } },
      });
      await store.record(figures('2026-12-01', 30));
      await store.record(figures('2026-11-20', 40));
      await store.record(figures('2026-12-01', 31));
      await store.record(figures('2026-12-02', 28));
      expect(await store.since('2026-11-25')).toEqual([
        figures('2026-12-01', 31),
        figures('2026-12-02', 28),
      ]);
      expect((await store.since('2026-01-01')).map(f => f.day)).toEqual([
        '2026-11-20',
        '2026-12-01',
        '2026-12-02',
      ]);
    });
  },
);
