import { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  closeTestCampaign,
  openTestCampaign,
  ratingsOf,
  testAnswer,
} from '../__testUtils__/campaigns';
import { surveyStoreDatabases } from '../__testUtils__/databases';
import { SurveyStore } from '../database/SurveyStore';
import { ResultsService } from './ResultsService';
import { SurveyAccess } from './SurveyAccess';

jest.setTimeout(60_000);

const { databases, storeFor } = surveyStoreDatabases();
const PEOPLE = ['card1', 'card2', 'card3', 'card4', 'clear1', 'clear2'];
const viewer = { userRef: 'user:default/sam', credentials: {} as any };
const allowAll = new SurveyAccess({
  authorize: async (requests: unknown[]) =>
    requests.map(() => ({ result: 'ALLOW' })),
} as any);

/** Opens a campaign, has the six people answer java at `java`, closes it. */
async function runCampaign(
  store: SurveyStore,
  name: string,
  java: number,
  closedOn: string,
) {
  const campaign = await openTestCampaign(store, {
    name,
    intro: '',
    createdOn: closedOn,
    opensOn: closedOn,
    closesOn: closedOn,
  });
  for (const person of PEOPLE)
    await store.submitAnswer(
      testAnswer(
        campaign.id,
        person,
        `${name}-${person}`,
        ratingsOf(java, 2),
        `Pairing with ${person}`,
      ),
    );
  await closeTestCampaign(store, campaign, closedOn);
  return campaign.id;
}

