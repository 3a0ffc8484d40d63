import { ConflictError, InputError } from '@backstage/errors';
import { OPEN_STATUSES, Status } from '@internal/plugin-devzero-common';
import { Knex } from 'knex';
import { iso } from '../conversion';
import {
  DbFindingAttachmentRow,
  DbFindingMeTooRow,
  DbFindingRow,
} from '../tables';
import { recordEvents } from './history';

/**
 * Moves every attachment of one finding to another, inside the caller's
 * transaction (marking a duplicate); returns how many moved.
 */
export async function moveAttachments(options: {
  tx: Knex.Transaction;
  fromFindingId: string;
  toFindingId: string;
}): Promise<number> {
  const { tx, fromFindingId, toFindingId } = options;
  return tx<DbFindingAttachmentRow>('finding_attachments')
    .where({ finding_id: fromFindingId })
    .update({
      finding_id: toFindingId,
      // Where it came from first, for a reopen anywhere along the way.
      merged_from: tx.raw('coalesce(merged_from, ?)', [fromFindingId]),
    });
}

/**
 * Moves a duplicate's reporter, "me too"s, links and images to the
 * canonical finding, in the triage's transaction; returns the canonical
 * finding's id. The canonical finding must be open and no duplicate itself.
 */
export async function mergeDuplicate(options: {
  tx: Knex.Transaction;
  duplicate: DbFindingRow;
  targetId: string;
  actorRef: string;
  at: string;
}): Promise<string> {
  const { tx, duplicate: row, targetId, actorRef, at } = options;
  if (targetId === row.id)
    throw new InputError(
      'duplicateOf: a finding cannot be a duplicate of itself',
    );
  const target = await tx<DbFindingRow>('findings')
    .where({ id: targetId })
    .first();
  if (!target)
    throw new InputError(`duplicateOf: there is no finding ${targetId}`);
  if (target.status === 'duplicate') {
    // Marking A as a duplicate of B, when B is already a duplicate, would chain or close a loop.
    throw new ConflictError(
      `duplicateOf: finding ${targetId} is itself a duplicate of ${target.duplicate_of}; mark this one as a duplicate of ${target.duplicate_of}, or reopen ${targetId} first`,
    );
  }
  if (!OPEN_STATUSES.includes(target.status as Status)) {
    // Its reporters would join a closed finding nobody looks at any more.
    throw new ConflictError(
      `duplicateOf: finding ${targetId} is ${target.status}; reopen it first, or triage this one on its own`,
    );
  }
  const existing = new Set(
    (
      await tx<DbFindingMeTooRow>('finding_me_toos')
        .where({ finding_id: targetId })
        .select('user_ref')
    ).map(m => m.user_ref),
  );
  existing.add(target.reporter_ref);
  const own: Omit<DbFindingMeTooRow, 'finding_id'> = {
    user_ref: row.reporter_ref,
    minutes_lost: row.minutes_lost,
    note: `Filed as ${row.id}: ${row.title}`,
    created_at: row.created_at,
    reporter_hidden: row.reporter_hidden,
    merged_from: null,
  };
  const moving = [
    own,
    ...(await tx<DbFindingMeTooRow>('finding_me_toos').where({
      finding_id: row.id,
    })),
  ].filter(m => !existing.has(m.user_ref));
  for (const m of moving) {
    await tx<DbFindingMeTooRow>('finding_me_toos').insert({
      finding_id: targetId,
      user_ref: m.user_ref,
      minutes_lost: m.minutes_lost,
      note: m.note ?? null,
      created_at: iso(m.created_at),
      reporter_hidden:
        m.reporter_hidden === null || m.reporter_hidden === undefined
          ? null
          : Boolean(m.reporter_hidden),
      // Where it came from first, for a reopen anywhere along the way.
      merged_from: m.merged_from ?? row.id,
    });
  }
  const links = [
    ...new Set([...JSON.parse(target.links), ...JSON.parse(row.links)]),
  ];
  // Counted in the database, so that a "me too" said meanwhile counts too;
  // and checked again as it is written, in case it was closed meanwhile.
  const merged = await tx<DbFindingRow>('findings')
    .where({ id: targetId })
    .whereIn('status', OPEN_STATUSES)
    .update({
      me_too_count: tx.raw('me_too_count + ?', [moving.length]),
      total_minutes_lost: tx.raw('total_minutes_lost + ?', [
        moving.reduce((sum, m) => sum + Number(m.minutes_lost), 0),
      ]),
      links: JSON.stringify(links),
      updated_at: at,
    });
  if (merged !== 1)
    throw new ConflictError(
      `duplicateOf: finding ${targetId} was closed meanwhile; reload it`,
    );
  const images = await moveAttachments({
    tx,
    fromFindingId: row.id,
    toFindingId: targetId,
  });
  await recordEvents({
    tx,
    events: {
      finding_id: targetId,
      actor_ref: actorRef,
      at,
      action: 'merge',
      note: `${row.id} (${row.title}) merged in, with ${
        moving.length
      } reporter(s) and its links${images ? `, and ${images} image(s)` : ''}`,
    },
  });
  return targetId;
}

