import { TestDatabaseId } from '@backstage/backend-test-utils';
import fs from 'fs';
import path from 'path';
import { surveyStoreDatabases } from '../__testUtils__/databases';
import {
  organisation,
  receipt,
  snapshotOf,
  technology,
} from '../__testUtils__/organisation';
import { computeCells } from '../model/cells';
import { receiptHash } from '../service/SurveyService';

// Anonymity by construction: who answered (participations, campaign_members)
// and what was answered (answers, with their ratings) share no key, no order and no
// time. These tests read the schema and the code, not just behaviour.

jest.setTimeout(60_000);

const { databases, storeFor } = surveyStoreDatabases();
const PERSON_TABLES = ['participations', 'campaign_members'];
const ANSWER_TABLES = ['answers'];

/** The level of java, the first technology, in an answer's code. */
const javaLevel = (code: string) => code.charCodeAt(0) - 'a'.charCodeAt(0);

async function columns(knex: any, table: string) {
  return Object.entries(await knex(table).columnInfo()).map(
    ([name, info]: [string, any]) => ({ name, type: String(info.type) }),
  );
}

describe.each(databases.eachSupportedId())(
  'the schema on %s',
  (databaseId: TestDatabaseId) => {
    it('shares no column between people and answers but the campaign, and holds no time of day', async () => {
      const { knex } = await storeFor(databaseId);
      const names = async (tables: string[]) =>
        new Set(
          (await Promise.all(tables.map(t => columns(knex, t)))).flatMap(cs =>
            cs.map(c => c.name),
          ),
        );
      const answer = await names(ANSWER_TABLES);
      const shared = async (table: string) =>
        [...(await names([table]))].filter(c => answer.has(c)).sort();
      expect(await shared('participations')).toEqual(['campaign_id']);
      // The list of everyone's team at opening shares the team, by design:
      // answers carry their team, never smaller than the minimum group size.
      expect(await shared('campaign_members')).toEqual([
        'campaign_id',
        'team_ref',
      ]);
      expect([...answer]).not.toContain('person_ref');
      for (const table of [...PERSON_TABLES, ...ANSWER_TABLES]) {
        for (const c of await columns(knex, table)) {
          // Days are 10-character text; no timestamp, date-time or serial.
          expect({ table, c, time: /time|date|serial/i.test(c.type) }).toEqual({
            table,
            c,
            time: false,
          });
        }
      }
      const participation = (await columns(knex, 'participations')).find(
        c => c.name === 'answered_on',
      )!;
      expect(participation.type).toMatch(/char|text/i);
      await knex.destroy();
    });

    it('has no sequence, autoincrement or row id that orders answers by arrival', async () => {
      const { knex } = await storeFor(databaseId);
      // SQLite: every person and answer table WITHOUT ROWID, none
      // autoincrement; PostgreSQL: no sequence for them.
      const sqlite =
        databaseId === 'SQLITE_3'
          ? await knex('sqlite_master')
              .whereIn('name', [...PERSON_TABLES, ...ANSWER_TABLES])
              .select('sql')
          : [];
      const sequences =
        databaseId === 'SQLITE_3'
          ? { rows: [] }
          : await knex.raw(
              `select c.relname from pg_class c where c.relkind = 'S'`,
            );
      expect(sqlite.length).toBe(databaseId === 'SQLITE_3' ? 3 : 0);
      expect(
        sqlite.filter(
          (t: any) =>
            !/WITHOUT ROWID$/.test(t.sql) || /autoincrement/i.test(t.sql),
        ),
      ).toEqual([]);
      expect(
        sequences.rows.filter((r: any) =>
          [...PERSON_TABLES, ...ANSWER_TABLES].some(t =>
            r.relname.startsWith(t),
          ),
        ),
      ).toEqual([]);
      await knex.destroy();
    });
  },
);

