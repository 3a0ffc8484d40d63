// @ts-check

/**
 * Findings, their history, comments and "me too"s.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('findings', table => {
    table.string('id', 36).primary();
    table.string('entity_ref').notNullable();
    table.string('owner_ref').notNullable();
    table.string('title', 200).notNullable();
    table.text('scenario').notNullable();
    table.string('journey_step', 32).notNullable();
    table.string('category', 32).notNullable();
    table.string('severity', 32).notNullable();
    table.integer('minutes_lost').notNullable();
    table.integer('total_minutes_lost').notNullable();
    table.text('steps');
    table.text('expected');
    table.text('actual');
    table.string('reporter_ref').notNullable();
    table.boolean('may_contact').notNullable();
    table.string('idempotency_key', 128);
    table.string('status', 32).notNullable();
    table.string('assignee_ref');
    table.timestamp('snoozed_until', { useTz: true });
    table.string('duplicate_of', 36).references('id').inTable('findings');
    table.text('resolution_note');
    table.string('fix_url', 2048);
    table.text('decline_reason');
    table.string('external_url', 2048);
    table.text('links').notNullable();
    table.integer('me_too_count').notNullable().defaultTo(0);
    table.integer('comment_count').notNullable().defaultTo(0);
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.timestamp('triaged_at', { useTz: true });
    table.timestamp('closed_at', { useTz: true });
    table.unique(['reporter_ref', 'idempotency_key']);
    table.index(['owner_ref', 'status', 'created_at']);
    table.index(['entity_ref', 'status']);
    table.index(['status', 'created_at']);
    table.index(['reporter_ref', 'created_at']);
  });
  await knex.schema.createTable('finding_events', table => {
    table.increments('id');
    table
      .string('finding_id', 36)
      .notNullable()
      .references('id')
      .inTable('findings')
      .onDelete('CASCADE');
    table.string('actor_ref').notNullable();
    table.timestamp('at', { useTz: true }).notNullable();
    table.string('action', 32).notNullable();
    table.string('from_status', 32);
    table.string('to_status', 32);
    table.text('note');
    table.index(['finding_id', 'id']);
  });
  await knex.schema.createTable('finding_comments', table => {
    table.increments('id');
    table
      .string('finding_id', 36)
      .notNullable()
      .references('id')
      .inTable('findings')
      .onDelete('CASCADE');
    table.string('author_ref').notNullable();
    table.text('body').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['finding_id', 'id']);
  });
  await knex.schema.createTable('finding_me_toos', table => {
    table
      .string('finding_id', 36)
      .notNullable()
      .references('id')
      .inTable('findings')
      .onDelete('CASCADE');
    table.string('user_ref').notNullable();
    table.integer('minutes_lost').notNullable();
    table.text('note');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.primary(['finding_id', 'user_ref']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('finding_me_toos');
  await knex.schema.dropTable('finding_comments');
  await knex.schema.dropTable('finding_events');
  await knex.schema.dropTable('findings');
};
