import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseSurveyStore } from '../database/DatabaseSurveyStore';

/**
 * The survey store's test databases, SQLite and PostgreSQL both named so
 * that a missing PostgreSQL fails instead of skipping; call it at the top of
 * a test file (it registers the hooks that clean them up).
 */
export function surveyStoreDatabases() {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
  /** A fresh database with the store's migrations, and the store on it. */
  async function storeFor(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const store = await DatabaseSurveyStore.create({
      database: { getClient: async () => knex, migrations: { skip: false } },
    });
    return { store, knex };
  }
  return { databases, storeFor };
}
