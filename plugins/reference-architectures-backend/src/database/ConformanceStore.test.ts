import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { ConformanceRow, ConformanceStore } from './ConformanceStore';

// PostgreSQL is named, so that a missing server fails instead of skipping.
const postgresId = (process.env.FITSYS_TEST_POSTGRES_ID ??
  'POSTGRES_15') as TestDatabaseId;
const databases = TestDatabases.create({ ids: ['SQLITE_3', postgresId] });

async function storeFor(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  return ConformanceStore.create({
    database: { getClient: async () => knex, migrations: { skip: false } },
  });
}

const row = (
  adopterRef: string,
  score: number,
  extra: Partial<ConformanceRow> = {},
): ConformanceRow => ({
  adopterRef,
  series: 'event-driven-service',
  version: '2.0.0',
  score,
  conforming: score >= 50,
  outdated: false,
  ...extra,
});

it('runs on PostgreSQL as well as SQLite', () => {
  expect(databases.supports(postgresId)).toBe(true);
});

describe.each(databases.eachSupportedId())(
  'ConformanceStore on %s',
  databaseId => {
    it('keeps one row per adopter and day, replacing a day when it is recorded again', async () => {
      const store = await storeFor(databaseId);
      await store.recordDay('2026-11-30', [
        row('system:default/a', 40),
        row('system:default/b', 100),
      ]);
      await store.recordDay('2026-12-01', [
        row('system:default/a', 60),
        row('system:default/b', 100),
      ]);
      await store.recordDay('2026-12-01', [
        row('system:default/a', 80, { level: 'silver' }),
        row('system:default/b', 100),
      ]);
      await store.recordDay('2026-12-01', [
        row('system:default/a', 80, { level: 'silver' }),
        row('system:default/b', 100),
        row('system:default/other', 10, { series: 'batch' }),
      ]);
      expect(
        await store.seriesTrend('event-driven-service', '2026-11-01'),
      ).toEqual([
        { day: '2026-11-30', adopters: 2, averageScore: 70, conforming: 1 },
        { day: '2026-12-01', adopters: 2, averageScore: 90, conforming: 2 },
      ]);
      expect(
        await store.seriesTrend(
          'event-driven-service',
          '2026-12-01',
          new Set(['system:default/a']),
        ),
      ).toEqual([
        { day: '2026-12-01', adopters: 1, averageScore: 80, conforming: 1 },
      ]);
      expect(
        await store.adopterTrend('system:default/a', '2026-01-01'),
      ).toEqual([
        { day: '2026-11-30', version: '2.0.0', score: 40, conforming: false },
        {
          day: '2026-12-01',
          version: '2.0.0',
          score: 80,
          level: 'silver',
          conforming: true,
        },
      ]);
    });

    it('writes a day of 10,000 adopters in batches', async () => {
      const store = await storeFor(databaseId);
      const rows = Array.from({ length: 10_000 }, (_, i) =>
        row(`system:default/s${i}`, i % 101),
      );
      await store.recordDay('2026-12-02', rows);
      const [point] = await store.seriesTrend(
        'event-driven-service',
        '2026-12-02',
      );
      expect(point.adopters).toBe(10_000);
    });

    it('claims each notification once, even when asked twice at the same time', async () => {
      const store = await storeFor(databaseId);
      const [first, second] = await Promise.all([
        store.claimNotifications(['upgrade:a', 'upgrade:b'], '2026-12-02'),
        store.claimNotifications(['upgrade:b', 'upgrade:c'], '2026-12-02'),
      ]);
      expect([...first, ...second].sort()).toEqual([
        'upgrade:a',
        'upgrade:b',
        'upgrade:c',
      ]);
      expect(
        await store.claimNotifications(
          ['upgrade:a', 'upgrade:d'],
          '2026-12-03',
        ),
      ).toEqual(['upgrade:d']);
    });
  },
);
