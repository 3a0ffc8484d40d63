import {
  DependencyNode,
  DependencySubgraph,
} from '@internal/plugin-dependency-map-common';
import {
  aggregate,
  filterSubgraph,
  groupLabelOf,
  MAX_DRAWN_NODES,
  NO_FILTERS,
  relationOf,
  ringLayout,
} from './graphModel';
import { graphTableRows } from './graphTable';

const node = (
  kind: string,
  name: string,
  owner = 'group:default/team-a',
  extra: Partial<DependencyNode> = {},
): DependencyNode => ({
  id: `${kind}:default/${name}`,
  type: 'entity',
  label: name,
  kind,
  owner,
  ...extra,
});

// web -> gateway -> {idp -> db, payments-api -> payments -> db}; gateway on zone a.
const web = node('component', 'web', 'group:default/team-a', { tier: 1 });
const gateway = node('component', 'gateway', 'group:default/team-a', {
  tier: 1,
});
const idp = node('component', 'idp', 'group:default/platform', { tier: 2 });
const db = node('resource', 'db', 'group:default/platform');
const paymentsApi = node('api', 'payments-api', 'group:default/team-b');
const payments = node('component', 'payments', 'group:default/team-b', {
  tier: 3,
});
const zone: DependencyNode = { id: 'zone:a', type: 'zone', label: 'a' };
const small: DependencySubgraph = {
  focus: web.id,
  nodes: [web, gateway, idp, db, paymentsApi, payments, zone],
  edges: [
    [0, 1],
    [1, 2],
    [2, 3],
    [1, 4],
    [4, 5],
    [5, 3],
    [1, 6],
  ],
  truncated: false,
};
const ids = (nodes: Array<{ id: string }>) => nodes.map(n => n.id);

