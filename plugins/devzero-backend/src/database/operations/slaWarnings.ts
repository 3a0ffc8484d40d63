import { Knex } from 'knex';
import { DbFindingRow } from '../tables';

/** Records that the owners were warned about one of a finding's SLA clocks, so that it warns once. */
export async function markWarned(options: {
  knex: Knex;
  findingId: string;
  clock: 'triage' | 'resolve';
  now: Date;
}): Promise<void> {
  const { knex, findingId, clock, now } = options;
  const column = clock === 'triage' ? 'triage_warned_at' : 'resolve_warned_at';
  await knex<DbFindingRow>('findings')
    .where({ id: findingId })
    .update({ [column]: now.toISOString() });
}
