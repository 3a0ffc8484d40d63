// @ts-check

/**
 * When owners were warned that a finding's SLA clock is about to breach, so
 * that each clock warns once.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('findings', table => {
    table.timestamp('triage_warned_at', { useTz: true });
    table.timestamp('resolve_warned_at', { useTz: true });
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('findings', table => {
    table.dropColumn('triage_warned_at');
    table.dropColumn('resolve_warned_at');
  });
};
