import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import {
  AdopterTrendPoint,
  TrendPoint,
} from '@internal/plugin-reference-architectures-common';
import { Knex } from 'knex';
import { AdrStore } from './AdrStore';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-reference-architectures-backend',
  'migrations',
);

/** Rows written per insert statement: under SQLite's 999 bound parameters. */
const BATCH = 100;

/** One adopter's conformance on one day. */
export interface ConformanceRow {
  adopterRef: string;
  series: string;
  version: string;
  score: number;
  level?: string;
  conforming: boolean;
  outdated: boolean;
}

export type { AdopterTrendPoint };

/**
 * The reference architectures' history in the plugin's database (SQLite or
 * PostgreSQL): each adopter's conformance once a day, and the notifications
 * already sent.
 */
export class ConformanceStore {
  static async create(options: { database: DatabaseService }) {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new ConformanceStore(client);
  }

  /** The ADRs read from entities, in the same database. */
  adrs(): AdrStore {
    return new AdrStore(this.knex);
  }

  constructor(private readonly knex: Knex) {}

  /** Replaces the day's rows with these, in one transaction. */
  async recordDay(day: string, rows: ConformanceRow[]): Promise<void> {
    await this.knex.transaction(async tx => {
      await tx('conformance_daily').where({ day }).delete();
      for (let i = 0; i < rows.length; i += BATCH) {
        await tx('conformance_daily').insert(
          rows.slice(i, i + BATCH).map(row => ({
            day,
            adopter_ref: row.adopterRef,
            series: row.series,
            version: row.version,
            score: row.score,
            level: row.level ?? null,
            conforming: row.conforming,
            outdated: row.outdated,
          })),
        );
      }
    });
  }

  /**
   * A reference architecture's adopters per day since `fromDay`: how many,
   * their average score and how many conform. With `visible`, only those
   * adopters count (a caller who sees part of the catalog).
   */
  async seriesTrend(
    series: string,
    fromDay: string,
    visible?: ReadonlySet<string>,
  ): Promise<TrendPoint[]> {
    const rows: Array<{
      day: string;
      adopter_ref: string;
      score: number;
      conforming: boolean | number;
    }> = await this.knex('conformance_daily')
      .select('day', 'adopter_ref', 'score', 'conforming')
      .where('series', series)
      .andWhere('day', '>=', fromDay)
      .orderBy('day');
    const days = new Map<
      string,
      { adopters: number; total: number; conforming: number }
    >();
    for (const row of rows) {
      if (visible && !visible.has(row.adopter_ref)) continue;
      const point = days.get(row.day) ?? {
        adopters: 0,
        total: 0,
        conforming: 0,
      };
      point.adopters += 1;
      point.total += row.score;
      if (row.conforming) point.conforming += 1;
      days.set(row.day, point);
    }
    return [...days].map(([day, p]) => ({
      day,
      adopters: p.adopters,
      averageScore: Math.round(p.total / p.adopters),
      conforming: p.conforming,
    }));
  }

  /** One adopter's conformance per day since `fromDay`. */
  async adopterTrend(
    adopterRef: string,
    fromDay: string,
  ): Promise<AdopterTrendPoint[]> {
    const rows = await this.knex('conformance_daily')
      .select('day', 'version', 'score', 'level', 'conforming')
      .where('adopter_ref', adopterRef)
      .andWhere('day', '>=', fromDay)
      .orderBy('day');
    return rows.map(row => ({
      day: row.day,
      version: row.version,
      score: row.score,
      ...(row.level ? { level: row.level } : {}),
      conforming: Boolean(row.conforming),
    }));
  }

  /**
   * Marks notifications as sent and answers the keys that were not sent
   * before, so that each is sent once even when two replicas run the task.
   */
  async claimNotifications(keys: string[], day: string): Promise<string[]> {
    const claimed: string[] = [];
    for (const key of keys) {
      // Only a row this call inserted comes back: one another replica
      // inserted first is ignored, and its notification is not sent twice.
      const inserted: Array<{ key: string }> = await this.knex(
        'notifications_sent',
      )
        .insert({ key, sent_on: day })
        .onConflict('key')
        .ignore()
        .returning('key');
      if (inserted.length > 0) claimed.push(key);
    }
    return claimed;
  }
}
