import {
  placeLabels,
  QuadrantPoint,
  quadrantXMax,
  textLeft,
} from './quadrantLabels';

/** The plot as drawn on a phone (390 px wide) and beside another card on a desktop. */
const PHONE = { width: 226, height: 270 };
const DESKTOP = { width: 420, height: 270 };

/** Each label's box as drawn (the same sizes the placement assumes). */
function boxes(
  points: QuadrantPoint[],
  xMax: number,
  plot: { width: number; height: number },
) {
  const placed = placeLabels(points, { xMax, ...plot });
  return placed.flatMap((p, i) => {
    if (!p) return [];
    const x = (points[i].components / xMax) * plot.width + p.dx;
    const y = (1 - points[i].share / 100) * plot.height + p.dy;
    const w = p.text.length * 6.6;
    const left = textLeft(p.anchor, x, w);
    return [{ text: p.text, left, right: left + w, top: y - 9, bottom: y + 2 }];
  });
}

const overlapping = (b: ReturnType<typeof boxes>) =>
  b.flatMap((a, i) =>
    b
      .slice(i + 1)
      .filter(
        c =>
          a.left < c.right &&
          c.left < a.right &&
          a.top < c.bottom &&
          c.top < a.bottom,
      )
      .map(c => [a.text, c.text]),
  );

// The demo's points, where Kotlin and Python sat side by side and Terraform
// just above AWS IAM, their labels drawn over each other.
const DEMO: QuadrantPoint[] = [
  { label: 'AWS IAM', components: 0, share: 0 },
  { label: 'Go', components: 5, share: 7 },
  { label: 'Java', components: 22, share: 85 },
  { label: 'Apache Kafka', components: 9, share: 11 },
  { label: 'Kotlin', components: 4, share: 31 },
  { label: 'Kubernetes', components: 3, share: 56 },
  { label: 'Observability', components: 3, share: 62 },
  { label: 'PostgreSQL', components: 6, share: 50 },
  { label: 'Python', components: 5, share: 31 },
  { label: 'React', components: 3, share: 12 },
  { label: 'Terraform', components: 0, share: 4 },
  { label: 'TypeScript', components: 6, share: 37 },
];

describe('the quadrant’s labels', () => {
  it.each([
    ['a phone', PHONE],
    ['a desktop', DESKTOP],
  ])(
    'names every technology once, with no two labels drawn over each other, on %s',
    (_, plot) => {
      const xMax = quadrantXMax(DEMO);
      expect(xMax).toBe(24);
      const drawn = boxes(DEMO, xMax, plot);
      expect(overlapping(drawn)).toEqual([]);
      const named = drawn.flatMap(b => b.text.split(', '));
      expect(named.sort()).toEqual(DEMO.map(p => p.label).sort());
      // Kotlin and Python each keep a label of their own.
      expect(drawn.map(b => b.text)).toEqual(
        expect.arrayContaining(['Kotlin', 'Python']),
      );
    },
  );

  it('names points on one spot together, by one label', () => {
    const points = [
      { label: 'Go', components: 5, share: 30 },
      { label: 'Rust', components: 5, share: 31 },
      { label: 'Zig', components: 5, share: 30 },
    ];
    const placed = placeLabels(points, { xMax: 8, ...DESKTOP });
    expect(placed.filter(Boolean)).toEqual([
      expect.objectContaining({ text: 'Go, Zig, Rust' }),
    ]);
  });

  it('names or counts every technology exactly once, wherever the points fall', () => {
    // 500 random charts from a fixed seed (a linear congruential generator).
    let seed = 21;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let run = 0; run < 500; run++) {
      const points = Array.from({ length: random(41) }, (_, i) => ({
        label: `t${i}-${'x'.repeat(random(12))}`,
        // Crowded half the time: a few spots only.
        components: run % 2 ? random(61) : random(3),
        share: run % 2 ? random(101) : random(3) * 2,
      }));
      const placed = placeLabels(points, {
        xMax: quadrantXMax(points),
        ...(run % 3 ? DESKTOP : PHONE),
      });
      expect(placed).toHaveLength(points.length);
      const named: string[] = [];
      let counted = 0;
      for (const p of placed) {
        if (!p) continue;
        const more = / and (\d+) more$/.exec(p.text);
        counted += more ? Number(more[1]) : 0;
        named.push(...p.text.replace(/ and \d+ more$/, '').split(', '));
      }
      // Each named once, the rest counted in "and N more".
      expect(new Set(named).size).toBe(named.length);
      expect(named.every(n => points.some(p => p.label === n))).toBe(true);
      expect(named.length + counted).toBe(points.length);
    }
  });
});
