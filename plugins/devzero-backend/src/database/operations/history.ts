import { FindingEvent } from '@internal/plugin-devzero-common';
import { Knex } from 'knex';
import { toFindingEvent } from '../conversion';
import { DbFindingEventRow } from '../tables';

/** An entry to write into a finding's history; the database numbers it. */
export type NewFindingEvent = Pick<
  DbFindingEventRow,
  'finding_id' | 'actor_ref' | 'action'
> &
  Partial<
    Pick<
      DbFindingEventRow,
      'from_status' | 'to_status' | 'note' | 'assignee_ref' | 'duplicate_of'
    >
  > & {
    /** ISO 8601, as the store writes times. */
    at: string;
  };

/** Writes entries into findings' histories, in the caller's transaction. */
export async function recordEvents(options: {
  tx: Knex | Knex.Transaction;
  events: NewFindingEvent | NewFindingEvent[];
}): Promise<void> {
  const { tx, events } = options;
  if (Array.isArray(events) && events.length === 0) return;
  await tx<DbFindingEventRow>('finding_events').insert(events);
}

/** A finding's history, oldest first. */
export async function readHistory(options: {
  knex: Knex;
  findingId: string;
}): Promise<FindingEvent[]> {
  const { knex, findingId } = options;
  const rows = await knex<DbFindingEventRow>('finding_events')
    .where({ finding_id: findingId })
    .orderBy('id');
  return rows.map(toFindingEvent);
}
