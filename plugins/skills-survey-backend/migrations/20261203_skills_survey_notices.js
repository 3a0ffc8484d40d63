// @ts-check

/**
 * Notices sent about campaigns: a reminder to those who have not answered
 * (one per campaign and week) and the notice that results are published (one
 * per campaign). Each row is claimed before its notice is sent, so that no
 * two replicas send one twice. Who is reminded is not stored.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('campaign_notices', table => {
    table.string('campaign_id', 36).notNullable();
    table.string('kind', 20).notNullable();
    // The Monday of the week for a reminder; "-" for the one-off notice.
    table.string('period', 10).notNullable();
    table.string('sent_on', 10).notNullable();
    table.primary(['campaign_id', 'kind', 'period']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('campaign_notices');
};
