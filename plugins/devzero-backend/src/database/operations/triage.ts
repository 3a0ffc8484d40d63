import { ConflictError, NotFoundError } from '@backstage/errors';
import { nextStatus, Status } from '@internal/plugin-devzero-common';
import { Knex } from 'knex';
import { FindingRecord, TriageChange } from '../FindingStore';
import { DbFindingRow } from '../tables';
import { mergeDuplicate, unmergeDuplicate } from './duplicates';
import { getFinding } from './filing';
import { recordEvents } from './history';

/** Whether the database refused a row for repeating a key (PostgreSQL, SQLite). */
function isUniqueViolation(error: unknown) {
  const code = (error as { code?: unknown } | undefined)?.code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

/**
 * What a change did besides the status, in words, for its history entry;
 * the assignee and the original of a duplicate are fields of their own.
 */
function describe(change: TriageChange): string | undefined {
  if (change.action === 'resolve')
    return change.fixUrl ? `fixed in ${change.fixUrl}` : undefined;
  if (change.action === 'snooze')
    return change.snoozedUntil
      ? `snoozed until ${change.snoozedUntil}`
      : 'snooze lifted';
  if (change.action === 'link-issue')
    return change.externalUrl
      ? `linked ${change.externalUrl}`
      : 'issue link removed';
  return undefined;
}

/**
 * Applies a triage action and writes its history entry, together or not at
 * all: the status moves as the workflow allows, a duplicate merges into its
 * canonical finding, and a reopened duplicate takes back what it brought.
 */
export async function triageFinding(options: {
  knex: Knex;
  id: string;
  change: TriageChange;
  now: Date;
}): Promise<FindingRecord> {
  const { knex, id, change, now } = options;
  try {
    await knex.transaction(tx =>
      triageIn({ tx, id, change, at: now.toISOString() }),
    );
  } catch (error) {
    // A "me too" said on the canonical finding by someone the merge moves,
    // at the same moment: the merge's copy of it collides. Nothing was kept.
    if (isUniqueViolation(error))
      throw new ConflictError(
        `Finding ${
          change.duplicateOf ?? id
        } changed meanwhile; reload it and try again`,
      );
    throw error;
  }
  return (await getFinding({ knex, id }))!;
}

async function triageIn(options: {
  tx: Knex.Transaction;
  id: string;
  change: TriageChange;
  at: string;
}) {
  const { tx, id, change, at } = options;
  const row = await tx<DbFindingRow>('findings').where({ id }).first();
  if (!row) throw new NotFoundError(`There is no finding ${id}`);
  const from = row.status as Status;
  const next = nextStatus(change.action, from);
  if ('problem' in next) throw new ConflictError(`action: ${next.problem}`);
  const update: Partial<DbFindingRow> = {
    status: next.status,
    updated_at: at,
  };
  if (from === 'new' && next.status !== 'new' && !row.triaged_at)
    update.triaged_at = at;
  switch (change.action) {
    case 'resolve':
      update.resolution_note = change.note ?? null;
      update.fix_url = change.fixUrl ?? null;
      update.closed_at = at;
      break;
    case 'decline':
      update.decline_reason = change.note;
      update.closed_at = at;
      break;
    case 'mark-duplicate':
      update.duplicate_of = await mergeDuplicate({
        tx,
        duplicate: row,
        targetId: change.duplicateOf!,
        actorRef: change.actorRef,
        at,
      });
      update.closed_at = at;
      break;
    case 'reopen':
      if (from === 'duplicate')
        await unmergeDuplicate({
          tx,
          duplicate: row,
          actorRef: change.actorRef,
          at,
        });
      update.closed_at = null;
      update.resolve_warned_at = null;
      update.duplicate_of = null;
      break;
    case 'assign':
      update.assignee_ref = change.assigneeRef ?? null;
      break;
    case 'snooze':
      update.snoozed_until = change.snoozedUntil ?? null;
      break;
    case 'link-issue':
      update.external_url = change.externalUrl ?? null;
      break;
    default:
  }
  // Guard on the status read above, so two triagers cannot both win.
  const changed = await tx<DbFindingRow>('findings')
    .where({ id, status: from })
    .update(update);
  if (changed !== 1)
    throw new ConflictError(
      `Finding ${id} changed meanwhile; reload it and try again`,
    );
  await recordEvents({
    tx,
    events: {
      finding_id: id,
      actor_ref: change.actorRef,
      at,
      action: change.action,
      from_status: from,
      to_status: next.status,
      // What changed, and why if the triager said.
      note: [describe(change), change.note].filter(Boolean).join('; ') || null,
      assignee_ref:
        change.action === 'assign' ? change.assigneeRef ?? null : null,
      duplicate_of:
        change.action === 'mark-duplicate' ? change.duplicateOf ?? null : null,
    },
  });
}
