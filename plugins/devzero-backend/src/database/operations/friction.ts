import { EntityFriction, OPEN_STATUSES } from '@internal/plugin-devzero-common';
import { Knex } from 'knex';
import { FindingFilter } from '../FindingStore';
import { findingsMatching } from './filters';

/**
 * Findings and minutes lost per entity, grouped by the database, heaviest
 * first. A duplicate is left out: its reporter and "me too"s moved to the
 * finding it duplicates, with their minutes, and count there.
 */
export async function frictionByEntity(options: {
  knex: Knex;
  filter: FindingFilter;
}): Promise<EntityFriction[]> {
  const { knex, filter } = options;
  const open = OPEN_STATUSES.map(() => '?').join(', ');
  const rows: Array<{
    entity_ref: string;
    findings: string | number;
    open: string | number;
    minutes_lost: string | number | null;
  }> = await findingsMatching({ knex, filter })
    .whereNot('status', 'duplicate')
    .select(
      'entity_ref',
      knex.raw('count(*) as findings'),
      knex.raw(`sum(case when status in (${open}) then 1 else 0 end) as open`, [
        ...OPEN_STATUSES,
      ]),
      knex.raw('sum(total_minutes_lost) as minutes_lost'),
    )
    .groupBy('entity_ref');
  return rows
    .map(r => ({
      entityRef: r.entity_ref,
      findings: Number(r.findings),
      open: Number(r.open),
      minutesLost: Number(r.minutes_lost ?? 0),
    }))
    .sort(
      (a, b) =>
        b.minutesLost - a.minutesLost ||
        b.findings - a.findings ||
        (a.entityRef < b.entityRef ? -1 : 1),
    );
}
