import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { fixtureCatalog } from '../__testUtils__/fixture';
import { ConformanceStore } from '../database/ConformanceStore';
import { ArchitectureLibrary } from '../model/ArchitectureLibrary';
import { DailyTask } from './DailyTask';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('DailyTask', () => {
  it("records today's conformance of every matched adopter and sends each notification once", async () => {
    const knex = await databases.init('SQLITE_3');
    const store = await ConformanceStore.create({
      database: { getClient: async () => knex, migrations: { skip: false } },
    });
    const sent: any[] = [];
    const task = new DailyTask({
      library: async () =>
        new ArchitectureLibrary(
          fixtureCatalog(),
          new Date('2026-12-02T10:00:00Z'),
        ),
      store,
      notifications: { send: async (options: any) => void sent.push(options) },
      logger: mockServices.logger.mock(),
    });

    // orders, billing and nightly-report; ghost and typo match no version.
    expect(await task.run()).toEqual({ recorded: 3, notified: 2 });
    expect(sent.map(s => [s.recipients, s.payload.title])).toEqual([
      [
        { type: 'entity', entityRef: ['group:default/orders-team'] },
        'billing follows Event-driven service 1.2.0; 2.0.0 is recommended',
      ],
      [
        { type: 'entity', entityRef: ['group:default/platform'] },
        'Revisit due: Outbox over dual writes',
      ],
    ]);
    expect(
      await store.seriesTrend('event-driven-service', '2026-12-01'),
    ).toEqual([
      { day: '2026-12-02', adopters: 2, averageScore: 100, conforming: 2 },
    ]);

    // The next hour: the day is recorded again, nothing is sent twice.
    expect(await task.run()).toEqual({ recorded: 3, notified: 0 });
    expect(sent).toHaveLength(2);
  });

  it('keeps going when a notification cannot be sent', async () => {
    const knex = await databases.init('SQLITE_3');
    const store = await ConformanceStore.create({
      database: { getClient: async () => knex, migrations: { skip: false } },
    });
    const logger = mockServices.logger.mock();
    const task = new DailyTask({
      library: async () =>
        new ArchitectureLibrary(
          fixtureCatalog(),
          new Date('2026-12-02T10:00:00Z'),
        ),
      store,
      notifications: {
        send: async () => {
          throw new Error('notifications are down');
        },
      },
      logger,
    });
    expect(await task.run()).toEqual({ recorded: 3, notified: 0 });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('notifications are down'),
    );
  });
});
