import {
  DependencyNode,
  InventoryItem,
} from '@internal/plugin-dependency-map-common';
import { buildMatrix } from './matrixModel';

const service = (name: string): DependencyNode => ({
  id: `component:default/${name}`,
  type: 'entity',
  label: name,
  kind: 'component',
});
const item = (
  id: string,
  direct: DependencyNode[],
  transitive: DependencyNode[],
): InventoryItem => ({
  node: { id, type: 'entity', label: id, kind: 'resource' },
  directDependents: direct.length,
  impacted: direct.length + transitive.length,
  teams: [],
  domains: [],
  tier1: 0,
  entities: [...direct, ...transitive],
  truncated: false,
  direct,
  tiers: { tier1: 0, tier2: 0, tier3: 0, unknown: 0 },
});

describe('the services x shared dependencies matrix', () => {
  const a = service('a');
  const b = service('b');
  const c = service('c');
  const api: DependencyNode = {
    id: 'api:default/x',
    type: 'entity',
    label: 'x',
    kind: 'api',
  };

  it('marks declared and hidden dependencies, services sharing the most first', () => {
    const m = buildMatrix(
      [item('db', [a], [b, api]), item('idp', [b], [c]), item('dns', [], [b])],
      10,
    );
    expect(m.columns.map(col => col.id)).toEqual(['db', 'idp', 'dns']);
    expect(m.rows.map(r => [r.service.label, r.cells, r.shared])).toEqual([
      ['b', ['transitive', 'direct', 'transitive'], 3],
      ['a', ['direct', undefined, undefined], 1],
      ['c', [undefined, 'transitive', undefined], 1],
    ]);
  });

  it('bounds the rows and counts the rest', () => {
    const m = buildMatrix([item('db', [a, b, c], [])], 2);
    expect(m.rows).toHaveLength(2);
    expect(m.moreRows).toBe(1);
  });
});
