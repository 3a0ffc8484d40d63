// @ts-check

/**
 * Whether the reporter chose to keep their name from the owners.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('findings', table => {
    table.boolean('reporter_hidden').notNullable().defaultTo(false);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('findings', table => {
    table.dropColumn('reporter_hidden');
  });
};
