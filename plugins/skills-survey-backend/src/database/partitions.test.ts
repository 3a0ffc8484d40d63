import { TestDatabaseId } from '@backstage/backend-test-utils';
import { mockServices } from '@backstage/backend-test-utils';
import { DEFAULT_SCALE } from '@internal/plugin-skills-survey-common';
import { Knex } from 'knex';
import path from 'path';
import {
  closeTestCampaign,
  openTestCampaign,
  ratingsOf,
  testAnswer,
  TEST_TECHNOLOGIES,
} from '../__testUtils__/campaigns';
import { surveyStoreDatabases } from '../__testUtils__/databases';
import {
  organisation,
  receipt,
  snapshotOf,
  technology,
} from '../__testUtils__/organisation';
import { loadDemoSurvey } from '../demo/loadDemoSurvey';
import { computeCells } from '../model/cells';
import { receiptHash } from '../service/SurveyService';
import { DatabaseSurveyStore } from './DatabaseSurveyStore';
import { partitionName } from './operations/partitions';
import { decodeRatings } from './operations/ratingCodes';

// The migrations that partition the person and answer tables by campaign
// on PostgreSQL (and give ratings their campaign's id on both databases),
// then move each answer's ratings into its own row as a code: they upgrade
// databases with answers in them without losing any, and once they have,
// closing a campaign rewrites that campaign's rows only.

jest.setTimeout(120_000);

const { databases, storeFor } = surveyStoreDatabases();
const migrations = path.resolve(__dirname, '../../migrations');
const PARTITIONS = '20261204_skills_survey_partitions.js';

/**
 * Every rating, as [answer, technology, level, want to learn], in key
 * order: from the ratings table where there is one, else decoded from the
 * answers' codes in their campaign's order of technologies.
 */
async function ratingsIn(knex: Knex) {
  if (await knex.schema.hasTable('ratings'))
    return (
      await knex('ratings')
        .orderBy(['answer_id', 'technology_id'])
        .select('answer_id', 'technology_id', 'level', 'want_to_learn')
    ).map(r => [
      r.answer_id,
      r.technology_id,
      r.level,
      Boolean(r.want_to_learn),
    ]);
  const orders = new Map(
    (await knex('campaigns').whereNotNull('snapshot')).map(c => [
      c.id,
      JSON.parse(c.snapshot).technologies.map((t: { id: string }) => t.id),
    ]),
  );
  const rows: unknown[][] = [];
  for (const a of await knex('answers').orderBy('id')) {
    const order: string[] = orders.get(a.campaign_id);
    for (const r of decodeRatings(order, a.ratings))
      rows.push([a.id, r.technologyId, r.level, r.wantToLearn]);
  }
  return rows;
}

/** Every row of the person and answer tables, in key order, as plain values. */
async function contents(knex: Knex) {
  const read = (table: string, keys: string[], columns: string[]) =>
    knex(table)
      .orderBy(keys)
      .select(columns)
      .then(rows =>
        rows.map(r =>
          columns.map(c =>
            typeof r[c] === 'number' && c !== 'level' ? Boolean(r[c]) : r[c],
          ),
        ),
      );
  return {
    members: await read(
      'campaign_members',
      ['campaign_id', 'person_ref'],
      ['campaign_id', 'person_ref', 'team_ref'],
    ),
    participations: await read(
      'participations',
      ['campaign_id', 'person_ref'],
      ['campaign_id', 'person_ref', 'answered_on'],
    ),
    answers: await read(
      'answers',
      ['id'],
      [
        'id',
        'campaign_id',
        'team_ref',
        'receipt_hash',
        'help_text',
        'text_held',
      ],
    ),
    ratings: await ratingsIn(knex),
  };
}

/** Runs the migrations before the partitions, one by one. */
async function migrateToBefore(knex: Knex) {
  for (;;) {
    const [, pending] = await knex.migrate.list({ directory: migrations });
    const next = pending[0];
    if (!next || next.file === PARTITIONS) return;
    await knex.migrate.up({ directory: migrations });
  }
}

