import { Knex } from 'knex';
import { randomUUID } from 'crypto';
import { toFindingRecord } from '../conversion';
import { FindingRecord, NewFinding } from '../FindingStore';
import { DbFindingRow } from '../tables';
import { recordEvents } from './history';

/** One finding by its id. */
export async function getFinding(options: {
  knex: Knex | Knex.Transaction;
  id: string;
}): Promise<FindingRecord | undefined> {
  const { knex, id } = options;
  const row = await knex<DbFindingRow>('findings').where({ id }).first();
  return row ? toFindingRecord(row) : undefined;
}

/** The findings with these ids that exist, in no particular order. */
export async function getFindings(options: {
  knex: Knex;
  ids: string[];
}): Promise<FindingRecord[]> {
  const { knex, ids } = options;
  if (ids.length === 0) return [];
  const rows = await knex<DbFindingRow>('findings').whereIn('id', ids);
  return rows.map(toFindingRecord);
}

/** The finding a reporter already filed with this idempotency key. */
async function findingByKey(knex: Knex, finding: NewFinding) {
  const row = await knex<DbFindingRow>('findings')
    .where({
      reporter_ref: finding.reporterRef,
      idempotency_key: finding.idempotencyKey,
    })
    .first();
  return row ? toFindingRecord(row) : undefined;
}

/**
 * Files a new finding with the first entry of its history; a retry under an
 * idempotency key its reporter used before answers the finding filed then.
 */
export async function fileFinding(options: {
  knex: Knex;
  finding: NewFinding;
  now: Date;
}): Promise<{ finding: FindingRecord; created: boolean }> {
  const { knex, finding, now } = options;
  if (finding.idempotencyKey) {
    const existing = await findingByKey(knex, finding);
    if (existing) return { finding: existing, created: false };
  }
  const id = randomUUID();
  const at = now.toISOString();
  try {
    await knex.transaction(async tx => {
      await tx<DbFindingRow>('findings').insert({
        id,
        entity_ref: finding.entityRef,
        owner_ref: finding.ownerRef,
        title: finding.title,
        scenario: finding.scenario,
        journey_step: finding.journeyStep,
        category: finding.category,
        severity: finding.severity,
        minutes_lost: finding.minutesLost,
        total_minutes_lost: finding.minutesLost,
        steps: finding.steps ?? null,
        expected: finding.expected ?? null,
        actual: finding.actual ?? null,
        reporter_ref: finding.reporterRef,
        may_contact: finding.mayContact,
        reporter_hidden: finding.reporterHidden ?? false,
        idempotency_key: finding.idempotencyKey ?? null,
        status: 'new',
        external_url: finding.externalUrl ?? null,
        links: JSON.stringify(finding.links),
        created_at: at,
        updated_at: at,
      });
      await recordEvents({
        tx,
        events: {
          finding_id: id,
          actor_ref: finding.reporterRef,
          at,
          action: 'file',
          to_status: 'new',
        },
      });
    });
  } catch (error) {
    // Two retries of one request raced: the first one's finding is the answer.
    if (finding.idempotencyKey) {
      const existing = await findingByKey(knex, finding);
      if (existing) return { finding: existing, created: false };
    }
    throw error;
  }
  return { finding: (await getFinding({ knex, id }))!, created: true };
}
