import { TestDatabaseId } from '@backstage/backend-test-utils';
import { mockServices } from '@backstage/backend-test-utils';
import { DateTime } from 'luxon';
import { surveyStoreDatabases } from '../__testUtils__/databases';
import {
  organisation,
  receipt,
  snapshotOf,
  technology,
} from '../__testUtils__/organisation';
import { NoticeStore } from '../database/NoticeStore';
import { computeCells } from '../model/cells';
import { receiptHash } from './SurveyService';
import { SurveyNotifier } from './SurveyNotifier';

jest.setTimeout(60_000);

const { databases, storeFor } = surveyStoreDatabases();
const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });

describe.each(databases.eachSupportedId())(
  'SurveyNotifier on %s',
  (databaseId: TestDatabaseId) => {
    async function setUp(send: (options: any) => Promise<void>) {
      const { store, knex } = await storeFor(databaseId);
      const created = await store.createCampaign(
        {
          name: '2026-Q4',
          intro: 'Hello',
          opensOn: '2026-12-01',
          closesOn: '2026-12-20',
          technologyIds: ['java'],
          createdBy: 'user:default/sam',
        },
        '2026-11-30',
      );
      const { snapshot, members } = snapshotOf(organisation(), [
        technology('java'),
      ]);
      await store.openCampaign(created.id, snapshot, members, '2026-12-01');
      for (const [person, key] of [
        ['card1', 'a'],
        ['plat2', 'b'],
      ]) {
        await store.submitAnswer({
          campaignId: created.id,
          personRef: `user:default/${person}`,
          day: '2026-12-02',
          receiptHash: receiptHash(created.id, receipt(key)),
          ratings: [{ technologyId: 'java', level: 3, wantToLearn: false }],
          helpText: null,
        });
      }
      const logger = mockServices.logger.mock();
      const notifier = new SurveyNotifier({
        store,
        notices: new NoticeStore(knex),
        notifications: { send },
        logger,
      });
      return { store, notifier, logger, id: created.id, snapshot };
    }

    it('reminds who has not answered, at most once a week, and never who has', async () => {
      const sent: any[] = [];
      const { notifier } = await setUp(
        async options => void sent.push(options),
      );
      expect(await notifier.run(at('2026-12-02T09:00'))).toEqual({
        reminded: 18,
        announced: 0,
      });
      expect(sent).toHaveLength(1);
      const refs: string[] = sent[0].recipients.entityRef;
      expect(refs).toHaveLength(18);
      expect(refs).not.toContain('user:default/card1');
      expect(refs).not.toContain('user:default/plat2');
      expect(sent[0].payload).toMatchObject({
        link: '/skills-survey',
        topic: 'skills-survey',
      });

      // The same week, again (another replica, the next minute): nothing.
      expect(await notifier.run(at('2026-12-06T23:00'))).toEqual({
        reminded: 0,
        announced: 0,
      });
      // The next week: reminded again.
      expect(await notifier.run(at('2026-12-07T08:00'))).toEqual({
        reminded: 18,
        announced: 0,
      });
      expect(sent).toHaveLength(2);
    });

    it('tells everyone once when the results are published, and not for old campaigns', async () => {
      const sent: any[] = [];
      const { store, notifier, id, snapshot } = await setUp(
        async options => void sent.push(options),
      );
      await store.closeCampaign(id, '2026-12-10', aggregates =>
        computeCells(snapshot, aggregates),
      );
      expect(await notifier.run(at('2026-12-11T09:00'))).toEqual({
        reminded: 0,
        announced: 1,
      });
      expect(sent[0]).toMatchObject({
        recipients: { type: 'broadcast' },
        payload: { title: 'Skills survey 2026-Q4: results are published' },
      });
      expect(await notifier.run(at('2026-12-11T09:01'))).toEqual({
        reminded: 0,
        announced: 0,
      });
    });

    it('does not announce a campaign closed more than a week ago', async () => {
      const sent: any[] = [];
      const { store, notifier, id, snapshot } = await setUp(
        async options => void sent.push(options),
      );
      await store.closeCampaign(id, '2026-12-10', aggregates =>
        computeCells(snapshot, aggregates),
      );
      expect(await notifier.run(at('2026-12-20T09:00'))).toEqual({
        reminded: 0,
        announced: 0,
      });
      expect(sent).toEqual([]);
    });

    it('logs a notice it could not send, and sends it no second time', async () => {
      const { notifier, logger } = await setUp(async () => {
        throw new Error('notifications are down');
      });
      await notifier.run(at('2026-12-02T09:00'));
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining('notifications are down'),
      );
      expect(await notifier.run(at('2026-12-02T09:01'))).toEqual({
        reminded: 0,
        announced: 0,
      });
    });
  },
);
