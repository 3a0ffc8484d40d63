// @ts-check

/**
 * Indexes for the findings list at 100,000 findings (see docs/devzero.md,
 * Benchmark).
 *
 * SQLite plans without statistics (Backstage never runs ANALYZE) and takes
 * any equality on an index's first column for a needle in a haystack: with
 * (status, created_at) it answered the inbox by walking every new finding,
 * and "status is one of three" by sorting half the table. Leading with
 * created_at instead, the list walks findings newest (or oldest) first and
 * checks status and severity from the index, and the inbox takes the
 * (owner_ref, status, created_at) index. The sorts other than by severity get
 * their own index, and so does the assignee.
 *
 * The insights aggregate every finding a viewer may read, in several
 * passes; one narrow index holding every column they group, count and
 * filter by lets each pass read it instead of the whole rows (in SQLite,
 * five to ten times faster).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('findings', table => {
    table.dropIndex(['status', 'created_at']);
    table.index(['created_at', 'status', 'severity']);
    table.index(['updated_at']);
    table.index(['total_minutes_lost']);
    table.index(['assignee_ref']);
    table.index(
      [
        'owner_ref',
        'entity_ref',
        'category',
        'journey_step',
        'severity',
        'status',
        'created_at',
        'triaged_at',
        'closed_at',
        'total_minutes_lost',
        'reporter_ref',
      ],
      'findings_insights_index',
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('findings', table => {
    table.dropIndex([], 'findings_insights_index');
    table.dropIndex(['assignee_ref']);
    table.dropIndex(['total_minutes_lost']);
    table.dropIndex(['updated_at']);
    table.dropIndex(['created_at', 'status', 'severity']);
    table.index(['status', 'created_at']);
  });
};
