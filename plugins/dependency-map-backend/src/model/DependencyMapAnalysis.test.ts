import { fixtureCatalog, FIXTURE_SETTINGS } from '../__testUtils__/fixture';
import { DependencyMapAnalysis } from './DependencyMapAnalysis';
import { subgraphToJson } from './diagram';

// Every expected answer below was worked out by hand from the fixture's
// edges (see fixture.ts): u -> v means u needs v.

const c = (name: string) => `component:default/${name}`;
const s = (name: string) => `system:default/${name}`;
const r = (name: string) => `resource:default/${name}`;
const ids = (nodes: Array<{ id: string }>) => nodes.map(n => n.id).sort();

describe('DependencyMapAnalysis on the hand-built fixture', () => {
  const analysis = new DependencyMapAnalysis(
    fixtureCatalog(),
    FIXTURE_SETTINGS,
  );
  const node = (id: string) => analysis.nodeOf(id)!;

  it('gives the exact blast radius of the shared database', () => {
    const radius = analysis.blastRadius(node('resource:db'), 100);
    expect(radius.directDependents).toBe(5);
    expect(radius.impacted).toBe(13);
    expect(ids(radius.entities)).toEqual(
      [
        c('payments'),
        c('idp'),
        c('ledger'),
        c('reports'),
        s('platform-sys'),
        'api:default/payments-api',
        s('payments-sys'),
        c('gateway'),
        c('web'),
        s('shop'),
        c('fraud'),
        c('statements'),
        s('ledger-sys'),
      ].sort(),
    );
    expect(radius.teams).toEqual([
      'group:default/platform',
      'group:default/team-a',
      'group:default/team-b',
      'group:default/team-c',
    ]);
    expect(radius.domains).toHaveLength(4);
    expect(radius.tier1).toBe(3);
    expect(radius.truncated).toBe(false);
  });

  it('lists the nearest impacted first and cuts at the limit', () => {
    const radius = analysis.blastRadius(
      node('cache'.replace(/^/, 'resource:')),
      2,
    );
    expect(radius.impacted).toBe(7);
    expect(ids(radius.entities)).toEqual([c('payments'), s('payments-sys')]);
    expect(radius.truncated).toBe(true);
  });

  it('answers a what-if over a zone with the journeys it breaks', () => {
    const { nodes, unknown } = analysis.resolveFailures({
      zones: ['eu-west-1a'],
    });
    expect(unknown).toEqual([]);
    const result = analysis.whatIf(nodes, 100);
    expect(ids(result.entities)).toEqual(
      [c('web'), c('gateway'), s('shop'), s('platform-sys')].sort(),
    );
    expect(result.tier1).toBe(2);
    expect(result.journeysBroken).toEqual([
      { name: 'checkout', entries: [c('web')] },
    ]);
  });

  it('names what a what-if cannot find', () => {
    expect(
      analysis.resolveFailures({
        entities: ['resource:db', 'nope'],
        libraries: ['http@1.0', 'http@9'],
      }).unknown,
    ).toEqual(['nope', 'http@9']);
  });

  it('ranks the hot spots by what fails with them', () => {
    const page = analysis.hotSpots({ offset: 0, limit: 50 });
    expect(page.items.map(h => [h.node.id, h.transitiveDependents])).toEqual([
      [r('db'), 13],
      ['library:http@1.0', 9],
      [c('idp'), 8],
      [r('cache'), 7],
      ['image:registry.example/base/jvm:21', 6],
      [c('payments'), 6],
      ['api:default/payments-api', 5],
      ['region:eu-west-1', 4],
      ['zone:eu-west-1a', 4],
      [c('gateway'), 3],
      ['schedule:00:00', 3],
      [c('cycle-a'), 2],
      [c('cycle-b'), 2],
    ]);
    expect(page.items.every(h => h.exact)).toBe(true);
    expect(page.items[0]).toMatchObject({ rank: 1, teams: 4, tier1: 3 });
    expect(
      analysis.hotSpots({ offset: 0, limit: 5, type: 'image' }).items,
    ).toHaveLength(1);
  });

  it('describes a subgraph for drawing, edges as indexes of its nodes', () => {
    const focus = node(c('gateway'));
    const json = subgraphToJson(
      analysis.graph,
      focus,
      analysis.subgraph(focus, {
        depth: 1,
        direction: 'dependencies',
        maxNodes: 100,
      }),
    );
    expect(json.focus).toBe(c('gateway'));
    expect(json.nodes[0]).toMatchObject({
      id: c('gateway'),
      kind: 'component',
      owner: expect.any(String),
    });
    const needs = json.edges.map(
      ([u, v]) => `${json.nodes[u].id} -> ${json.nodes[v].id}`,
    );
    expect(needs).toContain(`${c('gateway')} -> ${c('idp')}`);
    expect(needs).toContain(`${c('gateway')} -> api:default/payments-api`);
    expect(json.truncated).toBe(false);
  });

  it('exports the hot spots as CSV', () => {
    const lines = analysis.hotSpotsCsv().trim().split('\n');
    expect(lines).toHaveLength(14);
    expect(lines[1]).toBe(
      '1,resource:default/db,entity,db,group:default/platform,5,13,true,4,4,3',
    );
  });

  it('groups the services that fail together, the most hidden first', () => {
    const groups = analysis.correlationGroups(0, 10).items;
    expect(
      groups.map(g => [g.shared.map(n => n.id), g.size, g.hiddenMembers]),
    ).toEqual([
      [[r('db')], 8, 4],
      [['library:http@1.0'], 4, 2],
      [[r('cache')], 3, 2],
      [[c('idp')], 4, 1],
      [['image:registry.example/base/jvm:21'], 3, 0],
      [
        [
          c('payments'),
          'api:default/payments-api',
          'region:eu-west-1',
          'zone:eu-west-1a',
        ],
        2,
        0,
      ],
    ]);
    const idp = groups[3];
    expect(ids(idp.members)).toEqual(
      [c('gateway'), c('fraud'), c('statements'), c('web')].sort(),
    );
    expect(idp.owners).toEqual([
      'group:default/platform',
      'group:default/team-a',
      'group:default/team-b',
      'group:default/team-c',
    ]);
    expect(groups[0].summary).toBe(
      '8 services of 4 team(s) fail together if db fails (4 of them do not declare it)',
    );
  });

  it("finds a journey's single points of failure by dominators", () => {
    const checkout = analysis.journey('checkout')!;
    expect(checkout.entries).toEqual([c('web')]);
    expect(checkout.dependencies).toBe(6);
    expect(
      checkout.singlePointsOfFailure.map(p => [
        p.node.id,
        p.dominated,
        p.cutsWholeJourney,
      ]),
    ).toEqual([
      [c('gateway'), 5, true],
      // payments-api dominates 2, but an API runs nothing: payments stands for it.
      [c('payments'), 1, false],
    ]);
    const reporting = analysis.journey('reporting')!;
    expect(reporting).toMatchObject({
      entries: [c('ledger'), c('reports')],
      missingEntries: 1,
      dependencies: 1,
      singlePointsOfFailure: [],
    });
  });

  it('reports cycles, cron collisions, saturation and tier mismatches', () => {
    const risks = analysis.risks(50);
    expect(risks.cycles).toEqual([
      { size: 2, members: [c('cycle-a'), c('cycle-b')] },
    ]);
    expect(risks.cronCollisions).toEqual([
      {
        minute: '00:00',
        dependency: expect.objectContaining({ id: r('db') }),
        jobs: [
          { ref: c('ledger'), expression: '0 0 * * *' },
          { ref: c('reports'), expression: '@daily' },
        ],
      },
    ]);
    expect(risks.saturation).toEqual([
      expect.objectContaining({
        dependency: expect.objectContaining({ id: r('db') }),
        capacity: 100,
        summedPeak: 110,
      }),
    ]);
    expect(
      risks.tierMismatches.map(m => `${m.ref} ${m.tier}>${m.dependency}`),
    ).toEqual([
      `${c('gateway')} 1>${c('idp')}`,
      `${c('payments')} 1>${r('db')}`,
      `${c('idp')} 2>${r('db')}`,
    ]);
    expect(risks.totals.cycles).toBe(1);
  });

  it('serves annotation problems per entity, and keeps what is valid', () => {
    const ledger = analysis.problems({
      entity: node('ledger'),
      offset: 0,
      limit: 10,
    }).items[0];
    expect(ledger.problems.map(p => p.annotation).sort()).toEqual([
      'fitsys.dev/tier',
      'fitsys.dev/zone',
    ]);
    // Its schedule and library still count.
    expect(analysis.risks(5).cronCollisions[0].jobs[0].ref).toBe(c('ledger'));
    expect(analysis.problems({ offset: 0, limit: 10 }).totalItems).toBe(3);
  });

  it('puts honest availability beside the assumed one', () => {
    const a = analysis.entityAvailability(node('web'));
    // Dependencies' replicas in parallel: gateway 2 x 99.95 %, the rest single.
    const deps = (1 - 0.0005 ** 2) * 0.9999 * 0.999 * 0.9995 * 0.999;
    const assumed = 1 - (1 - 0.999 * deps) ** 3;
    const correlated = (1 - 0.001 ** 3) * deps * 0.9999; // the one zone, once
    expect(a.assumed).toBeCloseTo(assumed, 12);
    expect(a.correlated).toBeCloseTo(correlated, 12);
    expect(a.correlatedDowntimeMinutesPerMonth).toBeCloseTo(
      (1 - correlated) * 43200,
      6,
    );
    expect(a.gapMinutesPerMonth).toBeGreaterThan(0);
    expect(a.terms.map(t => t.node.id)).toContain('zone:eu-west-1a');
    expect(a.warnings).toEqual([
      `tier mismatch: ${c('gateway')} (tier 1) depends on ${c('idp')} (tier 2)`,
      `tier mismatch: ${c('payments')} (tier 1) depends on ${r('db')} (tier 3)`,
      `tier mismatch: ${c('idp')} (tier 2) depends on ${r('db')} (tier 3)`,
    ]);
  });

  it('counts a dependency shared by two entries of a journey once', () => {
    const a = analysis.journeyAvailability('reporting')!;
    // Neither entry declares a target; db (99.95 %) is reached by both.
    expect(a.correlated).toBeCloseTo(0.9995, 12);
    expect(a.assumed).toBeCloseTo(0.9995 ** 2, 12);
  });
});
