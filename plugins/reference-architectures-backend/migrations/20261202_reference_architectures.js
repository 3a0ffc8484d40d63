// @ts-check

/**
 * The reference architectures' history: each adopter's conformance once a
 * day (the trend per adopter and per reference architecture), and the
 * notifications already sent (so each is sent once).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('conformance_daily', table => {
    table.string('day', 10).notNullable();
    table.string('adopter_ref', 255).notNullable();
    table.string('series', 63).notNullable();
    table.string('version', 64).notNullable();
    table.integer('score').notNullable();
    table.string('level', 63).nullable();
    table.boolean('conforming').notNullable();
    table.boolean('outdated').notNullable();
    table.primary(['day', 'adopter_ref']);
    table.index(['series', 'day'], 'conformance_daily_series_day_idx');
    table.index(['adopter_ref', 'day'], 'conformance_daily_adopter_day_idx');
  });
  await knex.schema.createTable('notifications_sent', table => {
    table.string('key', 400).primary();
    table.string('sent_on', 10).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('notifications_sent');
  await knex.schema.dropTable('conformance_daily');
};