describe('the graph model', () => {
  it('names each edge by what its ends are', () => {
    expect(relationOf(web, gateway)).toBe('dependsOn');
    expect(relationOf(gateway, paymentsApi)).toBe('api');
    expect(relationOf(paymentsApi, payments)).toBe('api');
    expect(relationOf(gateway, zone)).toBe('runsOn');
    expect(relationOf(node('system', 'shop'), web)).toBe('partOf');
  });

  it('keeps everything without filters, nearest first, with steps from the focus', () => {
    const g = filterSubgraph(small, NO_FILTERS);
    expect(g.nodes[0]).toBe(web);
    expect(g.hidden).toBe(0);
    expect(g.edges).toHaveLength(7);
    expect(g.distance[ids(g.nodes).indexOf(db.id)]).toBe(3);
  });

  it('drops what the filters exclude and what only they connected to the focus', () => {
    // Without API edges, payments reaches the focus only through db.
    const noApi = filterSubgraph(small, {
      ...NO_FILTERS,
      relations: ['dependsOn', 'runsOn'],
    });
    expect(ids(noApi.nodes)).not.toContain(paymentsApi.id);
    expect(ids(noApi.nodes)).toContain(payments.id);
    expect(noApi.hidden).toBe(1);

    // Only tier 1 entities: the rest go, facts stay.
    const tier1 = filterSubgraph(small, { ...NO_FILTERS, tiers: [1] });
    expect(ids(tier1.nodes).sort()).toEqual(
      [gateway.id, web.id, zone.id].sort(),
    );

    // By owner: the focus always stays, even when it does not match.
    const platform = filterSubgraph(small, {
      ...NO_FILTERS,
      owners: ['group:default/platform'],
    });
    expect(ids(platform.nodes)).toEqual([web.id]);

    // By kind: components only (facts are a kind of their own).
    const components = filterSubgraph(small, {
      ...NO_FILTERS,
      kinds: ['component'],
    });
    expect(ids(components.nodes).sort()).toEqual(
      [web.id, gateway.id, idp.id].sort(),
    );
  });

  it('draws a small graph as it is', () => {
    const drawn = aggregate(filterSubgraph(small, NO_FILTERS), {
      groupBy: 'none',
      expanded: new Set(),
    });
    expect(drawn.nodes).toHaveLength(7);
    expect(drawn.autoGrouped).toBe(false);
    expect(drawn.nodes.find(n => n.focus)?.node).toBe(web);
  });

  it('gathers by team on request, merging the edges between groups', () => {
    const drawn = aggregate(filterSubgraph(small, NO_FILTERS), {
      groupBy: 'team',
      expanded: new Set(),
    });
    const labels = drawn.nodes.map(n => n.label).sort();
    // gateway (team-a) is alone in its group once the focus is apart, so it
    // is drawn as itself; the zone is a group of one fact as well.
    expect(labels).toEqual(
      ['a', 'gateway', 'platform (2)', 'team-b (2)', 'web'].sort(),
    );
    const toPlatform = drawn.edges.filter(
      e => e.target === 'group:team:group:default/platform',
    );
    expect(toPlatform.map(e => [e.source, e.count])).toEqual(
      expect.arrayContaining([
        ['node:component:default/gateway', 1],
        ['group:team:group:default/team-b', 1],
      ]),
    );
    // idp -> db lies inside the platform group and is not drawn.
    expect(drawn.edges.some(e => e.source === e.target)).toBe(false);
  });

  it('drills into a group when it is expanded', () => {
    const drawn = aggregate(filterSubgraph(small, NO_FILTERS), {
      groupBy: 'team',
      expanded: new Set(['team:group:default/platform']),
    });
    expect(drawn.nodes.map(n => n.label)).toEqual(
      expect.arrayContaining(['idp', 'db', 'team-b (2)']),
    );
  });

  it('never draws a big graph node by node unless asked, and never past the bound', () => {
    const many = 400;
    const big: DependencySubgraph = {
      focus: web.id,
      nodes: [
        web,
        ...Array.from({ length: many }, (_, i) =>
          node('component', `s${i}`, `group:default/team-${i % 8}`),
        ),
      ],
      edges: Array.from(
        { length: many },
        (_, i) => [i + 1, 0] as [number, number],
      ),
      truncated: true,
    };
    const g = filterSubgraph(big, NO_FILTERS);
    const auto = aggregate(g, { groupBy: 'none', expanded: new Set() });
    expect(auto.autoGrouped).toBe(true);
    expect(auto.groupedBy).toBe('team');
    expect(auto.nodes).toHaveLength(1 + 8);
    expect(
      auto.edges.find(e => e.source === 'group:team:group:default/team-0')
        ?.count,
    ).toBe(50);

    const all = aggregate(g, {
      groupBy: 'none',
      expanded: new Set(),
      drawAll: true,
    });
    expect(all.nodes).toHaveLength(many + 1);
    expect(MAX_DRAWN_NODES).toBe(2000);
  });

  it('names groups for people', () => {
    expect(groupLabelOf('team:group:default/payments')).toBe('payments');
    expect(groupLabelOf('system:system:default/shop')).toBe('shop');
    expect(groupLabelOf('facts:zone')).toBe('zones');
    expect(groupLabelOf('no-domain')).toBe('no domain');
  });

  it('places the focus in the middle and each step further out', () => {
    const drawn = aggregate(filterSubgraph(small, NO_FILTERS), {
      groupBy: 'none',
      expanded: new Set(),
    });
    const at = ringLayout(drawn.nodes);
    const radius = (key: string) => Math.hypot(at.get(key)!.x, at.get(key)!.y);
    expect(radius(`node:${web.id}`)).toBe(0);
    expect(radius(`node:${gateway.id}`)).toBeCloseTo(100);
    expect(radius(`node:${db.id}`)).toBeCloseTo(300);
  });

  it('lists the drawn graph as table rows: what each needs and what needs it', () => {
    const drawn = aggregate(filterSubgraph(small, NO_FILTERS), {
      groupBy: 'team',
      expanded: new Set(),
    });
    const rows = graphTableRows(drawn);
    expect(rows[0].drawn.focus).toBe(true);
    const gw = rows.find(r => r.drawn.label === 'gateway')!;
    expect(gw.needs).toEqual(['a', 'platform (2)', 'team-b (2)']);
    expect(gw.neededBy).toEqual(['web']);
    const platform = rows.find(r => r.drawn.label === 'platform (2)')!;
    expect(platform.neededBy).toEqual(['gateway', 'team-b (2)']);
  });
});
