// @ts-check

/**
 * PostgreSQL: a team's text search read from one index (see docs/devzero.md,
 * Benchmark). A search within a team checks the text of each of the team's
 * findings, newest first. Read from the table, that is a page per finding
 * (about 1,000 for a team of 100,000 findings, 5 ms); through the trigram
 * indexes, the thousands of findings a common word is in across all teams
 * (4 to 14 ms). This index holds, after the team and the filing time, the
 * title and scenario and what a search's list filters or sorts by besides,
 * so PostgreSQL reads a team's search from about 40 of its pages alone
 * (1.5 ms), in its order. Across teams the trigram indexes stay the way.
 *
 * SQLite reads a team's candidates' text already (see
 * src/database/operations/filters.ts); it gets nothing here.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  if (knex.client.config.client !== 'pg') return;
  await knex.raw(
    'create index findings_team_search_index on findings (owner_ref, created_at, id) include (status, severity, total_minutes_lost, updated_at, title, scenario)',
  );
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  if (knex.client.config.client !== 'pg') return;
  await knex.raw('drop index findings_team_search_index');
};