describe.each(databases.eachSupportedId())(
  'ResultsService on %s: what it keeps in memory',
  (databaseId: TestDatabaseId) => {
    it('shows a campaign closed on another replica, and free text held back, at once', async () => {
      const { store, knex } = await storeFor(databaseId);
      // Two replicas on one database; neither is told about the other.
      const a = new ResultsService({ store, access: allowAll });
      const b = new ResultsService({ store, access: allowAll });

      const first = await runCampaign(store, '2026-Q1', 1, '2026-03-31');
      for (const replica of [a, b]) {
        const java = await replica.technologyResults('java', viewer);
        expect(java.campaign.id).toBe(first);
        expect(java.trend.map(p => p.campaignId)).toEqual([first]);
        expect(java.trend[0].overall).toMatchObject({
          status: 'published',
          respondents: 6,
          shareIndependent: 0,
        });
      }
      const firstResults = await a.campaignResults(first, viewer);
      expect(firstResults.previousCampaignId).toBeNull();

      // Held back on replica a, gone from replica b's next read; below the
      // minimum group size of shown texts, none is shown.
      const texts = await b.freeText(first, viewer);
      expect(texts.texts).toHaveLength(6);
      await a.holdFreeText(first, texts.texts[0].id, true, viewer);
      const afterOne = await b.freeText(first, { ...viewer });
      expect(afterOne.texts.find(t => t.id === texts.texts[0].id)).toEqual({
        ...texts.texts[0],
        held: true,
      });
      await a.holdFreeText(first, texts.texts[1].id, true, viewer);
      expect(await b.freeText(first, viewer)).toEqual({
        campaignId: first,
        shown: false,
        texts: [],
      });
      // Holding text back changes no published cell.
      expect((await b.technologyResults('java', viewer)).result).toEqual(
        (await a.technologyResults('java', viewer)).result,
      );

      // A second campaign closes (as on a third replica): both see it as
      // the latest, in the trend of every campaign, and compared with the
      // first.
      const second = await runCampaign(store, '2026-Q2', 4, '2026-06-30');
      for (const replica of [a, b]) {
        const java = await replica.technologyResults('java', viewer);
        expect(java.campaign.id).toBe(second);
        expect(java.result.change).toBe(1);
        expect(java.trend.map(p => [p.campaignId, p.overall])).toEqual([
          [first, expect.objectContaining({ shareIndependent: 0 })],
          [second, expect.objectContaining({ shareIndependent: 1 })],
        ]);
        const before = await replica.technologyResults('java', viewer, first);
        expect(before.campaign.id).toBe(first);
        expect(before.trend).toEqual(java.trend);
        expect((await replica.gaps(viewer)).campaignId).toBe(second);
        expect(
          (await replica.campaignResults(second, viewer)).previousCampaignId,
        ).toBe(first);
      }
      await knex.destroy();
    });

    it('reads a closed campaign’s cells once for every technology and heatmap page', async () => {
      const { store, knex } = await storeFor(databaseId);
      const first = await runCampaign(store, '2026-Q1', 1, '2026-03-31');
      const second = await runCampaign(store, '2026-Q2', 4, '2026-06-30');
      const reads = jest.spyOn(store, 'resultCells');
      const results = new ResultsService({ store, access: allowAll });
      // Both technologies asked for at once, each for the first time: the
      // two campaigns' cells are read once each, all technologies together.
      const [java, kafka] = await Promise.all([
        results.technologyResults('java', viewer),
        results.technologyResults('kafka', viewer),
      ]);
      expect(reads.mock.calls.map(c => c[0]).sort()).toEqual(
        [first, second].sort(),
      );
      expect(reads.mock.calls.every(c => c[1] === undefined)).toBe(true);
      expect(java.result.change).toBe(1);
      expect(kafka.result).toMatchObject({
        overall: { status: 'published', respondents: 6 },
        change: 0,
      });
      // The same as a service reading one technology's cells would show.
      const full = await results.campaignResults(second, viewer);
      expect(java.result).toEqual({
        ...full.technologies.find(t => t.technology.id === 'java')!,
        friction: null,
      });
      // Heatmap pages come from the same cells: no further read.
      const page = await results.heatmap(second, viewer, {
        level: 'team',
        offset: 0,
        limit: 2,
      });
      expect(page.rows).toHaveLength(2);
      // Its rows as kept: the same bytes for the same page.
      const body = await results.heatmapBody(second, viewer, {
        level: 'team',
        offset: 0,
        limit: 2,
      });
      const again = await results.heatmapBody(second, viewer, {
        level: 'team',
        offset: 1,
        limit: 1,
      });
      expect(body.includes(again[again.length - 2])).toBe(true);
      expect(reads).toHaveBeenCalledTimes(2);
      await knex.destroy();
    });

    it('reads ahead every cell the first trend asks for', async () => {
      const { store, knex } = await storeFor(databaseId);
      const first = await runCampaign(store, '2026-Q1', 1, '2026-03-31');
      await runCampaign(store, '2026-Q2', 2, '2026-06-30');
      const third = await runCampaign(store, '2026-Q3', 4, '2026-09-30');
      const results = new ResultsService({ store, access: allowAll });
      await results.warm();
      const reads = [
        jest.spyOn(store, 'listCampaigns'),
        jest.spyOn(store, 'organisationCellsOf'),
        jest.spyOn(store, 'resultCells'),
      ];
      const java = await results.technologyResults('java', viewer);
      expect(java.campaign.id).toBe(third);
      expect(java.trend.map(p => p.campaignId)[0]).toBe(first);
      expect(java.trend).toHaveLength(3);
      expect(java.result.change).toBe(1);
      // Only which campaigns are closed was read.
      for (const read of reads) expect(read).not.toHaveBeenCalled();
      await knex.destroy();
    });

    it('refuses an open campaign and an unknown technology, and finds nothing before the first close', async () => {
      const { store, knex } = await storeFor(databaseId);
      const results = new ResultsService({ store, access: allowAll });
      await expect(results.technologyResults('java', viewer)).rejects.toThrow(
        /No campaign has closed yet/,
      );
      const first = await runCampaign(store, '2026-Q1', 3, '2026-03-31');
      await expect(
        results.technologyResults('cobol', viewer, first),
      ).rejects.toThrow(/cobol: not asked about in 2026-Q1/);
      const open = await store.createCampaign(
        {
          name: '2026-Q2',
          intro: '',
          opensOn: '2026-04-01',
          closesOn: '2026-06-30',
          technologyIds: ['java'],
          createdBy: 'user:default/sam',
        },
        '2026-04-01',
      );
      await expect(
        results.technologyResults('java', viewer, open.id),
      ).rejects.toThrow(/is draft; results are published when it closes/);
      await knex.destroy();
    });
  },
);
