// @ts-check

/**
 * The dependency map's history: the fleet's figures once a day (hot spots,
 * groups that fail together, journeys' single points of failure, risks),
 * for the fleet page's trend.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('fleet_daily', table => {
    table.string('day', 10).primary();
    table.integer('entities').notNullable();
    table.integer('hot_spots').notNullable();
    table.integer('top_hot_spot_dependents').notNullable();
    table.integer('correlation_groups').notNullable();
    table.integer('single_points_of_failure').notNullable();
    table.integer('articulation_points').notNullable();
    table.integer('cycles').notNullable();
    table.integer('cron_collisions').notNullable();
    table.integer('saturation').notNullable();
    table.integer('tier_mismatches').notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('fleet_daily');
};