describe.each(databases.eachSupportedId())(
  'partitioning by campaign on %s',
  (databaseId: TestDatabaseId) => {
    it('upgrades a database with a closed and an open campaign, losing no answer', async () => {
      const knex = await databases.init(databaseId);
      await migrateToBefore(knex);
      // The tables as the first migration made them, with answers written
      // as the code before partitions wrote them.
      const { snapshot, members } = snapshotOf(
        organisation(),
        TEST_TECHNOLOGIES,
      );
      const campaigns = [
        {
          id: '0a7a2f3e-1d52-4b1e-9d3c-2f1c0b9e8a01',
          name: 'Old',
          status: 'closed',
        },
        {
          id: '5be0c8d4-77a1-4f0e-8a55-93c6d1e2f402',
          name: 'Now',
          status: 'open',
        },
      ];
      const people = ['card1', 'card2', 'card3', 'card4', 'clear1', 'clear2'];
      for (const [c, campaign] of campaigns.entries()) {
        await knex('campaigns').insert({
          id: campaign.id,
          name: campaign.name,
          intro: '',
          opens_on: '2026-06-01',
          closes_on: '2026-06-30',
          status: campaign.status,
          technology_ids: JSON.stringify(['java', 'kafka']),
          created_by: 'user:default/sam',
          created_on: '2026-05-30',
          opened_on: '2026-06-01',
          closed_on: campaign.status === 'closed' ? '2026-06-30' : null,
          snapshot: JSON.stringify(snapshot),
        });
        await knex('campaign_members').insert(
          [...members].map(([person, team]) => ({
            campaign_id: campaign.id,
            person_ref: person,
            team_ref: team,
          })),
        );
        for (const [i, person] of people.entries()) {
          const answerId = `answer${c}${i}`.padEnd(22, 'x');
          await knex('participations').insert({
            campaign_id: campaign.id,
            person_ref: `user:default/${person}`,
            answered_on: '2026-06-02',
          });
          await knex('answers').insert({
            id: answerId,
            campaign_id: campaign.id,
            team_ref: members.get(`user:default/${person}`),
            receipt_hash: receiptHash(campaign.id, receipt(`${c}-${person}`)),
            help_text: `Text ${c} ${i}`,
            text_held: false,
          });
          await knex('ratings').insert(
            ratingsOf(i % 5, 4).map(r => ({
              answer_id: answerId,
              technology_id: r.technologyId,
              level: r.level,
              want_to_learn: r.wantToLearn,
            })),
          );
        }
      }
      const before = await contents(knex);

      await knex.migrate.latest({ directory: migrations });
      expect(await contents(knex)).toEqual(before);
      expect(before.ratings).toHaveLength(24);
      expect(await knex.schema.hasTable('ratings')).toBe(false);
      // On PostgreSQL, a table of each a campaign; SQLite has none.
      const partitions =
        databaseId === 'SQLITE_3'
          ? []
          : (
              await knex.raw(
                `select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                 where i.inhparent = 'answers'::regclass order by 1`,
              )
            ).rows.map((r: { relname: string }) => r.relname);
      expect(partitions).toEqual(
        databaseId === 'SQLITE_3'
          ? []
          : campaigns.map(c => partitionName('answers', c.id)).sort(),
      );

      // The store goes on where the old code left off: the open campaign's
      // answers are read and changed by receipt, new ones come in, and
      // closing counts old and new.
      const store = await DatabaseSurveyStore.create({
        database: { getClient: async () => knex, migrations: { skip: true } },
      });
      const now = campaigns[1].id;
      expect(
        await store.readAnswer(now, receiptHash(now, receipt('1-card2'))),
      ).toEqual({ ratings: ratingsOf(1, 4), helpText: 'Text 1 1' });
      await expect(
        store.changeAnswer({
          ...testAnswer(now, 'card2', '1-card2', ratingsOf(4, 4)),
        }),
      ).resolves.toBe('changed');
      await expect(
        store.submitAnswer(testAnswer(now, 'risk1', 'risk1', ratingsOf(2, 2))),
      ).resolves.toBe('created');
      await expect(
        store.submitAnswer(testAnswer(now, 'card1', 'again')),
      ).resolves.toBe('already-answered');
      await store.closeCampaign(now, '2026-06-30', a => {
        expect(
          a.ratings
            .filter(r => r.technologyId === 'java')
            .reduce((n, r) => n + r.count, 0),
        ).toBe(7);
        return computeCells(snapshot, a);
      });
      const old = campaigns[0].id;
      expect(await store.freeTexts(old, true)).toHaveLength(6);
      await knex.destroy();
    });

    it('keeps the demo data through the migrations down and up again', async () => {
      const { store, knex } = await storeFor(databaseId);
      expect(
        await loadDemoSurvey({
          store,
          technologies: [technology('java', 3), technology('kafka', 12)],
          entities: organisation(),
          settings: {
            minGroupSize: 3,
            scale: DEFAULT_SCALE,
            independentLevel: 3,
          } as any,
          logger: mockServices.logger.mock(),
          now: new Date('2026-12-02T09:00:00Z'),
        }),
      ).toBe(true);
      const before = await contents(knex);
      expect(before.ratings.length).toBeGreaterThan(0);
      const cells = await knex('result_cells').count({ n: '*' });

      // Ratings a row each again, with their campaign's id...
      await knex.migrate.down({ directory: migrations });
      expect(await knex.schema.hasColumn('answers', 'ratings')).toBe(false);
      expect(await knex.schema.hasColumn('ratings', 'campaign_id')).toBe(true);
      expect(await contents(knex)).toEqual(before);
      // ... then without it, and unpartitioned.
      await knex.migrate.down({ directory: migrations });
      expect(await knex.schema.hasColumn('ratings', 'campaign_id')).toBe(false);
      expect(await contents(knex)).toEqual(before);
      await knex.migrate.latest({ directory: migrations });
      expect(await contents(knex)).toEqual(before);
      expect(await knex('result_cells').count({ n: '*' })).toEqual(cells);
      // The open demo campaign still takes answers.
      const open = (await store.listCampaigns()).find(
        c => c.status === 'open',
      )!;
      await expect(
        store.submitAnswer(testAnswer(open.id, 'newcomer', 'newcomer')),
      ).resolves.toBe('created');
      await knex.destroy();
    });
  },
);

