import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  as,
  BASE,
  features,
  newCampaignBody,
  plat,
} from './__testUtils__/backend';
import { closeTestCampaign, openTestCampaign } from './__testUtils__/campaigns';
import { memoryStore } from './__testUtils__/memoryStore';
import { DatabaseSurveyStore } from './database/DatabaseSurveyStore';
import skillsSurveyPlugin from './index';

jest.setTimeout(60_000);

/** Waits until `done` holds (the read ahead runs in the background). */
async function until(done: () => boolean, what: string) {
  for (let waited = 0; !done(); waited += 20) {
    if (waited > 10_000) throw new Error(`still waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

describe('the skills-survey plugin reads closed campaigns’ cells ahead', () => {
  afterEach(() => jest.restoreAllMocks());

  it('when it starts and after a close, so that the first trend reads none', async () => {
    // A campaign closed before the backend starts.
    const { store, knex } = await memoryStore();
    const first = await openTestCampaign(store, {
      name: '2026-Q1',
      createdOn: '2026-01-01',
      opensOn: '2026-01-01',
      closesOn: '2026-03-31',
    });
    await closeTestCampaign(store, first, '2026-03-31');
    const organisationCells = jest.spyOn(
      DatabaseSurveyStore.prototype,
      'organisationCellsOf',
    );
    const cells = jest.spyOn(DatabaseSurveyStore.prototype, 'resultCells');
    const cellsRead = () => ({
      organisation: organisationCells.mock.calls.map(c => c[0]),
      all: cells.mock.calls.map(c => c[0]),
    });
    const backend = await startTestBackend({
      features: [
        skillsSurveyPlugin,
        ...features(),
        mockServices.database.factory({ knex }),
      ],
    });
    const send = (method: 'get' | 'post', path: string) =>
      request(backend.server)
        [method](`${BASE}${path}`)
        .set('authorization', as(plat));
    try {
      // Before any request: the closed campaign's organisation-wide cells
      // (for the trend) and all its cells (for the technology view).
      const atStart = { organisation: [[first.id]], all: [first.id] };
      await until(
        () => cells.mock.calls.length === 1,
        'the cells of the closed campaign',
      );
      expect(cellsRead()).toEqual(atStart);
      const trend = await send('get', '/technologies/java/results').expect(200);
      expect(trend.body.trend).toHaveLength(1);
      expect(cellsRead()).toEqual(atStart);

      // Closed by hand: its cells are read once it has closed, before the
      // next trend asks.
      const { body: second } = await send('post', '/campaigns')
        .send(newCampaignBody)
        .expect(201);
      await send('post', `/campaigns/${second.id}/open`).expect(200);
      await send('post', `/campaigns/${second.id}/close`).expect(200);
      const afterClose = {
        organisation: [[first.id], [second.id]],
        all: [first.id, second.id],
      };
      await until(
        () => cells.mock.calls.length === 2,
        'the cells of the campaign just closed',
      );
      expect(cellsRead()).toEqual(afterClose);
      const next = await send('get', '/technologies/java/results').expect(200);
      expect(next.body.campaign.id).toBe(second.id);
      expect(next.body.trend).toHaveLength(2);
      expect(cellsRead()).toEqual(afterClose);
    } finally {
      await backend.stop();
      await knex.destroy();
    }
  });

  it('on a schedule, so that a campaign closed on another replica is read ahead here too', async () => {
    const { store, knex } = await memoryStore();
    const tasks = new Map<string, () => Promise<unknown>>();
    const scheduler = mockServices.scheduler.mock({
      scheduleTask: async task => {
        tasks.set(task.id, task.fn as () => Promise<unknown>);
      },
    });
    const cells = jest.spyOn(DatabaseSurveyStore.prototype, 'resultCells');
    const backend = await startTestBackend({
      features: [
        skillsSurveyPlugin,
        ...features(),
        mockServices.database.factory({ knex }),
        scheduler.factory,
      ],
    });
    try {
      expect([...tasks.keys()]).toContain('skills-survey-read-ahead');
      // Closed through the database, as another replica closes it: this
      // one's service is not told.
      const elsewhere = await openTestCampaign(store, { name: 'Elsewhere' });
      await closeTestCampaign(store, elsewhere, '2026-12-21');
      expect(cells).not.toHaveBeenCalledWith(elsewhere.id);
      await tasks.get('skills-survey-read-ahead')!();
      await until(
        () => cells.mock.calls.some(c => c[0] === elsewhere.id),
        'the cells of the campaign closed elsewhere',
      );
      const reads = cells.mock.calls.length;
      const trend = await request(backend.server)
        .get(`${BASE}/technologies/java/results`)
        .set('authorization', as(plat))
        .expect(200);
      expect(trend.body.campaign.id).toBe(elsewhere.id);
      expect(cells.mock.calls.length).toBe(reads);
    } finally {
      await backend.stop();
      await knex.destroy();
    }
  });
});
