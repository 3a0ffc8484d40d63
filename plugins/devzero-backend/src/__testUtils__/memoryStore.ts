import Knex from 'knex';
import { DatabaseFindingStore } from '../database/DatabaseFindingStore';

/** A findings store on an in-memory SQLite database, for tests that need a real one quickly. */
export async function memoryStore() {
  const knex = Knex({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
  });
  const store = await DatabaseFindingStore.create({
    database: { getClient: async () => knex },
  });
  return { store, knex };
}
