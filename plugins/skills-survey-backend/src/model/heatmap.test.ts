import { selectHeatmapRows } from './heatmap';
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
