// @ts-check

/**
 * An answer's ratings move into the answer's own row, as one character a
 * technology in the order of the campaign's snapshot (see
 * src/database/operations/ratingCodes.ts): closing a campaign of 20,000
 * answers then reads 20,000 rows, not 4 million, and rewrites (on
 * PostgreSQL, CLUSTERs) one table of them. The `ratings` table is dropped
 * once every rating is in its answer's code; a rating the code cannot hold
 * (a technology outside its campaign's snapshot, a level outside 0 to 10)
 * stops the migration, which then changes nothing.
 *
 * On SQLite, answers gain an index on (campaign_id, id), by which closing
 * reads a campaign's answers a page at a time (on PostgreSQL, each
 * campaign's partition has its primary key on those columns already).
 */

const crypto = require('crypto');

const LOWEST = 'a'.charCodeAt(0);
const WANTING = 'A'.charCodeAt(0);

/** @param {number | null} level @param {boolean} want */
function codeOf(level, want) {
  if (level === null) return want ? 'N' : 'n';
  if (!Number.isInteger(level) || level < 0 || level > 10)
    throw new Error(`level ${level}: no code holds it; nothing was changed`);
  return String.fromCharCode((want ? WANTING : LOWEST) + level);
}

/** @param {string} char */
function ratingOf(char) {
  const c = char.charCodeAt(0);
  if (c >= LOWEST && c <= LOWEST + 10)
    return { level: c - LOWEST, want_to_learn: false };
  if (c >= WANTING && c <= WANTING + 10)
    return { level: c - WANTING, want_to_learn: true };
  if (char === 'n') return { level: null, want_to_learn: false };
  if (char === 'N') return { level: null, want_to_learn: true };
  return undefined;
}

/** @param {import('knex').Knex} knex */
const isPg = knex => knex.client.config.client === 'pg';

/**
 * The campaigns that have answers, with their snapshot's technology order.
 * @param {import('knex').Knex} knex
 */
async function campaignOrders(knex) {
  const rows = await knex('campaigns')
    .whereNotNull('snapshot')
    .select('id', 'snapshot');
  return rows.map(r => ({
    id: String(r.id),
    order: /** @type {string[]} */ (
      JSON.parse(r.snapshot).technologies.map(
        (/** @type {{ id: string }} */ t) => t.id,
      )
    ),
  }));
}

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.alterTable('answers', table => {
    table.text('ratings').notNullable().defaultTo('');
  });
  for (const { id, order } of await campaignOrders(knex)) {
    const position = new Map(order.map((t, i) => [t, i]));
    const ratings = await knex('ratings')
      .where({ campaign_id: id })
      .orderBy(['answer_id', 'technology_id'])
      .select('answer_id', 'technology_id', 'level', 'want_to_learn');
    /** @type {Map<string, string[]>} */
    const codes = new Map();
    for (const r of ratings) {
      const at = position.get(r.technology_id);
      if (at === undefined)
        throw new Error(
          `campaign ${id}: a rating of ${r.technology_id}, which the campaign did not ask about; nothing was changed`,
        );
      let chars = codes.get(r.answer_id);
      if (!chars) {
        chars = new Array(order.length).fill('.');
        codes.set(r.answer_id, chars);
      }
      chars[at] = codeOf(r.level, Boolean(r.want_to_learn));
    }
    for (const [answerId, chars] of codes)
      await knex('answers')
        .where({ campaign_id: id, id: answerId })
        .update({ ratings: chars.join('') });
  }
  const [{ n: orphans }] = await knex('ratings')
    .whereNotIn(
      'campaign_id',
      knex('campaigns').whereNotNull('snapshot').select('id'),
    )
    .count({ n: '*' });
  if (Number(orphans) > 0)
    throw new Error(
      `${orphans} ratings of campaigns that never opened; nothing was changed`,
    );
  await knex.schema.dropTable('ratings');
  if (!isPg(knex))
    await knex.schema.alterTable('answers', table => {
      table.index(['campaign_id', 'id'], 'answers_campaign_id_idx');
    });
};

/** @param {string} table @param {string} campaignId */
const partitionName = (table, campaignId) =>
  `${table}_${crypto.createHash('md5').update(campaignId).digest('hex')}`;

/** A rating a row again. @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  const columns = `answer_id varchar(22) not null,
      technology_id varchar(64) not null,
      level smallint,
      want_to_learn boolean not null`;
  if (isPg(knex)) {
    await knex.raw(
      `create table ratings (campaign_id varchar(36) not null, ${columns},
         constraint ratings_pkey primary key (campaign_id, answer_id, technology_id))
       partition by list (campaign_id)`,
    );
    // A partition for each campaign that has one of answers.
    const { rows } = await knex.raw(
      `select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
       where i.inhparent = 'answers'::regclass`,
    );
    const partitions = new Set(rows.map((/** @type {any} */ r) => r.relname));
    for (const { id } of await knex('campaigns').select('id')) {
      if (!partitions.has(partitionName('answers', id))) continue;
      if (!/^[0-9a-f-]{36}$/i.test(id))
        throw new Error(`campaign ${id}: not an id a partition is made for`);
      await knex.raw(
        `create table ?? partition of ratings for values in ('${id}')`,
        [partitionName('ratings', id)],
      );
    }
  } else {
    // As the earlier migrations left it: keyed by answer and technology.
    await knex.raw(
      `create table ratings (${columns},
         campaign_id varchar(36) not null default '',
         primary key (answer_id, technology_id)) without rowid`,
    );
    await knex.raw('drop index answers_campaign_id_idx');
  }
  for (const { id, order } of await campaignOrders(knex)) {
    const answers = await knex('answers')
      .where({ campaign_id: id })
      .orderBy('id')
      .select('id', 'ratings');
    const rows = [];
    for (const a of answers)
      for (let i = 0; i < Math.min(order.length, a.ratings.length); i += 1) {
        const rating = ratingOf(a.ratings[i]);
        if (rating)
          rows.push({
            campaign_id: id,
            answer_id: a.id,
            technology_id: order[i],
            ...rating,
          });
      }
    for (let i = 0; i < rows.length; i += 150)
      await knex('ratings').insert(rows.slice(i, i + 150));
  }
  // Natively, not by knex's copy of the table (which would not keep
  // SQLite's WITHOUT ROWID).
  await knex.raw('alter table answers drop column ratings');
};
