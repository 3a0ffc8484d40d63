import fs from 'fs';
import knexFactory, { Knex } from 'knex';
import os from 'os';
import path from 'path';
import { ONLY } from './options';

const DEFAULT_POSTGRES = 'postgresql://postgres:postgres@localhost:5432';

/** The databases to run on, each with a knex client configured as Backstage's connectors do, or why it is skipped. */
export async function databases(): Promise<
  Array<
    | { name: string; knex: Knex; cleanUp: () => Promise<void> }
    | { name: string; skipped: string }
  >
> {
  const result: Awaited<ReturnType<typeof databases>> = [];
  if (ONLY !== 'postgres') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'devzero-bench-'));
    // Backstage's SQLite connector: better-sqlite3, a file, nothing else
    // (no WAL, knex's single connection).
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: path.join(dir, 'devzero.sqlite') },
      useNullAsDefault: true,
    });
    result.push({
      name: 'SQLite (file)',
      knex,
      cleanUp: async () => {
        await knex.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    });
  }
  if (ONLY !== 'sqlite') {
    const given =
      process.env.DEVZERO_BENCH_POSTGRES ??
      process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
    const admin = knexFactory({
      client: 'pg',
      connection: given ?? DEFAULT_POSTGRES,
      pool: { min: 0, max: 1 },
    });
    const database = `devzero_bench_${process.pid}`;
    try {
      await admin.raw('create database ??', [database]);
      // Backstage's PostgreSQL connector: knex's pool (2 to 10 connections).
      const url = new URL(given ?? DEFAULT_POSTGRES);
      url.pathname = `/${database}`;
      const knex = knexFactory({ client: 'pg', connection: url.toString() });
      result.push({
        name: 'PostgreSQL',
        knex,
        cleanUp: async () => {
          await knex.destroy();
          await admin.raw('drop database if exists ??', [database]);
          await admin.destroy();
        },
      });
    } catch (error) {
      await admin.destroy();
      result.push({
        name: 'PostgreSQL',
        skipped: `${
          given ? 'the given' : 'no connection string given, and the default'
        } server (${
          new URL(given ?? DEFAULT_POSTGRES).host
        }) did not take a new database: ${(error as Error).message}`,
      });
    }
  }
  return result;
}
