import { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  openTestCampaign,
  ratingsOf as ratings,
  testAnswer as answer,
} from '../__testUtils__/campaigns';
import { surveyStoreDatabases } from '../__testUtils__/databases';
import { receipt } from '../__testUtils__/organisation';
import { computeCells } from '../model/cells';
import { receiptHash } from '../service/SurveyService';
import { SurveyStore } from './SurveyStore';

jest.setTimeout(60_000);

const { databases, storeFor } = surveyStoreDatabases();
const openCampaign = (store: SurveyStore, name = '2026-Q4') =>
  openTestCampaign(store, { name });

describe.each(databases.eachSupportedId())(
  'DatabaseSurveyStore on %s',
  (databaseId: TestDatabaseId) => {
    it('takes a first answer once, refuses a second and a taken receipt, and changes it by receipt', async () => {
      const { store, knex } = await storeFor(databaseId);
      const { id } = await openCampaign(store);
      await expect(store.submitAnswer(answer(id, 'card1', 'a'))).resolves.toBe(
        'created',
      );
      // A retry of the same answer writes nothing.
      await expect(store.submitAnswer(answer(id, 'card1', 'a'))).resolves.toBe(
        'already-recorded',
      );
      await expect(store.submitAnswer(answer(id, 'card1', 'b'))).resolves.toBe(
        'already-answered',
      );
      await expect(store.submitAnswer(answer(id, 'card2', 'a'))).resolves.toBe(
        'receipt-taken',
      );
      expect(await knex('answers').count({ n: '*' })).toEqual([
        { n: databaseId === 'SQLITE_3' ? 1 : '1' },
      ]);
      // Its ratings in its own row: java at 3 ('d'), kafka at 1 and wanted
      // ('B'), in the campaign's order of technologies.
      expect(await knex('answers').pluck('ratings')).toEqual(['dB']);

      await expect(
        store.changeAnswer({ ...answer(id, 'card1', 'a', ratings(4, null)) }),
      ).resolves.toBe('changed');
      await expect(
        store.changeAnswer(answer(id, 'card1', 'forged')),
      ).resolves.toBe('no-such-receipt');
      await expect(store.changeAnswer(answer(id, 'card3', 'a'))).resolves.toBe(
        'not-participant',
      );
      expect(await store.readAnswer(id, receiptHash(id, receipt('a')))).toEqual(
        { ratings: ratings(4, null), helpText: null },
      );
      expect(await store.participation(id, 'user:default/card1')).toEqual({
        answeredOn: '2026-12-02',
      });
      expect(await store.teamOf(id, 'user:default/card1')).toBe(
        'group:default/payments',
      );
      await knex.destroy();
    });

    it('closes once, stores only aggregates, and is read-only after', async () => {
      const { store, knex } = await storeFor(databaseId);
      const { id, snapshot } = await openCampaign(store);
      const people = [
        ...['card1', 'card2', 'card3', 'clear1', 'clear2'],
        ...['risk1', 'risk2'],
      ];
      for (const [i, p] of people.entries())
        await store.submitAnswer(answer(id, p, p, ratings(i % 5, 2)));
      await store.closeCampaign(id, '2026-12-21', a =>
        computeCells(snapshot, a),
      );
      await expect(
        store.closeCampaign(id, '2026-12-21', () => []),
      ).rejects.toThrow(/is closed/);
      await expect(
        store.submitAnswer(answer(id, 'plat1', 'plat1')),
      ).resolves.toBe('not-open');
      await expect(
        store.changeAnswer(answer(id, 'card1', 'card1')),
      ).resolves.toBe('not-open');
      const cells = await store.resultCells(id);
      const byKey = new Map(
        cells.map(c => [`${c.technologyId}|${c.teamRef}`, c]),
      );
      expect(byKey.get('|group:default/engineering')).toMatchObject({
        status: 'published',
        respondents: 7,
      });
      // Risk has 2 respondents: withheld; payments (5) is withheld with it,
      // so that engineering minus payments does not give risk away.
      for (const team of ['risk', 'payments'])
        expect(byKey.get(`|group:default/${team}`)).toEqual({
          technologyId: '',
          teamRef: `group:default/${team}`,
          status: 'suppressed',
        });
      expect(byKey.get('java|group:default/engineering')).toMatchObject({
        status: 'published',
        levels: { 0: 2, 1: 2, 2: 1, 3: 1, 4: 1 },
        wantToLearn: 0,
      });
      expect(byKey.get('java|group:default/platform')?.status).toBe('no-data');
      await knex.destroy();
    });

    it('loses no acknowledged answer when closing while answers arrive', async () => {
      const { store, knex } = await storeFor(databaseId);
      const { id, snapshot } = await openCampaign(store);
      const people = Array.from({ length: 20 }, (_, i) =>
        i < 4 ? `card${i + 1}` : `x${i}`,
      );
      let respondents = 0;
      const submits = people.map(p => store.submitAnswer(answer(id, p, p)));
      const closing = new Promise(r => setTimeout(r, 5)).then(() =>
        store.closeCampaign(id, '2026-12-21', a => {
          respondents = [...a.respondents.values()].reduce((x, y) => x + y, 0);
          return computeCells(snapshot, a);
        }),
      );
      const outcomes = await Promise.all(submits);
      await closing;
      const acknowledged = outcomes.filter(o => o === 'created').length;
      expect(outcomes.every(o => o === 'created' || o === 'not-open')).toBe(
        true,
      );
      expect(respondents).toBe(acknowledged);
      await knex.destroy();
    });

    it('takes answers arriving together each once, atomically, whatever else arrives with them', async () => {
      const { store, knex } = await storeFor(databaseId);
      const { id } = await openCampaign(store);
      let transactions = 0;
      knex.on('query', (q: { sql: string }) => {
        if (/^begin/i.test(q.sql)) transactions += 1;
      });
      const count = async (table: string) =>
        Number((await knex(table).count({ n: '*' }))[0].n);
      const fresh = Array.from({ length: 15 }, (_, i) => `n${i}`);
      // 15 first answers, the first 5 of them sent twice (a retry).
      const first = await Promise.all([
        ...fresh.map(p => store.submitAnswer(answer(id, p, p))),
        ...fresh.slice(0, 5).map(p => store.submitAnswer(answer(id, p, p))),
      ]);
      for (const [i, p] of fresh.entries()) {
        const mine = first.filter((_, j) => j === i || j === i + 15);
        expect([p, mine.sort()]).toEqual([
          p,
          i < 5 ? ['already-recorded', 'created'] : ['created'],
        ]);
      }
      // SQLite writes each in its own transaction; PostgreSQL groups them.
      expect(transactions).toBeLessThanOrEqual(
        databaseId === 'SQLITE_3' ? 20 : 19,
      );
      expect(await count('answers')).toBe(15);
      expect(new Set(await knex('answers').pluck('ratings'))).toEqual(
        new Set(['dB']),
      );

      // Second answers, taken receipts, one the database refuses (a
      // person without a ref: on PostgreSQL it fails the batch it is in)
      // and new ones, all at once: each refused or stored on its own.
      const broken = {
        ...answer(id, 'broken', 'broken'),
        personRef: null as any,
      };
      const [failed, ...outcomes] = await Promise.allSettled([
        store.submitAnswer(broken),
        ...fresh
          .slice(0, 5)
          .map(p => store.submitAnswer(answer(id, p, `${p}x`))),
        ...fresh
          .slice(5, 10)
          .map(p => store.submitAnswer(answer(id, `taker-${p}`, p))),
        ...['m1', 'm2', 'm3', 'm4', 'm5'].map(p =>
          store.submitAnswer(answer(id, p, p)),
        ),
      ]);
      expect(failed.status).toBe('rejected');
      expect(
        outcomes.map(o => (o as PromiseFulfilledResult<string>).value),
      ).toEqual([
        ...Array(5).fill('already-answered'),
        ...Array(5).fill('receipt-taken'),
        ...Array(5).fill('created'),
      ]);
      expect(await count('answers')).toBe(20);
      expect(await count('participations')).toBe(20);
      for (const p of ['broken', 'taker-n5', 'taker-n9'])
        await expect(
          store.participation(id, `user:default/${p}`),
        ).resolves.toBeUndefined();
      await knex.destroy();
    });

    it('lists due campaigns, free texts by text, holds them, and keeps helpers apart', async () => {
      const { store, knex } = await storeFor(databaseId);
      const { id } = await openCampaign(store);
      expect(await store.dueToClose('2026-12-20')).toEqual([]);
      expect(await store.dueToClose('2026-12-21')).toEqual([id]);
      for (const [p, text] of [
        ['card1', 'zebra'],
        ['card2', 'apple'],
        ['card3', 'mango'],
      ])
        await store.submitAnswer({ ...answer(id, p, p), helpText: text });
      const texts = await store.freeTexts(id, false);
      expect(texts.map(t => t.text)).toEqual(['apple', 'mango', 'zebra']);
      expect(await store.holdFreeText(id, texts[0].id, true)).toBe(true);
      expect((await store.freeTexts(id, false)).map(t => t.text)).toEqual([
        'mango',
        'zebra',
      ]);
      expect(await store.holdFreeText(id, 'A'.repeat(22), true)).toBe(false);

      await store.setHelpers(
        'user:default/card1',
        [{ technologyId: 'kafka', note: 'Ask me' }],
        '2026-12-01',
      );
      await store.setHelpers(
        'user:default/card1',
        [
          { technologyId: 'kafka', note: 'Ask me anything' },
          { technologyId: 'java', note: null },
        ],
        '2026-12-05',
      );
      expect(await store.listHelpers('kafka')).toEqual([
        {
          userRef: 'user:default/card1',
          technologyId: 'kafka',
          note: 'Ask me anything',
          since: '2026-12-01',
        },
      ]);
      expect(await store.countHelpers()).toEqual(
        new Map([
          ['java', 1],
          ['kafka', 1],
        ]),
      );
      await knex.destroy();
    });

    it('migrates down and up again with data in place', async () => {
      const { store, knex } = await storeFor(databaseId);
      const { id } = await openCampaign(store);
      await store.submitAnswer(answer(id, 'card1', 'a'));
      const dir = require('path').resolve(__dirname, '../../migrations');
      await knex.migrate.rollback({ directory: dir }, true);
      expect(await knex.schema.hasTable('answers')).toBe(false);
      await knex.migrate.latest({ directory: dir });
      expect(await knex.schema.hasTable('answers')).toBe(true);
      await knex.destroy();
    });
  },
);
