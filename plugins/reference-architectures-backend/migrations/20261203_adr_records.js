// @ts-check

/**
 * Architecture decision records read from the entities that carry
 * `backstage.io/adr-location`: where each entity's records were read from
 * (with the reader's ETag and the last error), and the records themselves.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('adr_sources', table => {
    table.string('entity_ref', 255).primary();
    table.string('location', 1024).notNullable();
    table.string('etag', 255).nullable();
    table.string('read_at', 24).notNullable();
    table.string('error', 1000).nullable();
    table.integer('records').notNullable();
    table.integer('skipped').notNullable();
  });
  await knex.schema.createTable('adr_records', table => {
    table.string('entity_ref', 255).notNullable();
    table.string('id', 200).notNullable();
    table.string('title', 200).notNullable();
    table.string('status', 16).notNullable();
    table.string('date', 10).notNullable();
    table.string('revisit_by', 10).nullable();
    table.string('summary', 400).nullable();
    table.string('url', 1024).nullable();
    table.primary(['entity_ref', 'id']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('adr_records');
  await knex.schema.dropTable('adr_sources');
};
