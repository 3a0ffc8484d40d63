import {
  CampaignRecord,
  ClosedCampaign,
  StoredCell,
} from '../database/SurveyStore';
import { ClosedCampaignCache, remember } from './ClosedCampaignCache';

const record = (
  id: string,
  closedOn: string,
  name = id,
  closesOn = closedOn,
): CampaignRecord => ({
  id,
  name,
  intro: '',
  opensOn: '2026-01-01',
  closesOn,
  status: 'closed',
  technologyIds: ['java'],
  createdBy: 'user:default/sam',
  closedOn,
});

const cell = (technologyId: string, respondents: number): StoredCell => ({
  technologyId,
  teamRef: '',
  status: 'published',
  respondents,
});

/** A store of closed campaigns that counts its reads. */
function fakeStore(campaigns: CampaignRecord[]) {
  const reads = {
    listClosed: 0,
    listCampaigns: 0,
    organisationCellsOf: [] as string[][],
    resultCells: [] as string[],
  };
  const store = {
    campaigns,
    cells: new Map<string, StoredCell[]>(),
    failNextCells: false,
    reads,
    listClosed: async (): Promise<ClosedCampaign[]> => {
      reads.listClosed += 1;
      return store.campaigns
        .filter(c => c.status === 'closed')
        .map(c => ({
          id: c.id,
          name: c.name,
          closesOn: c.closesOn,
          closedOn: c.closedOn!,
        }));
    },
    listCampaigns: async (): Promise<CampaignRecord[]> => {
      reads.listCampaigns += 1;
      return store.campaigns.map(c => ({ ...c }));
    },
    resultCells: async (id: string, filter?: object): Promise<StoredCell[]> => {
      reads.resultCells.push(id);
      expect(filter).toBeUndefined();
      return store.cells.get(id) ?? [];
    },
    organisationCellsOf: async (
      ids: string[],
    ): Promise<Map<string, StoredCell[]>> => {
      reads.organisationCellsOf.push(ids);
      if (store.failNextCells) {
        store.failNextCells = false;
        throw new Error('connection lost');
      }
      return new Map(ids.map(id => [id, store.cells.get(id) ?? []]));
    },
  };
  return store;
}

