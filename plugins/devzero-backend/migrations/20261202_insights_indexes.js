// @ts-check

/**
 * The insights over every finding in fewer and cheaper passes (see
 * docs/devzero.md, Benchmark). The expressions below are written exactly as
 * src/database/operations/aggregates.ts writes them: a database matches an
 * indexed expression, or one it keeps statistics on, by its form.
 *
 * SQLite groups by sorting, unless an index hands the rows over in the
 * grouping's order, and it computes every expression for every row, unless
 * an index holds its value (SQLite 3.41 and later read it from there). The
 * categories and steps, and the weeks findings were filed and closed in,
 * each sorted all 100,000 findings (60 to 80 ms apiece); these indexes lead
 * with what they group by, the weeks as indexed expressions. The owners'
 * SLA results computed the time each clock took, twice or three times per
 * finding; the owners' index holds those times. Each index also holds what
 * the insights filter by (owner, entity, reporter, filing time), so that
 * SQLite reads it alone when a filter or a permission applies.
 *
 * PostgreSQL groups the entities, the categories and steps, and the weeks in
 * one hashed pass, if it expects few weeks: it knows no more of an
 * expression than of its column, and guessed a week per finding, so it
 * sorted them all on disk. Statistics on the two week expressions (PG 14
 * and later; skipped before, in a savepoint) tell it there are a few dozen;
 * ANALYZE fills them here (it samples 30,000 rows at most), and autovacuum
 * keeps them.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  if (knex.client.config.client === 'pg') {
    try {
      await knex.transaction(async trx => {
        for (const [name, column] of [
          ['findings_filed_week_statistics', 'created_at'],
          ['findings_closed_week_statistics', 'closed_at'],
        ]) {
          await trx.raw(
            `create statistics ${name} on (floor((date_part('epoch', ${column} - timestamptz 'epoch') + 259200) / 604800)) from findings`,
          );
        }
        // Filled now, not when autovacuum next finds enough changed rows.
        await trx.raw('analyze findings');
      });
    } catch {
      // Before PostgreSQL 14: the insights sort the weeks instead.
    }
    return;
  }
  const took = (/** @type {string} */ stopped) =>
    `round((unixepoch(${stopped}, 'subsec') - unixepoch(created_at, 'subsec')) * 1000)`;
  const week = (/** @type {string} */ time) =>
    `((unixepoch(${time}) + 259200) / 604800)`;
  const filters = 'owner_ref, entity_ref, reporter_ref, created_at';
  await knex.raw(
    `create index findings_insights_sla_index on findings (owner_ref, severity, status, created_at, triaged_at, closed_at, total_minutes_lost, ${took(
      'coalesce(triaged_at, closed_at)',
    )}, ${took('triaged_at')}, ${took('closed_at')}, entity_ref, reporter_ref)`,
  );
  await knex.raw(
    `create index findings_insights_step_index on findings (category, journey_step, status, total_minutes_lost, ${filters})`,
  );
  await knex.raw(
    `create index findings_insights_filed_week_index on findings (${week(
      'created_at',
    )}, status, total_minutes_lost, ${filters})`,
  );
  await knex.raw(
    `create index findings_insights_closed_week_index on findings (${week(
      'closed_at',
    )}, ${filters}, closed_at) where closed_at is not null`,
  );
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  if (knex.client.config.client === 'pg') {
    await knex.raw('drop statistics if exists findings_closed_week_statistics');
    await knex.raw('drop statistics if exists findings_filed_week_statistics');
    return;
  }
  for (const index of [
    'findings_insights_closed_week_index',
    'findings_insights_filed_week_index',
    'findings_insights_step_index',
    'findings_insights_sla_index',
  ]) {
    await knex.raw(`drop index ${index}`);
  }
};
