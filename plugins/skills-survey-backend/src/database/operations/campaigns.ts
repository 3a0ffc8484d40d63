import { ConflictError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { randomUUID } from 'crypto';
import {
  CampaignRecord,
  CampaignSnapshot,
  NewCampaign,
  RatingAggregate,
  StoredCell,
} from '../SurveyStore';
import { DbCampaignRow, DbResultCellRow } from '../tables';
import { tallyAnswers } from './ratingCodes';
import { isUniqueViolation } from './errors';
import {
  createCampaignPartitions,
  isPg,
  rewriteInKeyOrder,
} from './partitions';

const CHUNK = 500;

/** A campaign row as the service sees it. */
export function campaignOf(row: DbCampaignRow): CampaignRecord {
  const snapshot = row.snapshot
    ? (JSON.parse(row.snapshot) as CampaignSnapshot)
    : undefined;
  return {
    id: row.id,
    name: row.name,
    intro: row.intro,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    status: row.status as CampaignRecord['status'],
    technologyIds: JSON.parse(row.technology_ids),
    createdBy: row.created_by,
    ...(row.opened_on && { openedOn: row.opened_on }),
    ...(row.closed_on && { closedOn: row.closed_on }),
    ...(snapshot && {
      snapshot,
      minGroupSize: snapshot.minGroupSize,
      teamCount: snapshot.teams.filter(t => t.attributed).length,
    }),
  };
}

export async function createCampaign(options: {
  knex: Knex;
  campaign: NewCampaign;
  day: string;
}): Promise<CampaignRecord> {
  const { knex, campaign, day } = options;
  const row: DbCampaignRow = {
    id: randomUUID(),
    name: campaign.name,
    intro: campaign.intro,
    opens_on: campaign.opensOn,
    closes_on: campaign.closesOn,
    status: 'draft',
    technology_ids: JSON.stringify(campaign.technologyIds),
    created_by: campaign.createdBy,
    created_on: day,
    opened_on: null,
    closed_on: null,
    snapshot: null,
  };
  try {
    await knex('campaigns').insert(row);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(
        `name: a campaign named "${campaign.name}" exists already; choose another name`,
      );
    throw error;
  }
  return campaignOf(row);
}

export async function getCampaign(options: { knex: Knex; id: string }) {
  const row = await options
    .knex<DbCampaignRow>('campaigns')
    .where({ id: options.id })
    .first();
  return row ? campaignOf(row) : undefined;
}

export async function listCampaigns(options: { knex: Knex }) {
  const rows = await options.knex<DbCampaignRow>('campaigns').orderBy([
    { column: 'opens_on', order: 'desc' },
    { column: 'name', order: 'asc' },
  ]);
  return rows.map(campaignOf);
}

// Answers hold their campaign shared and closing holds it exclusively, on
// PostgreSQL through a transaction-level advisory lock: unlike a shared row
// lock (SELECT ... FOR SHARE), which many concurrent answers turn into a
// multixact written to the campaign's row, it lives in the lock manager's
// memory only. The key: this plugin's space and 32 bits of the campaign's
// random id (two campaigns sharing them only wait for each other).
const LOCK_SPACE = 0x534b53;
const lockKey = (id: string) =>
  parseInt(id.replace(/-/g, '').slice(0, 8), 16) | 0;

/**
 * A campaign's status, read in a transaction that holds the campaign
 * against closing until it ends (on SQLite the write transaction does).
 */
export async function holdCampaignOpen(
  tx: Knex.Transaction,
  id: string,
): Promise<string | undefined> {
  if (isPg(tx))
    await tx.raw('select pg_advisory_xact_lock_shared(?, ?)', [
      LOCK_SPACE,
      lockKey(id),
    ]);
  const row = await tx<DbCampaignRow>('campaigns')
    .where({ id })
    .first('status');
  return row?.status;
}

/**
 * Reads a campaign in a transaction, once every answer being written to it
 * is in, holding off new ones and other changes to it until the
 * transaction ends.
 */
export async function lockCampaign(tx: Knex.Transaction, id: string) {
  let query = tx<DbCampaignRow>('campaigns').where({ id });
  if (isPg(tx)) {
    await tx.raw('select pg_advisory_xact_lock(?, ?)', [
      LOCK_SPACE,
      lockKey(id),
    ]);
    query = query.forUpdate();
  }
  return query.first();
}

export async function openCampaign(options: {
  knex: Knex;
  id: string;
  snapshot: CampaignSnapshot;
  members: Map<string, string>;
  day: string;
}): Promise<CampaignRecord> {
  const { knex, id, snapshot, members, day } = options;
  return knex.transaction(async tx => {
    const row = await lockCampaign(tx, id);
    if (!row) throw new NotFoundError(`campaign ${id}: no such campaign`);
    if (row.status !== 'draft')
      throw new ConflictError(
        `campaign ${row.name}: is ${row.status}; only a draft opens`,
      );
    await createCampaignPartitions(tx, id);
    const rows = [...members].map(([person, team]) => ({
      campaign_id: id,
      person_ref: person,
      team_ref: team,
    }));
    for (let i = 0; i < rows.length; i += CHUNK)
      await tx('campaign_members').insert(rows.slice(i, i + CHUNK));
    const update = {
      status: 'open',
      opened_on: day,
      snapshot: JSON.stringify(snapshot),
    };
    await tx('campaigns').where({ id }).update(update);
    return campaignOf({ ...row, ...update });
  });
}

export async function closeCampaign(options: {
  knex: Knex;
  id: string;
  day: string;
  compute: (aggregates: {
    ratings: RatingAggregate[];
    respondents: Map<string, number>;
  }) => StoredCell[];
  /** Told how long each step took (the bench prints it). */
  onStep?: (step: string, ms: number) => void;
}): Promise<CampaignRecord> {
  const { knex, id, day, compute, onStep } = options;
  const timed = async <T>(step: string, run: () => Promise<T>) => {
    const started = performance.now();
    const result = await run();
    onStep?.(step, performance.now() - started);
    return result;
  };
  return knex.transaction(async tx => {
    // This waits for answers being written, which hold the campaign shared;
    // answers arriving after it find the campaign closed.
    const row = await timed('wait for answers being written', () =>
      lockCampaign(tx, id),
    );
    if (!row) throw new NotFoundError(`campaign ${id}: no such campaign`);
    if (row.status !== 'open')
      throw new ConflictError(
        `campaign ${row.name}: is ${row.status}; only an open campaign closes`,
      );
    const update = { status: 'closed', closed_on: day };
    await tx('campaigns').where({ id }).update(update);
    if (isPg(tx))
      // For this transaction only: the rewrite's sort in memory rather than
      // spilled to disk.
      await tx.raw(`set local maintenance_work_mem = '256MB'`);
    const snapshot = JSON.parse(row.snapshot!) as CampaignSnapshot;
    const { ratings, respondents } = await timed('tally answers', () =>
      tallyAnswers(
        tx,
        id,
        snapshot.technologies.map(t => t.id),
      ),
    );
    const cells = await timed('suppress (in the process)', async () =>
      compute({ ratings, respondents }),
    );
    const rows: DbResultCellRow[] = cells.map(c => ({
      campaign_id: id,
      technology_id: c.technologyId,
      team_ref: c.teamRef,
      status: c.status,
      respondents: c.respondents ?? null,
      levels: c.levels ? JSON.stringify(c.levels) : null,
      not_applicable: c.notApplicable ?? null,
      want_to_learn: c.wantToLearn ?? null,
    }));
    await timed('store cells', () => insertResultCells(tx, rows));
    // Within the closing transaction: no answer of this campaign can arrive
    // any more, and the rewrite commits with the results or not at all.
    await rewriteInKeyOrder(tx, id, timed);
    return campaignOf({ ...row, ...update });
  });
}

/**
 * Stores a campaign's cells: on PostgreSQL as eight arrays a statement
 * (about 90,000 cells at 400 teams and 200 technologies: five statements,
 * not 180 of 4,000 parameters each), elsewhere in chunks.
 */
async function insertResultCells(
  tx: Knex.Transaction,
  rows: DbResultCellRow[],
) {
  if (!isPg(tx)) {
    for (let i = 0; i < rows.length; i += CHUNK)
      await tx('result_cells').insert(rows.slice(i, i + CHUNK));
    return;
  }
  const PG_CHUNK = 20_000;
  for (let i = 0; i < rows.length; i += PG_CHUNK) {
    const chunk = rows.slice(i, i + PG_CHUNK);
    // null where a withheld cell has no figures: node-postgres writes NULL.
    const column = <K extends keyof DbResultCellRow>(key: K) =>
      chunk.map(r => r[key]) as unknown[];
    await tx.raw(
      `insert into result_cells (campaign_id, technology_id, team_ref, status,
         respondents, levels, not_applicable, want_to_learn)
       select * from unnest(?::text[], ?::text[], ?::text[], ?::text[],
         ?::integer[], ?::text[], ?::integer[], ?::integer[])`,
      [
        column('campaign_id'),
        column('technology_id'),
        column('team_ref'),
        column('status'),
        column('respondents'),
        column('levels'),
        column('not_applicable'),
        column('want_to_learn'),
      ] as any,
    );
  }
}

export async function dueToClose(options: { knex: Knex; day: string }) {
  const rows = await options
    .knex<DbCampaignRow>('campaigns')
    .where({ status: 'open' })
    .andWhere('closes_on', '<', options.day)
    .select('id');
  return rows.map(r => r.id);
}

export async function respondentsPerTeam(options: {
  knex: Knex;
  campaignId: string;
}): Promise<Map<string, number>> {
  const rows = await options
    .knex('answers')
    .where({ campaign_id: options.campaignId })
    .groupBy('team_ref')
    .select('team_ref')
    .count({ count: '*' });
  return new Map(
    (rows as Array<Record<string, unknown>>).map(r => [
      String(r.team_ref),
      Number(r.count),
    ]),
  );
}

/** A campaign's stored cells: all, or those of some technologies, or of one team. */
export async function resultCells(options: {
  knex: Knex;
  campaignId: string;
  technologyIds?: string[];
  teamRef?: string;
}): Promise<StoredCell[]> {
  let query = options
    .knex<DbResultCellRow>('result_cells')
    .where({ campaign_id: options.campaignId });
  if (options.technologyIds)
    query = query.whereIn('technology_id', options.technologyIds);
  if (options.teamRef !== undefined)
    query = query.andWhere({ team_ref: options.teamRef });
  return (await query).map(cellOf);
}

/**
 * The closed campaigns, without their snapshots: what a reader checks on
 * every request to know which closed results exist (they never change once
 * there, so the rest can be kept in memory).
 */
export async function listClosed(options: { knex: Knex }) {
  const rows = await options
    .knex<DbCampaignRow>('campaigns')
    .where({ status: 'closed' })
    .select('id', 'name', 'closes_on', 'closed_on');
  return rows.map(r => ({
    id: r.id,
    name: r.name,
    closesOn: r.closes_on,
    closedOn: r.closed_on!,
  }));
}

/** The organisation-wide cells of the campaigns given, by campaign id. */
export async function organisationCellsOf(options: {
  knex: Knex;
  campaignIds: string[];
}): Promise<Map<string, StoredCell[]>> {
  const byCampaign = new Map<string, StoredCell[]>(
    options.campaignIds.map(id => [id, []]),
  );
  for (let i = 0; i < options.campaignIds.length; i += CHUNK) {
    const rows = await options
      .knex<DbResultCellRow>('result_cells')
      .whereIn('campaign_id', options.campaignIds.slice(i, i + CHUNK))
      .andWhere({ team_ref: '' });
    for (const r of rows) byCampaign.get(r.campaign_id)?.push(cellOf(r));
  }
  return byCampaign;
}

function cellOf(r: DbResultCellRow): StoredCell {
  return {
    technologyId: r.technology_id,
    teamRef: r.team_ref,
    status: r.status as StoredCell['status'],
    ...(r.respondents !== null && { respondents: r.respondents }),
    ...(r.levels !== null && { levels: JSON.parse(r.levels) }),
    ...(r.not_applicable !== null && { notApplicable: r.not_applicable }),
    ...(r.want_to_learn !== null && { wantToLearn: r.want_to_learn }),
  };
}
