import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  isRecentlyClosed,
  OPEN_STATUSES,
  Status,
  TRANSITIONS,
} from '@internal/plugin-devzero-common';
import { Knex } from 'knex';
import { toMeTooRecord } from '../conversion';
import { FindingRecord, MeTooRecord } from '../FindingStore';
import { DbFindingMeTooRow, DbFindingRow } from '../tables';
import { getFinding } from './filing';
import { recordEvents } from './history';

/** Where a "me too" brings a recently closed finding back to: where a reopening does. */
const REOPENED_STATUS = TRANSITIONS.reopen.to!;

/** "the day", "1 day", "3 days": how long after a finding closed. */
function howLong(days: number) {
  if (days === 0) return 'the day';
  return days === 1 ? '1 day' : `${days} days`;
}

const SAID_ALREADY = 'You have already said "me too" on this finding';

/** What one person says with a "me too". */
export interface NewMeToo {
  userRef: string;
  minutesLost: number;
  note?: string;
}

/**
 * Adds a person's "me too" to an open finding, counting their minutes, with
 * a history entry; a second one from the same person is a 409, also when
 * both arrive at once.
 *
 * On a finding resolved or declined in the last RECENTLY_CLOSED_DAYS days,
 * a "me too" is a regression signal (or new weight against a decline): it
 * reopens the finding for triage, where a reopening leads, with a "reopen"
 * entry by that person saying how long after, then counts as on an open
 * one. Older closed findings, and duplicates, are a 409 saying what to do.
 */
export async function addMeToo(options: {
  knex: Knex;
  findingId: string;
  meToo: NewMeToo;
  now: Date;
}): Promise<FindingRecord> {
  const { knex, findingId: id, meToo, now } = options;
  const at = now.toISOString();
  try {
    await knex.transaction(tx => addMeTooIn({ tx, id, meToo, at }));
  } catch (error) {
    // The same person twice at once: the other request's "me too" stands.
    if (
      !(error instanceof ConflictError || error instanceof NotFoundError) &&
      (await knex<DbFindingMeTooRow>('finding_me_toos')
        .where({ finding_id: id, user_ref: meToo.userRef })
        .first())
    )
      throw new ConflictError(SAID_ALREADY);
    throw error;
  }
  return (await getFinding({ knex, id }))!;
}

async function addMeTooIn(options: {
  tx: Knex.Transaction;
  id: string;
  meToo: NewMeToo;
  at: string;
}) {
  const { tx, id, meToo, at } = options;
  const row = await tx<DbFindingRow>('findings').where({ id }).first();
  if (!row) throw new NotFoundError(`There is no finding ${id}`);
  if (row.reporter_ref === meToo.userRef)
    throw new ConflictError(
      'You filed this finding; edit your minutes lost there instead',
    );
  if (row.status === 'duplicate')
    throw new ConflictError(
      `This finding is a duplicate of ${row.duplicate_of}; say "me too" there`,
    );
  const closedAt = row.closed_at ? new Date(row.closed_at) : undefined;
  const reopens = isRecentlyClosed(
    { status: row.status as Status, closedAt: closedAt?.toISOString() },
    new Date(at),
  );
  if (!OPEN_STATUSES.includes(row.status as Status) && !reopens)
    throw new ConflictError(
      `This finding is ${row.status}; if the friction is still there, file a new finding`,
    );
  if (
    await tx<DbFindingMeTooRow>('finding_me_toos')
      .where({ finding_id: id, user_ref: meToo.userRef })
      .first()
  )
    throw new ConflictError(SAID_ALREADY);
  await tx<DbFindingMeTooRow>('finding_me_toos').insert({
    finding_id: id,
    user_ref: meToo.userRef,
    minutes_lost: meToo.minutesLost,
    note: meToo.note ?? null,
    created_at: at,
  });
  if (reopens) {
    // Guarded on the status read above, as a triage is.
    const reopened = await tx<DbFindingRow>('findings')
      .where({ id, status: row.status })
      .update({
        status: REOPENED_STATUS,
        closed_at: null,
        resolve_warned_at: null,
        triaged_at: row.triaged_at ?? at,
        updated_at: at,
      });
    if (reopened !== 1)
      throw new ConflictError(`Finding ${id} changed meanwhile; reload it`);
    const days = Math.floor(
      (new Date(at).getTime() - closedAt!.getTime()) / 86_400_000,
    );
    await recordEvents({
      tx,
      events: {
        finding_id: id,
        actor_ref: meToo.userRef,
        at,
        action: 'reopen',
        from_status: row.status,
        to_status: REOPENED_STATUS,
        note: `Still happening: said “me too” ${howLong(days)} after it was ${
          row.status
        }`,
      },
    });
  }
  // Counted in the database, so that two at once both count; and only
  // while the finding is still open.
  const counted = await tx<DbFindingRow>('findings')
    .where({ id })
    .whereIn('status', OPEN_STATUSES)
    .update({
      me_too_count: tx.raw('me_too_count + 1'),
      total_minutes_lost: tx.raw('total_minutes_lost + ?', [meToo.minutesLost]),
      updated_at: at,
    });
  if (counted !== 1)
    throw new ConflictError(`Finding ${id} was closed meanwhile; reload it`);
  await recordEvents({
    tx,
    events: {
      finding_id: id,
      actor_ref: meToo.userRef,
      at,
      action: 'me-too',
      note: `${meToo.minutesLost} minutes lost`,
    },
  });
}

/** A finding's "me too"s, oldest first. */
export async function readMeToos(options: {
  knex: Knex;
  findingId: string;
}): Promise<MeTooRecord[]> {
  const { knex, findingId } = options;
  const rows = await knex<DbFindingMeTooRow>('finding_me_toos')
    .where({ finding_id: findingId })
    .orderBy('created_at');
  return rows.map(toMeTooRecord);
}