describe('closing on PostgreSQL', () => {
  it('rewrites its own campaign’s partitions and leaves every other campaign’s rows alone', async () => {
    const { store, knex } = await storeFor('POSTGRES_15');
    const other = await openTestCampaign(store, { name: 'Other' });
    const closing = await openTestCampaign(store, { name: 'Closing' });
    for (const person of ['card1', 'card2', 'card3', 'clear1', 'clear2'])
      for (const campaign of [other, closing])
        await store.submitAnswer(
          testAnswer(campaign.id, person, `${campaign.id}-${person}`),
        );
    const tables = ['campaign_members', 'participations', 'answers'];
    // The file each partition's rows are in: CLUSTER writes a new one.
    const files = async (campaignId: string) =>
      Promise.all(
        tables.map(async t => {
          const result = await knex.raw('select pg_relation_filenode(?) as f', [
            partitionName(t, campaignId),
          ]);
          return Number(result.rows[0].f);
        }),
      );
    const otherBefore = await files(other.id);
    const closingBefore = await files(closing.id);
    const steps: string[] = [];
    await store.closeCampaign(
      closing.id,
      '2026-12-21',
      a => computeCells(closing.snapshot, a),
      { onStep: step => steps.push(step) },
    );
    expect(await files(other.id)).toEqual(otherBefore);
    const closingAfter = await files(closing.id);
    closingAfter.forEach((file, i) => expect(file).not.toBe(closingBefore[i]));
    expect(steps).toEqual([
      'wait for answers being written',
      'tally answers',
      'suppress (in the process)',
      'store cells',
      ...tables.map(t => `cluster ${t}`),
    ]);
    // The other campaign still takes answers and closes in turn.
    await expect(
      store.submitAnswer(testAnswer(other.id, 'risk1', 'risk1')),
    ).resolves.toBe('created');
    await closeTestCampaign(store, other, '2026-12-22');
    expect((await store.getCampaign(other.id))?.status).toBe('closed');
    await knex.destroy();
  });
});
