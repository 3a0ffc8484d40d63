import { Entity } from '@backstage/catalog-model';
import { articulationPoints } from './articulation';
import { dominators } from './dominators';
import { buildGraph, DependencyGraph } from './graph';
import { namesInOrder } from './names';
import { Reach } from './reach';
import { cyclesOf, stronglyConnected } from './scc';
import { estimateDependents, SKETCH_RELATIVE_ERROR } from './sketch';

/** Components named by letter, `edges` as "a>b" (a needs b). */
function graphOf(names: string, edges: string[]): DependencyGraph {
  const needs = new Map<string, string[]>();
  for (const e of edges) {
    const [u, v] = e.split('>');
    needs.set(u, [...(needs.get(u) ?? []), `component:${v}`]);
  }
  const entities: Entity[] = names.split('').map(name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name },
    spec: { owner: 'team', dependsOn: needs.get(name) ?? [] },
  }));
  return buildGraph(entities);
}
const name = (g: DependencyGraph, v: number) =>
  g.ids[v].replace('component:default/', '');
const at = (g: DependencyGraph, n: string) =>
  g.index.get(`component:default/${n}`)!;

describe('dominators (Cooper-Harvey-Kennedy)', () => {
  it('finds the diamond above its join and the chain below it', () => {
    // a > b, a > c, b > d, c > d, d > e: d dominates e; a dominates all.
    const g = graphOf('abcde', ['a>b', 'a>c', 'b>d', 'c>d', 'd>e']);
    const t = dominators(g, [at(g, 'a')]);
    const idom = Object.fromEntries(
      [...t.nodes].map((v, p) => [
        name(g, v),
        t.idom[p] < 0 ? 'root' : name(g, t.nodes[t.idom[p]]),
      ]),
    );
    expect(idom).toEqual({ a: 'root', b: 'a', c: 'a', d: 'a', e: 'd' });
    const dominated = Object.fromEntries(
      [...t.nodes].map((v, p) => [name(g, v), t.dominated[p]]),
    );
    expect(dominated).toEqual({ a: 4, b: 0, c: 0, d: 1, e: 0 });
    expect(t.totalLeaves).toBe(1);
  });

  it('handles cycles and several entries', () => {
    // x > m, y > m, m > n, n > m (a cycle), n > z
    const g = graphOf('xymnz', ['x>m', 'y>m', 'm>n', 'n>m', 'n>z']);
    const t = dominators(g, [at(g, 'x'), at(g, 'y')]);
    const idom = Object.fromEntries(
      [...t.nodes].map((v, p) => [
        name(g, v),
        t.idom[p] < 0 ? 'root' : name(g, t.nodes[t.idom[p]]),
      ]),
    );
    expect(idom).toEqual({ x: 'root', y: 'root', m: 'root', n: 'm', z: 'n' });
  });

  it('walks a chain of 100,000 without a stack overflow', () => {
    const n = 100_000;
    const entities: Entity[] = Array.from({ length: n }, (_, i) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: `c${i}` },
      spec: { dependsOn: i + 1 < n ? [`component:c${i + 1}`] : [] },
    }));
    const g = buildGraph(entities);
    const t = dominators(g, [0]);
    expect(t.dominated[0]).toBe(n - 1);
    expect(stronglyConnected(g).count).toBe(n);
    expect(articulationPoints(g)).toHaveLength(n - 2);
    expect(new Reach(g).dependents([n - 1])).toHaveLength(n - 1);
  });
});

describe('articulation points (iterative Tarjan)', () => {
  it('finds the cut vertices of two triangles joined by a bridge', () => {
    // a-b-c triangle, c-d bridge, d-e-f triangle: c and d cut.
    const g = graphOf('abcdef', [
      'a>b',
      'b>c',
      'c>a',
      'c>d',
      'd>e',
      'e>f',
      'f>d',
    ]);
    expect(
      articulationPoints(g)
        .map(v => name(g, v))
        .sort(),
    ).toEqual(['c', 'd']);
  });

  it('finds none in a cycle, and the middle of a path', () => {
    expect(articulationPoints(graphOf('abc', ['a>b', 'b>c', 'c>a']))).toEqual(
      [],
    );
    const g = graphOf('abc', ['a>b', 'b>c']);
    expect(articulationPoints(g).map(v => name(g, v))).toEqual(['b']);
  });
});