describe('ClosedCampaignCache', () => {
  it('lists closed campaigns in closing order on every call, reading each record once', async () => {
    const store = fakeStore([
      record('q2', '2026-06-30'),
      // Closed the same day as q3, with an earlier closing date: before it.
      record('q3', '2026-09-30', 'q3', '2026-09-30'),
      record('q3-early', '2026-09-30', 'q3-early', '2026-09-15'),
      record('q1', '2026-03-31'),
    ]);
    const cache = new ClosedCampaignCache(store);
    const ids = async () => (await cache.closedCampaigns()).map(c => c.id);
    expect(await ids()).toEqual(['q1', 'q2', 'q3-early', 'q3']);
    expect(await ids()).toEqual(['q1', 'q2', 'q3-early', 'q3']);
    // Which ones, twice; their records, once.
    expect(store.reads).toMatchObject({ listClosed: 2, listCampaigns: 1 });

    // One closed elsewhere shows at the next call, its record read then.
    store.campaigns.push(record('q4', '2026-12-31'));
    expect(await ids()).toEqual(['q1', 'q2', 'q3-early', 'q3', 'q4']);
    expect(store.reads).toMatchObject({ listClosed: 3, listCampaigns: 2 });
  });

  it('refuses a campaign listed as closed but read as not, and reads it again next time', async () => {
    const store = fakeStore([record('q1', '2026-03-31')]);
    const cache = new ClosedCampaignCache(store);
    const listCampaigns = store.listCampaigns;
    // Reopened (or its row changed) between the two reads.
    store.listCampaigns = async () =>
      (await listCampaigns()).map(c => ({ ...c, status: 'open' as const }));
    await expect(cache.closedCampaigns()).rejects.toThrow(
      /q1: listed as closed, read as not/,
    );
    store.listCampaigns = listCampaigns;
    expect((await cache.closedCampaigns()).map(c => c.id)).toEqual(['q1']);
  });

  it('reads organisation-wide cells once a campaign, those missing in one query', async () => {
    const store = fakeStore([
      record('q1', '2026-03-31'),
      record('q2', '2026-06-30'),
      record('q3', '2026-09-30'),
    ]);
    store.cells.set('q1', [cell('java', 6), cell('kafka', 7)]);
    store.cells.set('q2', [cell('java', 8)]);
    const cache = new ClosedCampaignCache(store);

    const [q1, q2] = await cache.organisationCells(['q1', 'q2']);
    expect(q1.byTechnology.get('kafka')).toEqual(cell('kafka', 7));
    expect(q2.cells).toEqual([cell('java', 8)]);
    const [again, q3] = await cache.organisationCells(['q1', 'q3']);
    expect(again).toBe(q1);
    // A campaign with no cells has none, not an error.
    expect(q3.cells).toEqual([]);
    expect(store.reads.organisationCellsOf).toEqual([['q1', 'q2'], ['q3']]);
  });

  it('forgets a failed read of cells, so the next call reads again', async () => {
    const store = fakeStore([record('q1', '2026-03-31')]);
    store.cells.set('q1', [cell('java', 6)]);
    const cache = new ClosedCampaignCache(store);
    store.failNextCells = true;
    await expect(cache.organisationCells(['q1'])).rejects.toThrow(
      'connection lost',
    );
    const [q1] = await cache.organisationCells(['q1']);
    expect(q1.cells).toEqual([cell('java', 6)]);
    expect(store.reads.organisationCellsOf).toEqual([['q1'], ['q1']]);
  });

  it('reads every cell of a campaign in one query, by technology, keeping the last four campaigns', async () => {
    const store = fakeStore([]);
    const team = (technologyId: string, teamRef: string): StoredCell => ({
      technologyId,
      teamRef,
      status: 'suppressed',
    });
    store.cells.set('q1', [
      cell('java', 6),
      team('java', 'group:default/a'),
      cell('kafka', 7),
      cell('', 9),
    ]);
    const cache = new ClosedCampaignCache(store);
    const [q1, again] = await Promise.all([
      cache.cells('q1'),
      cache.cells('q1'),
    ]);
    expect(again).toBe(q1);
    expect(q1.all).toHaveLength(4);
    expect(q1.byTechnology.get('java')).toEqual([
      cell('java', 6),
      team('java', 'group:default/a'),
    ]);
    expect(q1.byTechnology.get('kafka')).toEqual([cell('kafka', 7)]);
    expect(q1.byTechnology.get('cobol')).toBeUndefined();
    for (const id of ['q2', 'q3', 'q4', 'q5']) await cache.cells(id);
    // q1 went when q5 came; read again when asked for.
    await cache.cells('q5');
    await cache.cells('q1');
    expect(store.reads.resultCells).toEqual([
      'q1',
      'q2',
      'q3',
      'q4',
      'q5',
      'q1',
    ]);
  });

  it('reads ahead what the first trend asks for, so that it then reads only which campaigns are closed', async () => {
    const store = fakeStore([
      record('q1', '2026-03-31'),
      record('q3', '2026-09-30'),
      record('q2', '2026-06-30'),
    ]);
    for (const id of ['q1', 'q2', 'q3']) store.cells.set(id, [cell('java', 6)]);
    const cache = new ClosedCampaignCache(store);
    await cache.warm();
    // Every record and organisation-wide cell; every cell of the latest two.
    expect(store.reads).toEqual({
      listClosed: 1,
      listCampaigns: 1,
      organisationCellsOf: [['q1', 'q2', 'q3']],
      resultCells: ['q2', 'q3'],
    });
    // The first trend of q3, compared with q2.
    const closed = await cache.closedCampaigns();
    await Promise.all([
      cache.organisationCells(closed.map(c => c.id)),
      cache.cells('q3'),
      cache.cells('q2'),
    ]);
    expect(store.reads).toEqual({
      listClosed: 2,
      listCampaigns: 1,
      organisationCellsOf: [['q1', 'q2', 'q3']],
      resultCells: ['q2', 'q3'],
    });
  });

  it('keeps nothing of a failed read ahead, so the first request reads again', async () => {
    const store = fakeStore([record('q1', '2026-03-31')]);
    store.cells.set('q1', [cell('java', 6)]);
    const cache = new ClosedCampaignCache(store);
    store.failNextCells = true;
    await expect(cache.warm()).rejects.toThrow('connection lost');
    const [q1] = await cache.organisationCells(['q1']);
    expect(q1.cells).toEqual([cell('java', 6)]);
    expect(store.reads.organisationCellsOf).toEqual([['q1'], ['q1']]);
  });

  it('finds the campaign closed just before another', async () => {
    const cache = new ClosedCampaignCache(fakeStore([]));
    const closed = [record('q1', '2026-03-31'), record('q2', '2026-06-30')];
    expect(cache.previousOf(closed[1], closed)?.id).toBe('q1');
    expect(cache.previousOf(closed[0], closed)).toBeUndefined();
    expect(cache.previousOf(record('open', ''), closed)).toBeUndefined();
  });
});

describe('remember', () => {
  it('shares one read between callers and drops the oldest entry when full', async () => {
    const map = new Map<string, Promise<number>>();
    let reads = 0;
    const read = (value: number) => async () => {
      reads += 1;
      return value;
    };
    const [a, b] = await Promise.all([
      remember(map, 'a', read(1), 2),
      remember(map, 'a', read(2), 2),
    ]);
    expect([a, b, reads]).toEqual([1, 1, 1]);
    await remember(map, 'b', read(3), 2);
    await remember(map, 'c', read(4), 2);
    expect([...map.keys()]).toEqual(['b', 'c']);
    expect(await remember(map, 'a', read(5), 2)).toBe(5);
  });
});
