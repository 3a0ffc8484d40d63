import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseFindingStore } from '../database/DatabaseFindingStore';

export const riley = 'user:default/riley.novak';
export const sam = 'user:default/sam.okafor';

/** 09:00 UTC on a day of November 2026. */
export const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));

/**
 * The findings store's test databases, SQLite and PostgreSQL both named so
 * that a missing PostgreSQL fails instead of skipping; call it at the top of
 * a test file (it registers the hooks that clean them up).
 */
export function findingStoreDatabases() {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
  /** A fresh database with the store's migrations, and the store on it. */
  async function storeFor(databaseId: TestDatabaseId, countLimit?: number) {
    const knex = await databases.init(databaseId);
    const store = await DatabaseFindingStore.create({
      database: { getClient: async () => knex, migrations: { skip: false } },
      countLimit,
    });
    return { store, knex };
  }
  return { databases, storeFor };
}
