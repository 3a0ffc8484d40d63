// @ts-check

/**
 * An index for text search: a finding whose title or scenario contains the
 * searched text, anywhere and in any case (see docs/devzero.md, Benchmark).
 *
 * PostgreSQL: trigram indexes (pg_trgm) on lower(title) and lower(scenario),
 * which the planner uses for the `lower(…) like '%…%'` the store sends. The
 * extension is trusted since PostgreSQL 13, so the plugin's own user may
 * create it. Where it may not, or pg_trgm is not installed, the migration
 * goes on without the indexes (in a savepoint, so nothing else is undone):
 * search still works, by reading every finding. A database administrator can
 * add them later with the statements below.
 *
 * SQLite: an FTS5 table with the trigram tokenizer, holding each finding's id
 * (not indexed), title and scenario, kept in step by triggers. It is keyed by
 * the finding's id, not its rowid, because SQLite may renumber the rowids of
 * a table without an integer primary key (VACUUM, and knex's copy-and-rename
 * when a later migration alters the table). Such a migration drops the
 * table's triggers and must create them again. Titles and scenarios are
 * never edited and findings never deleted, so the triggers that find a row
 * by its unindexed id (a scan of the search table) do not run in practice.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  if (knex.client.config.client === 'pg') {
    try {
      await knex.transaction(async trx => {
        await trx.raw('create extension if not exists pg_trgm');
        await trx.raw(
          'create index findings_title_trgm_index on findings using gin (lower(title) gin_trgm_ops)',
        );
        await trx.raw(
          'create index findings_scenario_trgm_index on findings using gin (lower(scenario) gin_trgm_ops)',
        );
      });
    } catch {
      // No pg_trgm here: search reads every finding instead.
    }
    return;
  }
  await knex.raw(
    `create virtual table findings_search using fts5(id unindexed, title, scenario, tokenize = 'trigram')`,
  );
  await knex.raw(
    'insert into findings_search (id, title, scenario) select id, title, scenario from findings',
  );
  await knex.raw(`
    create trigger findings_search_insert after insert on findings begin
      insert into findings_search (id, title, scenario)
      values (new.id, new.title, new.scenario);
    end`);
  await knex.raw(`
    create trigger findings_search_update after update of id, title, scenario on findings begin
      delete from findings_search where id = old.id;
      insert into findings_search (id, title, scenario)
      values (new.id, new.title, new.scenario);
    end`);
  await knex.raw(`
    create trigger findings_search_delete after delete on findings begin
      delete from findings_search where id = old.id;
    end`);
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  if (knex.client.config.client === 'pg') {
    await knex.raw('drop index if exists findings_scenario_trgm_index');
    await knex.raw('drop index if exists findings_title_trgm_index');
    return;
  }
  await knex.raw('drop trigger findings_search_delete');
  await knex.raw('drop trigger findings_search_update');
  await knex.raw('drop trigger findings_search_insert');
  await knex.raw('drop table findings_search');
};
