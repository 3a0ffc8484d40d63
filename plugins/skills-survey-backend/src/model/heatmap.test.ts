import { HeatmapPage } from '@internal/plugin-skills-survey-common';
import { CampaignRecord, StoredCell } from '../database/SurveyStore';
import {
  heatmapPageBody,
  heatmapRow,
  heatmapView,
  selectHeatmapRows,
} from './heatmap';
import { buildResults } from './results';
import {
  organisation,
  snapshotOf,
  technology,
} from '../__testUtils__/organisation';
import { group } from '../__testUtils__/organisation';

// engineering (payments (cards, clearing), risk, platform), design.
const { snapshot } = snapshotOf(organisation(), [technology('java')]);
const refs = (teams: Array<{ ref: string }>) => teams.map(t => t.ref);

describe('selectHeatmapRows', () => {
  it('picks the departments: the groups right under the organisation', () => {
    const view = selectHeatmapRows(snapshot.teams, { level: 'department' })!;
    expect(refs(view.rows)).toEqual([
      'group:default/design',
      'group:default/engineering',
    ]);
    expect(view.total.ref).toBe('');
    expect(view.path).toEqual([]);
  });

  it('picks the teams: groups with none below, by title', () => {
    const view = selectHeatmapRows(snapshot.teams, { level: 'team' })!;
    expect(refs(view.rows)).toEqual([
      'group:default/cards',
      'group:default/clearing',
      'group:default/design',
      'group:default/platform',
      'group:default/risk',
    ]);
  });

  it('drills into a group: its groups, and the way back up', () => {
    const view = selectHeatmapRows(snapshot.teams, {
      parent: 'group:default/payments',
    })!;
    expect(refs(view.rows)).toEqual([
      'group:default/cards',
      'group:default/clearing',
    ]);
    expect(view.total.ref).toBe('group:default/payments');
    expect(refs(view.path)).toEqual(['', 'group:default/engineering']);
    expect(view.groupsBelow.get('group:default/engineering')).toBe(3);
    expect(view.groupsBelow.get('group:default/cards')).toBeUndefined();
  });

  it('knows no parent that was not a group of the campaign', () => {
    expect(
      selectHeatmapRows(snapshot.teams, { parent: 'group:default/nobody' }),
    ).toBeUndefined();
    expect(selectHeatmapRows(snapshot.teams, { parent: '' })).toBeUndefined();
  });

  it('walks up a deep hierarchy without recursion', () => {
    const deep = [group('g0')];
    for (let i = 1; i < 5000; i++) deep.push(group(`g${i}`, `g${i - 1}`));
    const { snapshot: s } = snapshotOf(deep, [technology('java')], 3);
    const view = selectHeatmapRows(s.teams, { parent: 'group:default/g4999' })!;
    expect(view.path).toHaveLength(5000);
  });
});

describe('heatmapPageBody', () => {
  const { snapshot: three } = snapshotOf(organisation(), [
    technology('java'),
    technology('kafka'),
    technology('python'),
  ]);
  const record: CampaignRecord = {
    id: 'q1',
    name: '2026-Q1',
    intro: '',
    opensOn: '2026-01-01',
    closesOn: '2026-03-31',
    status: 'closed',
    technologyIds: ['java', 'kafka', 'python'],
    createdBy: 'user:default/sam',
    closedOn: '2026-03-31',
    snapshot: three,
  };
  const platform = 'group:default/platform';
  const cells: StoredCell[] = [
    {
      technologyId: 'java',
      teamRef: platform,
      status: 'published',
      respondents: 5,
      levels: { 3: 4, 1: 1 },
      notApplicable: 0,
      wantToLearn: 2,
    },
    // Everyone answered not applicable: published, with no share.
    {
      technologyId: 'kafka',
      teamRef: platform,
      status: 'published',
      respondents: 5,
      levels: {},
      notApplicable: 5,
      wantToLearn: 0,
    },
    {
      technologyId: 'python',
      teamRef: 'group:default/risk',
      status: 'suppressed',
    },
  ];
  const results = buildResults(record, cells);
  const view = heatmapView(three, { level: 'team' })!;
  const pageOf = (offset: number, limit: number): HeatmapPage =>
    JSON.parse(
      Buffer.concat(
        heatmapPageBody(results, view, { campaignId: 'q1', offset, limit }),
      ).toString('utf8'),
    );

  it('gives each row a cell per technology, in the order of the page’s technologies, carrying nothing more', () => {
    const page = pageOf(0, 25);
    expect(page.technologies).toEqual([
      { id: 'java', title: 'java' },
      { id: 'kafka', title: 'kafka' },
      { id: 'python', title: 'python' },
    ]);
    const row = (ref: string) => page.rows.find(r => r.team.ref === ref)!;
    expect(row(platform).cells).toStrictEqual([
      { status: 'published', respondents: 5, shareIndependent: 0.8 },
      { status: 'published', respondents: 5 },
      { status: 'no-data' },
    ]);
    expect(row('group:default/risk').cells).toStrictEqual([
      { status: 'no-data' },
      { status: 'no-data' },
      { status: 'suppressed' },
    ]);
    expect(row('group:default/cards').cells).toStrictEqual(
      Array(3).fill({ status: 'team-below-minimum' }),
    );
    for (const r of [page.total, ...page.rows]) expect(r.cells).toHaveLength(3);
    const allCells = JSON.stringify(
      [page.total, ...page.rows].map(r => r.cells),
    );
    expect(allCells).not.toMatch(/technologyId|null/);
  });

  it('writes a page as the rows it slices, in the fields of HeatmapPage', () => {
    const page = pageOf(1, 2);
    expect(Object.keys(page)).toEqual([
      'campaignId',
      'level',
      'path',
      'technologies',
      'total',
      'totalRows',
      'offset',
      'limit',
      'rows',
    ]);
    expect(page).toMatchObject({
      campaignId: 'q1',
      level: 'team',
      path: [],
      totalRows: 5,
      offset: 1,
      limit: 2,
    });
    expect(page.total).toEqual(heatmapRow(results, '', view.groupsBelow));
    expect(page.rows).toEqual(
      view.rows
        .slice(1, 3)
        .map(t => heatmapRow(results, t.ref, view.groupsBelow)),
    );
  });
});
