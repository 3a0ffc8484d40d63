// @ts-check

/**
 * A "me too" that was a reporter's own finding, merged in when it was marked
 * a duplicate, keeps whether that reporter kept their name from the owners
 * (null for a plain "me too"), so that the name stays hidden on the
 * canonical finding. Earlier merges are found by the note the merge wrote
 * ("Filed as <id>: <title>") and take their finding's choice.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('finding_me_toos', table => {
    table.boolean('reporter_hidden').nullable();
  });
  await knex.raw(`
    update finding_me_toos set reporter_hidden = (
      select f.reporter_hidden from findings f
      where f.id = substr(finding_me_toos.note, 10, 36)
        and f.reporter_ref = finding_me_toos.user_ref
    )
    where note like 'Filed as %'`);
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('finding_me_toos', table => {
    table.dropColumn('reporter_hidden');
  });
};
