import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { FleetFigures } from '@internal/plugin-dependency-map-common';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-dependency-map-backend',
  'migrations',
);

const COLUMNS: Array<[keyof Omit<FleetFigures, 'day'>, string]> = [
  ['entities', 'entities'],
  ['hotSpots', 'hot_spots'],
  ['topHotSpotDependents', 'top_hot_spot_dependents'],
  ['correlationGroups', 'correlation_groups'],
  ['singlePointsOfFailure', 'single_points_of_failure'],
  ['articulationPoints', 'articulation_points'],
  ['cycles', 'cycles'],
  ['cronCollisions', 'cron_collisions'],
  ['saturation', 'saturation'],
  ['tierMismatches', 'tier_mismatches'],
];

/** The fleet's figures once a day, in the plugin's database (SQLite or PostgreSQL). */
export class FleetHistoryStore {
  static async create(options: { database: DatabaseService }) {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new FleetHistoryStore(client);
  }

  constructor(private readonly knex: Knex) {}

  /** Records a day's figures, replacing that day's earlier record. */
  async record(figures: FleetFigures): Promise<void> {
    const row: Record<string, string | number> = { day: figures.day };
    for (const [field, column] of COLUMNS) row[column] = figures[field];
    await this.knex('fleet_daily').insert(row).onConflict('day').merge();
  }

  /** The figures of every recorded day since `fromDay`, oldest first. */
  async since(fromDay: string): Promise<FleetFigures[]> {
    const rows = await this.knex('fleet_daily')
      .where('day', '>=', fromDay)
      .orderBy('day');
    return rows.map(row => {
      const figures = { day: row.day } as FleetFigures;
      for (const [field, column] of COLUMNS)
        figures[field] = Number(row[column]);
      return figures;
    });
  }
}
