// @ts-check

/**
 * The skills survey's tables. Who answered (participations) and what was
 * answered (answers, ratings) share no column but the campaign's id: answers
 * have random ids and no time at all, participations a day at most. On
 * SQLite the person-bearing and answer-bearing tables are WITHOUT ROWID, so
 * that rows are kept in the order of their (random or alphabetical) keys,
 * not in the order they were written. See docs/skills-survey.md for what
 * PostgreSQL's own row order still tells someone with SQL access.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  const sqlite = knex.client.config.client !== 'pg';
  /**
   * @param {string} name
   * @param {(table: import('knex').Knex.CreateTableBuilder) => void} build
   */
  const create = async (name, build) => {
    if (!sqlite) {
      await knex.schema.createTable(name, build);
      return;
    }
    const statements = knex.schema.createTable(name, build).toSQL();
    for (const [i, s] of statements.entries()) {
      await knex.raw(i === 0 ? `${s.sql} WITHOUT ROWID` : s.sql, s.bindings);
    }
  };

  await knex.schema.createTable('campaigns', table => {
    table.string('id', 36).primary();
    table.string('name', 80).notNullable().unique();
    table.text('intro').notNullable();
    table.string('opens_on', 10).notNullable();
    table.string('closes_on', 10).notNullable();
    table.string('status', 10).notNullable();
    table.text('technology_ids').notNullable();
    table.string('created_by', 255).notNullable();
    table.string('created_on', 10).notNullable();
    table.string('opened_on', 10);
    table.string('closed_on', 10);
    // JSON: technologies, scale, teams and minimum group size at opening.
    table.text('snapshot');
  });
  // Who was in which team when the campaign opened: a list of people, not
  // of who answered.
  await create('campaign_members', table => {
    table.string('campaign_id', 36).notNullable();
    table.string('person_ref', 255).notNullable();
    table.string('team_ref', 255).notNullable();
    table.primary(['campaign_id', 'person_ref']);
  });
  await create('participations', table => {
    table.string('campaign_id', 36).notNullable();
    table.string('person_ref', 255).notNullable();
    // A day, never a time.
    table.string('answered_on', 10).notNullable();
    table.primary(['campaign_id', 'person_ref']);
  });
  await create('answers', table => {
    // 128 random bits.
    table.string('id', 22).primary();
    table.string('campaign_id', 36).notNullable();
    // The team as snapshotted at opening ('' for the organisation).
    table.string('team_ref', 255).notNullable();
    // SHA-256 of the campaign's id and the receipt the browser keeps.
    table.string('receipt_hash', 64).notNullable().unique();
    table.text('help_text');
    table.boolean('text_held').notNullable().defaultTo(false);
    table.index(['campaign_id', 'team_ref'], 'answers_campaign_team_idx');
  });
  await create('ratings', table => {
    table.string('answer_id', 22).notNullable();
    table.string('technology_id', 64).notNullable();
    // A level of the campaign's scale; null for "not applicable".
    table.smallint('level');
    table.boolean('want_to_learn').notNullable();
    table.primary(['answer_id', 'technology_id']);
  });
  // Published aggregates, computed when a campaign closes; withheld cells
  // keep their status only.
  await knex.schema.createTable('result_cells', table => {
    table.string('campaign_id', 36).notNullable();
    // '' for the respondent counts.
    table.string('technology_id', 64).notNullable();
    // '' for the organisation.
    table.string('team_ref', 255).notNullable();
    table.string('status', 20).notNullable();
    table.integer('respondents');
    table.text('levels');
    table.integer('not_applicable');
    table.integer('want_to_learn');
    table.primary(['campaign_id', 'technology_id', 'team_ref']);
    // The organisation-wide cells of a campaign (the gaps list).
    table.index(['campaign_id', 'team_ref'], 'result_cells_team_idx');
  });
  // People who offer help, by name, by choice: never joined to answers.
  await knex.schema.createTable('helpers', table => {
    table.string('user_ref', 255).notNullable();
    table.string('technology_id', 64).notNullable();
    table.string('note', 280);
    table.string('since', 10).notNullable();
    table.primary(['user_ref', 'technology_id']);
    table.index(['technology_id'], 'helpers_technology_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const name of [
    'helpers',
    'result_cells',
    'ratings',
    'answers',
    'participations',
    'campaign_members',
    'campaigns',
  ]) {
    await knex.schema.dropTable(name);
  }
};