describe.each(databases.eachSupportedId())(
  'the physical order of rows on %s',
  (databaseId: TestDatabaseId) => {
    it('after closing, follows the keys (names, random ids), not the order people answered in', async () => {
      const { store, knex } = await storeFor(databaseId);
      const pg = databaseId !== 'SQLITE_3';
      const created = await store.createCampaign(
        {
          name: 'Physical order',
          intro: '',
          opensOn: '2026-12-01',
          closesOn: '2026-12-31',
          technologyIds: ['java', 'kafka'],
          createdBy: 'user:default/sam',
        },
        '2026-12-01',
      );
      const technologies = [technology('java'), technology('kafka')];
      const { snapshot, members } = snapshotOf(organisation(), technologies);
      await store.openCampaign(created.id, snapshot, members, '2026-12-01');
      // 20 people answer in reverse order of their names.
      const people = Array.from(
        { length: 20 },
        (_, i) => `user:default/p${String(19 - i).padStart(2, '0')}`,
      );
      for (const [i, personRef] of people.entries())
        await store.submitAnswer({
          campaignId: created.id,
          personRef,
          day: '2026-12-02',
          receiptHash: receiptHash(created.id, receipt(`order${i}`)),
          ratings: technologies.map(t => ({
            technologyId: t.id,
            level: i % 5,
            wantToLearn: false,
          })),
          helpText: null,
        });
      // On PostgreSQL the heap holds rows in the order written (ctid); on
      // SQLite (WITHOUT ROWID, no rowid at all) the table is its key's
      // b-tree, read by a scan of every column (which no index covers).
      const physical = async (table: string, column: string) =>
        pg
          ? knex(table)
              .orderBy(knex.raw('ctid') as any)
              .pluck(column)
          : // Constants of this test only.
            (await knex.raw(`select ${column} as v, * from ${table}`)).map(
              (r: { v: string }) => r.v,
            );
      const answerIdsWritten = await physical('answers', 'id');
      // What the rewrite at closing is for: before it, on PostgreSQL the
      // heap is in arrival order; SQLite (no rowid: the schema test checks
      // WITHOUT ROWID) already keeps key order, the reverse of arrival here.
      expect(await physical('participations', 'person_ref')).toEqual(
        pg ? people : [...people].reverse(),
      );
      await store.closeCampaign(created.id, '2026-12-31', a =>
        computeCells(snapshot, a),
      );
      // The order of the keys, as the database collates them.
      const byKey = (table: string, column: string, keys: string[]) =>
        knex(table).orderBy(keys).pluck(column);
      expect(await physical('participations', 'person_ref')).toEqual(
        await byKey('participations', 'person_ref', [
          'campaign_id',
          'person_ref',
        ]),
      );
      expect(await physical('participations', 'person_ref')).not.toEqual(
        people,
      );
      const answerIds = await physical('answers', 'id');
      expect(answerIds).toEqual(await byKey('answers', 'id', ['id']));
      // On PostgreSQL, before closing, the heap held them as written.
      expect(answerIds.join() === answerIdsWritten.join()).toBe(!pg);
      expect(await physical('campaign_members', 'person_ref')).toEqual(
        await byKey('campaign_members', 'person_ref', [
          'campaign_id',
          'person_ref',
        ]),
      );
      // The random ids say nothing of the order people answered in: the
      // levels (0, 1, 2, 3, 4, 0, … as written) do not read back in it.
      const levels = (await physical('answers', 'ratings')).map(javaLevel);
      expect(levels).not.toEqual(people.map((_, i) => i % 5));
      // The results are there, and answering is closed.
      expect((await store.getCampaign(created.id))?.status).toBe('closed');
      await knex.destroy();
    });
  },
);

describe('on SQLite, rows', () => {
  it('are kept in the order of their keys, not of their writing', async () => {
    const { store, knex } = await storeFor('SQLITE_3');
    const created = await store.createCampaign(
      {
        name: 'Order',
        intro: '',
        opensOn: '2026-12-01',
        closesOn: '2026-12-31',
        technologyIds: ['java'],
        createdBy: 'user:default/sam',
      },
      '2026-12-01',
    );
    const { snapshot, members } = snapshotOf(organisation(), [
      technology('java'),
    ]);
    await store.openCampaign(created.id, snapshot, members, '2026-12-01');
    // People answer in an order unlike their names' order.
    const people = Array.from({ length: 30 }, (_, i) => `p${(i * 7) % 30}`);
    for (const [i, p] of people.entries())
      await store.submitAnswer({
        campaignId: created.id,
        personRef: `user:default/${p}`,
        day: '2026-12-02',
        receiptHash: receiptHash(created.id, receipt(`r${i}`)),
        ratings: [{ technologyId: 'java', level: i % 5, wantToLearn: false }],
        helpText: null,
      });
    const participations = (await knex('participations').select()).map(
      r => r.person_ref,
    );
    expect(participations).toEqual([...participations].sort());
    const levels = (await knex('answers').select()).map(r =>
      javaLevel(r.ratings),
    );
    // In writing order the levels would read 0, 1, 2, 3, 4, 0, …
    expect(levels).not.toEqual(people.map((_, i) => i % 5));
    await knex.destroy();
  });
});

describe('the code', () => {
  it('never joins people to answers in one query', () => {
    const dir = path.resolve(__dirname, '..');
    const files: string[] = [];
    const walk = (d: string) =>
      fs.readdirSync(d, { withFileTypes: true }).forEach(e => {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name))
          files.push(p);
      });
    walk(dir);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      // Every statement (a chain up to its semicolon) that names a person
      // table names no answer table, and the other way round.
      for (const statement of text.split(';')) {
        const people = /'(participations|campaign_members)'/.test(statement);
        const answers = /'answers( as \w+)?'/.test(statement);
        expect({ file, statement: people && answers ? statement : '' }).toEqual(
          {
            file,
            statement: '',
          },
        );
      }
    }
  });
});
