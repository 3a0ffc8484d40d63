// @ts-check

/**
 * Images attached to findings as evidence. The bytes live in the database:
 * they are small (the upload limit is a few MB) and few (ten per finding), and
 * so they are backed up, permission-checked and merged with their finding.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('finding_attachments', table => {
    table.string('id', 36).primary();
    table
      .string('finding_id', 36)
      .notNullable()
      .references('id')
      .inTable('findings')
      .onDelete('CASCADE');
    table.string('file_name', 200).notNullable();
    table.string('content_type', 64).notNullable();
    table.integer('size').notNullable();
    table.string('uploader_ref').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    // Orders images added in the same millisecond as they were added.
    table.integer('seq').notNullable();
    table.binary('data').notNullable();
    table.index(['finding_id', 'created_at']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('finding_attachments');
};
