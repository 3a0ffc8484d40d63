import { OPEN_STATUSES } from '@internal/plugin-devzero-common';
import { Knex } from 'knex';
import { DbFindingRow } from '../tables';
import { recordEvents } from './history';

/** Each entity with open findings, and the owner they are routed to (one row per pair). */
export async function openOwners(options: {
  knex: Knex;
}): Promise<Array<{ entityRef: string; ownerRef: string }>> {
  const rows: Array<Pick<DbFindingRow, 'entity_ref' | 'owner_ref'>> =
    await options
      .knex<DbFindingRow>('findings')
      .whereIn('status', OPEN_STATUSES)
      .distinct('entity_ref', 'owner_ref');
  return rows.map(r => ({ entityRef: r.entity_ref, ownerRef: r.owner_ref }));
}

/**
 * Moves an entity's open findings from one owner to another, the entity's
 * owner now, each with a history entry by `actorRef`; unassigns and
 * unsnoozes them; returns how many moved.
 */
export async function rerouteFindings(options: {
  knex: Knex;
  entityRef: string;
  fromOwnerRef: string;
  toOwnerRef: string;
  actorRef: string;
  now: Date;
}): Promise<number> {
  const { knex, entityRef, fromOwnerRef, toOwnerRef, actorRef, now } = options;
  const at = now.toISOString();
  const routed = (tx: Knex.Transaction, ownerRef: string) =>
    tx<DbFindingRow>('findings')
      .where({ entity_ref: entityRef, owner_ref: ownerRef })
      .whereIn('status', OPEN_STATUSES);
  return knex.transaction(async tx => {
    const ids = (await routed(tx, fromOwnerRef).select('id')).map(r => r.id);
    let moved = 0;
    for (let i = 0; i < ids.length; i += 200) {
      const batch = ids.slice(i, i + 200);
      // Checked again as it is written, so that one closed meanwhile
      // stays with the team that closed it. The old team's assignee and
      // snooze go; the new owners are warned of the clocks afresh.
      await routed(tx, fromOwnerRef).whereIn('id', batch).update({
        owner_ref: toOwnerRef,
        assignee_ref: null,
        snoozed_until: null,
        triage_warned_at: null,
        resolve_warned_at: null,
        updated_at: at,
      });
      const updated = (
        await routed(tx, toOwnerRef)
          .whereIn('id', batch)
          .where({ updated_at: at })
          .select('id')
      ).map(r => r.id);
      if (updated.length === 0) continue;
      moved += updated.length;
      await recordEvents({
        tx,
        events: updated.map(id => ({
          finding_id: id,
          actor_ref: actorRef,
          at,
          action: 'reroute',
          note: `from ${fromOwnerRef} to ${toOwnerRef}, who owns ${entityRef} now; no longer assigned or snoozed`,
        })),
      });
    }
    return moved;
  });
}