describe('strongly connected components (iterative Tarjan)', () => {
  it('orders components so that each comes before what it needs', () => {
    const g = graphOf('abcd', ['a>b', 'b>c', 'c>b', 'c>d']);
    const c = stronglyConnected(g);
    const position = new Map<number, number>();
    c.order.forEach((comp, i) => position.set(comp, i));
    const pos = (n: string) => position.get(c.component[at(g, n)])!;
    expect(pos('a')).toBeLessThan(pos('b'));
    expect(pos('b')).toBe(pos('c'));
    expect(pos('c')).toBeLessThan(pos('d'));
    expect(cyclesOf(g, c).map(m => m.map(v => name(g, v)).sort())).toEqual([
      ['b', 'c'],
    ]);
  });

  it('reports a node that needs itself as a cycle', () => {
    const g = graphOf('ab', ['a>a', 'a>b']);
    expect(cyclesOf(g, stronglyConnected(g)).map(m => m.length)).toEqual([1]);
  });
});

describe('fleet-wide dependent counts (bottom-k sketches)', () => {
  it('is exact for small sets, cycles included', () => {
    const g = graphOf('abcde', ['a>c', 'b>c', 'c>d', 'd>c', 'd>e']);
    const { count, exact } = estimateDependents(g, stronglyConnected(g));
    const reach = new Reach(g);
    for (let v = 0; v < g.nodeCount; v++) {
      expect([name(g, v), count[v], exact[v]]).toEqual([
        name(g, v),
        reach.dependents([v]).length,
        1,
      ]);
    }
  });

  it('estimates large sets within three standard errors', () => {
    // A fan-in of 5,000 services onto one database, through 50 gateways.
    const entities: Entity[] = [];
    for (let i = 0; i < 5000; i++) {
      entities.push({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: `s${i}` },
        spec: { dependsOn: [`component:g${i % 50}`] },
      });
    }
    for (let i = 0; i < 50; i++) {
      entities.push({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: `g${i}` },
        spec: { dependsOn: ['component:db'] },
      });
    }
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'db' },
      spec: {},
    });
    const g = buildGraph(entities);
    const { count, exact } = estimateDependents(g, stronglyConnected(g));
    const db = at(g, 'db');
    expect(exact[db]).toBe(0);
    expect(Math.abs(count[db] - 5050) / 5050).toBeLessThan(
      3 * SKETCH_RELATIVE_ERROR,
    );
    expect(exact[at(g, 'g0')]).toBe(0);
    expect(exact[at(g, 's0')]).toBe(1);
  });
});

describe('the compact graph', () => {
  it('keeps each adjacency list ascending and without repeats, both ways', () => {
    // Declared out of order, with repeats (spec and relation alike) and a
    // self-dependency, which stays (it is a cycle).
    const g = graphOf('abcde', [
      'a>e',
      'a>c',
      'a>e',
      'a>b',
      'c>a',
      'd>a',
      'b>a',
      'e>e',
      'c>b',
    ]);
    const list = (start: Int32Array, adj: Int32Array, v: number) =>
      Array.from(adj.subarray(start[v], start[v + 1]), w => name(g, w));
    expect(list(g.outStart, g.out, at(g, 'a'))).toEqual(['b', 'c', 'e']);
    expect(list(g.inStart, g.in, at(g, 'a'))).toEqual(['b', 'c', 'd']);
    expect(list(g.inStart, g.in, at(g, 'b'))).toEqual(['a', 'c']);
    expect(list(g.outStart, g.out, at(g, 'e'))).toEqual(['e']);
    expect(list(g.inStart, g.in, at(g, 'e'))).toEqual(['a', 'e']);
    expect(g.edgeCount).toBe(8);
  });

  it('sorts owner names by rank exactly as sorting the names would', () => {
    const owners = ['team-b', 'team-a', 'équipe', 'team-10', 'team-9'];
    const g = buildGraph(
      owners.map((owner, i) => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: `c${i}` },
        spec: { owner: `group:default/${owner}` },
      })),
    );
    const found = [4, 0, 2, 1];
    expect(namesInOrder(found, g.ownerOrder)).toEqual(
      found.map(i => g.owners[i]).sort(),
    );
    expect(namesInOrder([], g.ownerOrder)).toEqual([]);
  });

  it('answers what the latest walk reached, and copies only when asked', () => {
    const g = graphOf('abcd', ['b>a', 'c>b', 'd>c']);
    const reach = new Reach(g);
    const copy = reach.dependents([at(g, 'b')]);
    expect(Array.from(copy, v => name(g, v))).toEqual(['c', 'd']);
    const view = reach.dependentsView([at(g, 'a')]);
    expect(Array.from(view, v => name(g, v))).toEqual(['b', 'c', 'd']);
    expect(reach.reached(at(g, 'a'))).toBe(true);
    reach.dependentsView([at(g, 'c')]);
    expect(reach.reached(at(g, 'a'))).toBe(false);
    expect(reach.reached(at(g, 'd'))).toBe(true);
    // The copy outlives later walks.
    expect(Array.from(copy, v => name(g, v))).toEqual(['c', 'd']);
  });
});
