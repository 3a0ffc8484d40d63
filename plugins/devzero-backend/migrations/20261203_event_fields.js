// @ts-check

/**
 * A history entry records what it changed as fields, not only in its note:
 * `assignee_ref`, the person an "assign" entry gave the finding to (null:
 * unassigned), and `duplicate_of`, the finding a "mark-duplicate" entry made
 * it a duplicate of. Their notes then hold only the triager's reason.
 *
 * Entries written before wrote both into the note ("assigned to <ref>",
 * "unassigned", "duplicate of <id>", then "; " and the reason): their fields
 * are read from it here and the note keeps the reason. A note that does not
 * read that way is left as it is. Down writes the notes back as they were.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('finding_events', table => {
    table.string('assignee_ref', 255).nullable();
    table.string('duplicate_of', 36).nullable();
  });
  const REASON = '(?:; ([\\s\\S]*))?$';
  const patterns = {
    assigned: new RegExp(`^assigned to ([^\\s;,]+)${REASON}`),
    unassigned: new RegExp(`^unassigned${REASON}`),
    duplicateOf: new RegExp(
      `^duplicate of ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${REASON}`,
      'i',
    ),
  };
  const rows = await knex('finding_events')
    .whereIn('action', ['assign', 'mark-duplicate'])
    .whereNotNull('note')
    .select('id', 'action', 'note');
  for (const row of rows) {
    /** @type {Record<string, string | null> | undefined} */
    let update;
    if (row.action === 'assign') {
      const to = patterns.assigned.exec(row.note);
      const none = patterns.unassigned.exec(row.note);
      if (to) update = { assignee_ref: to[1], note: to[2] || null };
      else if (none) update = { note: none[1] || null };
    } else {
      const of = patterns.duplicateOf.exec(row.note);
      if (of)
        update = { duplicate_of: of[1].toLowerCase(), note: of[2] || null };
    }
    if (update)
      await knex('finding_events').where({ id: row.id }).update(update);
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  const rows = await knex('finding_events')
    .whereIn('action', ['assign', 'mark-duplicate'])
    .select('id', 'action', 'note', 'assignee_ref', 'duplicate_of');
  for (const row of rows) {
    let what;
    if (row.action === 'assign')
      what = row.assignee_ref
        ? `assigned to ${row.assignee_ref}`
        : 'unassigned';
    else if (row.duplicate_of) what = `duplicate of ${row.duplicate_of}`;
    if (!what) continue;
    await knex('finding_events')
      .where({ id: row.id })
      .update({ note: row.note ? `${what}; ${row.note}` : what });
  }
  await knex.schema.alterTable('finding_events', table => {
    table.dropColumn('assignee_ref');
    table.dropColumn('duplicate_of');
  });
};
