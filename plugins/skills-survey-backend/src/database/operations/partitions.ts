import { createHash } from 'crypto';
import { Knex } from 'knex';

// On PostgreSQL the person tables and the answer tables are partitioned by
// campaign (migrations/20261204_skills_survey_partitions.js): each campaign
// has a table of each, made when it opens, so that closing rewrites that
// campaign's rows only. SQLite has no partitions and needs no rewrite.
// People and answers are named in separate statements (anonymity.test.ts).

export const PERSON_TABLES = ['campaign_members', 'participations'];
export const ANSWER_TABLES = ['answers'];

export const isPg = (knex: Knex) => knex.client.config.client === 'pg';

/** The table holding a campaign's rows of a partitioned table. */
export function partitionName(table: string, campaignId: string) {
  return `${table}_${createHash('md5').update(campaignId).digest('hex')}`;
}

/**
 * A campaign's id as an SQL literal, for the partition bounds (DDL takes no
 * parameters): campaign ids are random UUIDs, anything else is refused.
 */
function campaignLiteral(campaignId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(campaignId))
    throw new Error(
      `campaign ${campaignId}: not an id a partition is made for`,
    );
  return `'${campaignId}'`;
}

/** Makes a campaign's partitions (PostgreSQL), if they are not there yet. */
export async function createCampaignPartitions(
  tx: Knex.Transaction,
  campaignId: string,
) {
  if (!isPg(tx)) return;
  const create = (table: string) =>
    tx.raw(
      `create table if not exists ?? partition of ?? for values in (${campaignLiteral(
        campaignId,
      )})`,
      [partitionName(table, campaignId), table],
    );
  for (const table of PERSON_TABLES) await create(table);
  for (const table of ANSWER_TABLES) await create(table);
}

/**
 * Rewrites a campaign's person and answer rows in the order of their keys
 * (people by name, answers by their random id), so that their physical
 * order (ctid, the heap's pages) no longer tells who answered when, and so
 * which answer came in just after whose participation. On PostgreSQL each of
 * the campaign's partitions is CLUSTERed on its primary key: a new heap in
 * key order, the old file dropped at commit; no other campaign's rows are
 * read, written or locked. On SQLite the tables are WITHOUT ROWID and kept
 * in key order as they are written: there is nothing to rewrite.
 */
export async function rewriteInKeyOrder(
  tx: Knex.Transaction,
  campaignId: string,
  timed: <T>(step: string, run: () => Promise<T>) => Promise<T>,
) {
  if (!isPg(tx)) return;
  const cluster = (table: string) => {
    const partition = partitionName(table, campaignId);
    return timed(`cluster ${table}`, async () => {
      await tx.raw('CLUSTER ?? USING ??', [partition, `${partition}_pkey`]);
    });
  };
  for (const table of PERSON_TABLES) await cluster(table);
  for (const table of ANSWER_TABLES) await cluster(table);
}
