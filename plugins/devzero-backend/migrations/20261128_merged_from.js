// @ts-check

/**
 * A "me too" or an image that came to a finding when another was marked its
 * duplicate remembers the finding it came from first (`merged_from`), so
 * that reopening that duplicate, or one it led to, takes them back: its
 * reporter and minutes are then counted once. Findings are also indexed by
 * the finding they duplicate, which reopening looks up.
 *
 * Merges that still stand are found for "me too"s, oldest merge first: the
 * reporter's copy by the note the merge wrote ("Filed as <id>: <title>"), the
 * others as copies of the duplicate's own (same person, same time), which
 * take that one's origin. Images moved by earlier merges cannot be told apart
 * and stay where they are; so do the copies of duplicates reopened before.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  for (const name of ['finding_me_toos', 'finding_attachments']) {
    await knex.schema.alterTable(name, table => {
      table.string('merged_from', 36).nullable().index();
    });
  }
  await knex.schema.alterTable('findings', table => {
    table.index(['duplicate_of'], 'findings_duplicate_of_index');
  });
  const duplicates = await knex('findings')
    .where({ status: 'duplicate' })
    .whereNotNull('duplicate_of')
    .orderBy([{ column: 'closed_at' }, { column: 'id' }])
    .select('id', 'duplicate_of', 'reporter_ref');
  for (const d of duplicates) {
    await knex('finding_me_toos')
      .where({
        finding_id: d.duplicate_of,
        user_ref: d.reporter_ref,
        merged_from: null,
      })
      .where('note', 'like', `Filed as ${d.id}:%`)
      .update({ merged_from: d.id });
    const own = await knex('finding_me_toos')
      .where({ finding_id: d.id })
      .select('user_ref', 'created_at', 'merged_from');
    for (const m of own) {
      await knex('finding_me_toos')
        .where({
          finding_id: d.duplicate_of,
          user_ref: m.user_ref,
          created_at: m.created_at,
          merged_from: null,
        })
        .update({ merged_from: m.merged_from ?? d.id });
    }
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('findings', table => {
    table.dropIndex(['duplicate_of'], 'findings_duplicate_of_index');
  });
  for (const name of ['finding_me_toos', 'finding_attachments']) {
    await knex.schema.alterTable(name, table => {
      table.dropIndex(['merged_from']);
      table.dropColumn('merged_from');
    });
  }
};