/**
 * Takes back what marking a duplicate moved, as it is reopened. What it
 * and the duplicates still leading to it (directly or through others)
 * brought is copied "me too"s, deleted from every finding outside them
 * that they reached, and images, which come back to it. A person a merge
 * skipped, being on the canonical finding already, stays there.
 */
export async function unmergeDuplicate(options: {
  tx: Knex.Transaction;
  duplicate: DbFindingRow;
  actorRef: string;
  at: string;
}): Promise<void> {
  const { tx, duplicate: row, actorRef, at } = options;
  const family = [row.id];
  for (let frontier = family; frontier.length > 0; ) {
    frontier = (
      await tx<DbFindingRow>('findings')
        .whereIn('duplicate_of', frontier)
        .where({ status: 'duplicate' })
        .select('id')
    ).map(d => d.id);
    family.push(...frontier);
  }
  const strays = (table: 'finding_me_toos' | 'finding_attachments') =>
    tx(table).whereIn('merged_from', family).whereNotIn('finding_id', family);
  const copies: Array<{ finding_id: string; minutes_lost: number }> =
    await strays('finding_me_toos').select('finding_id', 'minutes_lost');
  const images: Array<{ finding_id: string }> = await strays(
    'finding_attachments',
  ).select('finding_id');
  await strays('finding_me_toos').delete();
  // Its own images lose their origin; its duplicates' keep theirs.
  await strays('finding_attachments').update({
    finding_id: row.id,
    merged_from: tx.raw(
      'case when merged_from = ? then null else merged_from end',
      [row.id],
    ),
  });
  const holders = new Set([
    ...copies.map(c => c.finding_id),
    ...images.map(i => i.finding_id),
  ]);
  for (const holder of holders) {
    const taken = copies.filter(c => c.finding_id === holder);
    const imageCount = images.filter(i => i.finding_id === holder).length;
    await tx<DbFindingRow>('findings')
      .where({ id: holder })
      .update({
        me_too_count: tx.raw('me_too_count - ?', [taken.length]),
        total_minutes_lost: tx.raw('total_minutes_lost - ?', [
          taken.reduce((sum, c) => sum + Number(c.minutes_lost), 0),
        ]),
        updated_at: at,
      });
    await recordEvents({
      tx,
      events: {
        finding_id: holder,
        actor_ref: actorRef,
        at,
        action: 'unmerge',
        note: `${row.id} (${row.title}) reopened; ${[
          taken.length && `${taken.length} reporter(s)`,
          imageCount && `${imageCount} image(s)`,
        ]
          .filter(Boolean)
          .join(' and ')} went back to it`,
      },
    });
  }
}
