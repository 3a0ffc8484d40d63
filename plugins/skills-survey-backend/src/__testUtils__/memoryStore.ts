import Knex from 'knex';
import { DatabaseSurveyStore } from '../database/DatabaseSurveyStore';

/** The survey store on an in-memory SQLite database, for tests of what stands on it. */
export async function memoryStore() {
  const knex = Knex({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
  });
  const store = await DatabaseSurveyStore.create({
    database: { getClient: async () => knex },
  });
  return { store, knex };
}
