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
import { receiptHash } from '../service/SurveyService';

// Anonymity by construction: who answered (participations, campaign_members)
// and what was answered (answers, ratings) share no key, no order and no
// time. These tests read the schema and the code, not just behaviour.

jest.setTimeout(60_000);

const { databases, storeFor } = surveyStoreDatabases();
const PERSON_TABLES = ['participations', 'campaign_members'];
const ANSWER_TABLES = ['answers', 'ratings'];

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
      expect(sqlite.length).toBe(databaseId === 'SQLITE_3' ? 4 : 0);
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
    const levels = (await knex('ratings').select()).map(r => r.level);
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
        const answers = /'(answers|ratings)( as \w+)?'/.test(statement);
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
