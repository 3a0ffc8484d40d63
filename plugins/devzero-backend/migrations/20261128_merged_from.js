// @ts-check

/**
 * A "me too" or an image that came to a finding when another was marked its
 * duplicate remembers that duplicate (`merged_from`), so that reopening the
 * duplicate takes them back: its reporter and minutes are then counted on it
 * alone, not on both findings.
 *
 * Earlier merges that still stand are found for "me too"s: the reporter's by
 * the note the merge wrote ("Filed as <id>: <title>"), the others as copies
 * of the duplicate's own (same person, same time). Images moved by earlier
 * merges cannot be told apart and stay where they are.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  for (const name of ['finding_me_toos', 'finding_attachments']) {
    await knex.schema.alterTable(name, table => {
      table.string('merged_from', 36).nullable().index();
    });
  }
  await knex.raw(`
    update finding_me_toos set merged_from = substr(note, 10, 36)
    where note like 'Filed as %' and exists (
      select 1 from findings d
      where d.id = substr(finding_me_toos.note, 10, 36)
        and d.status = 'duplicate'
        and d.duplicate_of = finding_me_toos.finding_id
        and d.reporter_ref = finding_me_toos.user_ref
    )`);
  await knex.raw(`
    update finding_me_toos set merged_from = (
      select d.id from findings d
      join finding_me_toos o on o.finding_id = d.id
      where d.status = 'duplicate'
        and d.duplicate_of = finding_me_toos.finding_id
        and o.user_ref = finding_me_toos.user_ref
        and o.created_at = finding_me_toos.created_at
      limit 1
    )
    where merged_from is null`);
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const name of ['finding_me_toos', 'finding_attachments']) {
    await knex.schema.alterTable(name, table => {
      table.dropIndex(['merged_from']);
      table.dropColumn('merged_from');
    });
  }
};
