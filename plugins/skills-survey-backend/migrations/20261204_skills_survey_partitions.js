// @ts-check

/**
 * Ratings carry their campaign's id, and on PostgreSQL the person and answer
 * tables (campaign_members, participations, answers, ratings) are
 * partitioned by campaign: a table of each a campaign, made when it opens,
 * so that closing rewrites (CLUSTERs) that campaign's rows only, not every
 * campaign's. Existing rows are copied into their campaign's partitions in
 * the order of their keys (people by name, answers by their random id), not
 * in the order they were written, and the old tables dropped.
 *
 * SQLite has no partitions and no rewrite at closing (its person and answer
 * tables are WITHOUT ROWID, kept in key order): `ratings` gains the
 * campaign's id only.
 *
 * Partitions are named `<table>_<md5 of the campaign id>`; the code that
 * makes them when a campaign opens (src/database/operations/partitions.ts)
 * names them the same way.
 */

const crypto = require('crypto');

/** The tables, their columns and keys, as partitioned. */
const TABLES = [
  {
    name: 'campaign_members',
    columns: `campaign_id varchar(36) not null,
      person_ref varchar(255) not null,
      team_ref varchar(255) not null`,
    keys: 'constraint campaign_members_pkey primary key (campaign_id, person_ref)',
    copy: `select campaign_id, person_ref, team_ref from campaign_members_unpartitioned
      order by campaign_id, person_ref`,
  },
  {
    name: 'participations',
    columns: `campaign_id varchar(36) not null,
      person_ref varchar(255) not null,
      answered_on varchar(10) not null`,
    keys: 'constraint participations_pkey primary key (campaign_id, person_ref)',
    copy: `select campaign_id, person_ref, answered_on from participations_unpartitioned
      order by campaign_id, person_ref`,
  },
  {
    name: 'answers',
    columns: `id varchar(22) not null,
      campaign_id varchar(36) not null,
      team_ref varchar(255) not null,
      receipt_hash varchar(64) not null,
      help_text text,
      text_held boolean not null default false`,
    // A receipt's hash is of the campaign's id and the receipt: unique
    // within its campaign is unique.
    keys: `constraint answers_pkey primary key (campaign_id, id),
      constraint answers_receipt_hash_unique unique (campaign_id, receipt_hash)`,
    index:
      'create index answers_campaign_team_idx on answers (campaign_id, team_ref)',
    copy: `select id, campaign_id, team_ref, receipt_hash, help_text, text_held
      from answers_unpartitioned order by campaign_id, id`,
  },
  {
    name: 'ratings',
    columns: `campaign_id varchar(36) not null,
      answer_id varchar(22) not null,
      technology_id varchar(64) not null,
      level smallint,
      want_to_learn boolean not null`,
    keys: 'constraint ratings_pkey primary key (campaign_id, answer_id, technology_id)',
    copy: `select a.campaign_id, r.answer_id, r.technology_id, r.level, r.want_to_learn
      from ratings_unpartitioned r join answers_unpartitioned a on a.id = r.answer_id
      order by a.campaign_id, r.answer_id, r.technology_id`,
  },
];

/** @param {string} table @param {string} campaignId */
const partitionName = (table, campaignId) =>
  `${table}_${crypto.createHash('md5').update(campaignId).digest('hex')}`;

/**
 * @param {import('knex').Knex} knex
 * @param {string} table
 */
