// @ts-check

/**
 * A team's inbox and its filtered lists, answered from one index (see
 * docs/devzero.md, Benchmark).
 *
 * The (owner_ref, status, created_at) index found a team's new findings but
 * then read each row for what the query also checks or sorts by: the snooze,
 * the severity, the id that breaks ties, the minutes lost. This one holds
 * them all after the team and the status, so SQLite counts a team's findings
 * from the index alone and sorts its page without reading the rows it leaves
 * out; at 100,000 findings the inbox's two queries took under half the time,
 * and a count with a severity a twentieth. PostgreSQL counts from it with an
 * index-only scan.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('findings', table => {
    table.dropIndex(['owner_ref', 'status', 'created_at']);
    table.index(
      [
        'owner_ref',
        'status',
        'severity',
        'created_at',
        'id',
        'total_minutes_lost',
        'updated_at',
        'snoozed_until',
      ],
      'findings_team_list_index',
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('findings', table => {
    table.dropIndex([], 'findings_team_list_index');
    table.index(['owner_ref', 'status', 'created_at']);
  });
};
