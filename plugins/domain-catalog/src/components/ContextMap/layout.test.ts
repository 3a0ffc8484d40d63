import { fernhillMap } from '../../__fixtures__/fernhill';
import {
  compactNotation,
  fitScale,
  labelSize,
  largestWhenFitted,
  layoutMap,
  nodeWidth,
  overlaps,
} from './layout';

const nodes = fernhillMap.contexts.map(c => ({
  id: c.ref,
  label: c.title ?? c.name,
}));
const edges = fernhillMap.edges.map(e => ({
  from: e.upstream,
  to: e.downstream,
  label: e.label,
}));

describe('layoutMap', () => {
  it('places every node and label inside the drawing, with no label on a node or another label', () => {
    const layout = layoutMap(nodes, edges);
    expect(layout.nodes).toHaveLength(nodes.length);
    expect(layout.edges).toHaveLength(edges.length);
    const boxes = [
      ...layout.nodes.map(n => n.box),
      ...layout.edges.map(e => e.labelBox!),
    ];
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height + 0.5);
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        expect(overlaps(a, b)).toBe(false);
      }
    }
  });

  it('sizes a label box to its text', () => {
    const layout = layoutMap(nodes, edges);
    const acl = layout.edges.find(e => e.label === 'U [PL] → D [ACL]')!;
    expect(acl.labelBox!.width).toBe(labelSize('U [PL] → D [ACL]').width);
    expect(labelSize('U [PL] → D [ACL]').width).toBeGreaterThan(
      labelSize('SK').width,
    );
  });

  it('leaves out edges to contexts that are not drawn, and loops', () => {
    const layout = layoutMap(nodes.slice(0, 2), [
      { from: nodes[0].id, to: nodes[1].id, label: 'P' },
      { from: nodes[0].id, to: 'boundedcontext:default/elsewhere', label: 'P' },
      { from: nodes[0].id, to: nodes[0].id, label: 'P' },
    ]);
    expect(layout.edges).toHaveLength(1);
    expect(layout.edges[0].points.length).toBeGreaterThan(1);
  });
});

describe('compactNotation', () => {
  it.each([
    ['U [OHS,PL] → D [ACL]', 'OHS,PL → ACL'],
    ['U [OHS] → D', 'OHS →'],
    ['U → D [CF]', '→ CF'],
    ['U → D', ''],
    ['C/S: U → D', 'C/S'],
    ['C/S: U [OHS] → D', 'C/S OHS →'],
    ['SK', 'SK'],
    ['P', 'P'],
    ['SW', 'SW'],
  ])('%s is drawn as "%s"', (label, drawn) => {
    expect(compactNotation(label)).toBe(drawn);
  });
});

describe('nodeWidth', () => {
  it('fits the name, within bounds', () => {
    expect(nodeWidth('Ledger')).toBe(96);
    expect(nodeWidth('Developer Experience')).toBeGreaterThan(
      nodeWidth('Card Vault'),
    );
    expect(nodeWidth('x'.repeat(200))).toBe(nodeWidth('x'.repeat(26)));
  });
});

describe('largestWhenFitted', () => {
  // A chain of six contexts: tall when its layers run down, wide when across.
  const chain = ['a', 'b', 'c', 'd', 'e', 'f'].map(id => ({ id, label: id }));
  const links = chain
    .slice(1)
    .map((node, i) => ({ from: chain[i].id, to: node.id, label: 'OHS → CF' }));
  const tall = layoutMap(chain, links, 'TB');
  const wide = layoutMap(chain, links, 'LR');

  it('lays the layers out left to right as well as top to bottom', () => {
    expect(tall.height).toBeGreaterThan(tall.width);
    expect(wide.width).toBeGreaterThan(wide.height);
    const boxes = [
      ...wide.nodes.map(n => n.box),
      ...wide.edges.map(e => e.labelBox!),
    ];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  });

  it('picks the direction drawn largest in a short, wide frame and in a tall, narrow one', () => {
    const shortWide = { width: 1100, height: 300 };
    const tallNarrow = { width: 300, height: 1100 };
    expect(largestWhenFitted([tall, wide], shortWide, 16)).toBe(wide);
    expect(largestWhenFitted([tall, wide], tallNarrow, 16)).toBe(tall);
    expect(fitScale(wide, shortWide, 16)).toBeGreaterThan(
      fitScale(tall, shortWide, 16),
    );
  });

  it('keeps the first layout until the frame is measured, and on a near tie', () => {
    expect(largestWhenFitted([tall, wide], undefined, 16)).toBe(tall);
    expect(largestWhenFitted([tall, wide], { width: 0, height: 0 }, 16)).toBe(
      tall,
    );
    // Both fit at life size in a large frame: no reason to turn the map.
    expect(
      largestWhenFitted([tall, wide], { width: 5000, height: 5000 }, 16),
    ).toBe(tall);
  });

  it('never scales a drawing above life size', () => {
    expect(
      fitScale({ width: 10, height: 10 }, { width: 900, height: 900 }, 16),
    ).toBe(1);
  });
});