async function countOf(knex, table) {
  const [{ n }] = await knex(table).count({ n: '*' });
  return Number(n);
}

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  if (knex.client.config.client !== 'pg') {
    await knex.schema.alterTable('ratings', table => {
      table.string('campaign_id', 36).notNullable().defaultTo('');
    });
    await knex.raw(
      `update ratings set campaign_id =
         (select a.campaign_id from answers a where a.id = ratings.answer_id)
       where exists (select 1 from answers a where a.id = ratings.answer_id)`,
    );
    return;
  }
  const campaignIds = (
    await knex.raw(
      `select id from campaigns
       union select campaign_id from campaign_members
       union select campaign_id from participations
       union select campaign_id from answers`,
    )
  ).rows.map((/** @type {{ id: string }} */ r) => r.id);
  for (const table of TABLES) {
    const before = await countOf(knex, table.name);
    await knex.raw('alter table ?? rename to ??', [
      table.name,
      `${table.name}_unpartitioned`,
    ]);
    // Its indexes (and the constraints they back) make way for the new ones.
    const indexes = await knex.raw(
      `select indexname from pg_indexes
       where schemaname = current_schema() and tablename = ?`,
      [`${table.name}_unpartitioned`],
    );
    for (const { indexname } of indexes.rows)
      await knex.raw('alter index ?? rename to ??', [
        indexname,
        `${indexname}_unpartitioned`,
      ]);
    await knex.raw(
      `create table ${table.name} (${table.columns}, ${table.keys})
       partition by list (campaign_id)`,
    );
    if (table.index) await knex.raw(table.index);
    for (const id of campaignIds) {
      // DDL takes no parameters: campaign ids are random UUIDs.
      if (!/^[0-9a-f-]{36}$/i.test(id))
        throw new Error(`campaign ${id}: not an id a partition is made for`);
      await knex.raw(
        `create table ?? partition of ?? for values in ('${id}')`,
        [partitionName(table.name, id), table.name],
      );
    }
    await knex.raw(`insert into ${table.name} ${table.copy}`);
    const after = await countOf(knex, table.name);
    if (after !== before)
      throw new Error(
        `${table.name}: ${before} rows before partitioning, ${after} after; nothing was changed`,
      );
  }
  // Ratings join their answers: dropped once every table is copied.
  for (const table of [...TABLES].reverse())
    await knex.schema.dropTable(`${table.name}_unpartitioned`);
};

/** The tables as before: one table each, rows in key order. @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  if (knex.client.config.client !== 'pg') {
    await knex.raw('alter table ratings drop column campaign_id');
    return;
  }
  const before = {
    campaign_members: `campaign_id varchar(36) not null,
      person_ref varchar(255) not null,
      team_ref varchar(255) not null,
      constraint campaign_members_pkey primary key (campaign_id, person_ref)`,
    participations: `campaign_id varchar(36) not null,
      person_ref varchar(255) not null,
      answered_on varchar(10) not null,
      constraint participations_pkey primary key (campaign_id, person_ref)`,
    answers: `id varchar(22) not null,
      campaign_id varchar(36) not null,
      team_ref varchar(255) not null,
      receipt_hash varchar(64) not null,
      help_text text,
      text_held boolean not null default false,
      constraint answers_pkey primary key (id),
      constraint answers_receipt_hash_unique unique (receipt_hash)`,
    ratings: `answer_id varchar(22) not null,
      technology_id varchar(64) not null,
      level smallint,
      want_to_learn boolean not null,
      constraint ratings_pkey primary key (answer_id, technology_id)`,
  };
  const copy = {
    campaign_members: `select campaign_id, person_ref, team_ref from campaign_members_partitioned order by campaign_id, person_ref`,
    participations: `select campaign_id, person_ref, answered_on from participations_partitioned order by campaign_id, person_ref`,
    answers: `select id, campaign_id, team_ref, receipt_hash, help_text, text_held from answers_partitioned order by id`,
    ratings: `select answer_id, technology_id, level, want_to_learn from ratings_partitioned order by answer_id, technology_id`,
  };
  for (const table of TABLES) {
    const name = /** @type {keyof typeof before} */ (table.name);
    await knex.raw('alter table ?? rename to ??', [
      name,
      `${name}_partitioned`,
    ]);
    const indexes = await knex.raw(
      `select indexname from pg_indexes
       where schemaname = current_schema() and tablename = ?`,
      [`${name}_partitioned`],
    );
    for (const { indexname } of indexes.rows)
      await knex.raw('alter index ?? rename to ??', [
        indexname,
        `${indexname}_partitioned`,
      ]);
    await knex.raw(`create table ${name} (${before[name]})`);
    if (table.index) await knex.raw(table.index);
    await knex.raw(`insert into ${name} ${copy[name]}`);
  }
  for (const table of TABLES)
    await knex.schema.dropTable(`${table.name}_partitioned`);
};
