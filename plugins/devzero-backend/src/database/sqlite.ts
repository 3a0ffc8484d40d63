import { Knex } from 'knex';

/** Whether knex talks to SQLite (better-sqlite3 or sqlite3) rather than PostgreSQL. */
export function isSqlite(knex: Knex) {
  return knex.client.config.client !== 'pg';
}

/**
 * Settings for each of the plugin's SQLite connections.
 *
 * SQLite keeps 2 MiB of the database's pages in memory unless told more.
 * With 100,000 findings (a 200 MiB file) a list or an inbox then reads most
 * of its pages from the operating system, a system call each, which doubled
 * a request's time in the benchmark. 64 MiB holds the indexes and the rows
 * most read; SQLite takes the memory only as pages are read.
 *
 * knex prepares every statement it runs, which costs as much as a short
 * query (25 µs for an inbox page) and gets nothing from SQLite's own cache.
 * better-sqlite3 runs a prepared statement again as often as asked, and
 * knex only ever runs one to completion (`all` or `run`), so the statements
 * most recently used are kept, by their text; SQLite prepares a kept one
 * again by itself if a migration changes the schema under it.
 *
 * The settings belong to a connection, so every new one of the pool gets
 * them too, as Backstage's own SQLite connector sets its foreign keys.
 */
export async function tuneSqlite(knex: Knex) {
  const tune = (connection: SqliteConnection) => {
    connection.exec('PRAGMA cache_size = -65536');
    if (knex.client.config.client === 'better-sqlite3')
      keepStatements(connection);
  };
  const pool = (knex.client as any).pool;
  pool?.on?.('createSuccess', (_id: unknown, connection: SqliteConnection) =>
    tune(connection),
  );
  // The connection the migrations used is already in the pool.
  const connection = await (knex.client as any).acquireConnection();
  try {
    tune(connection);
  } finally {
    await (knex.client as any).releaseConnection(connection);
  }
}

interface SqliteConnection {
  exec(sql: string): unknown;
  prepare(sql: string): unknown;
}

const KEPT_STATEMENTS = 200;
const kept = Symbol('devzero kept statements');

/** Makes `prepare` hand back the statements it made most recently for the same text. */
function keepStatements(connection: SqliteConnection & { [kept]?: true }) {
  if (connection[kept]) return;
  connection[kept] = true;
  const prepare = connection.prepare.bind(connection);
  const statements = new Map<string, unknown>();
  connection.prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement) {
      statements.delete(sql); // to the back: most recently used
    } else {
      statement = prepare(sql);
      if (statements.size >= KEPT_STATEMENTS)
        statements.delete(statements.keys().next().value!);
    }
    statements.set(sql, statement);
    return statement;
  };
}
