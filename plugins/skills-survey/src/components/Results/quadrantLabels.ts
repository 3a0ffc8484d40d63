/** A technology's point on the footprint-against-proficiency chart. */
export interface QuadrantPoint {
  label: string;
  /** Components using it (x). */
  components: number;
  /** Share at the independent level or above, 0 to 100 (y). */
  share: number;
}

/** Where a point's label goes, from the point's centre (px); undefined when another label names it. */
export interface LabelPlacement {
  text: string;
  dx: number;
  dy: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** An 11 px label's width per character, and its height (px); generous. */
const CHAR_PX = 6.6;
const LINE_PX = 11;
/** A dot's radius, the gap between a dot and a label beside it, and the corner offset (px). */
const DOT_PX = 5;
const GAP_PX = 7;
const CORNER_PX = 3;
/** Points closer than this (px) are drawn over each other: one label names them all. */
const SAME_SPOT_PX = 9;
/** A label with no clear spot may join a neighbour's within this (px). */
const JOIN_PX = 2 * LINE_PX;

/** The area two boxes share (px²), boxes that only touch sharing none. */
const overlap = (a: Box, b: Box) => {
  const area =
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
    Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  return area < 0.01 ? 0 : area;
};

/** Where a text of `width` px anchored at `x` begins. */
export function textLeft(
  anchor: LabelPlacement['anchor'],
  x: number,
  width: number,
) {
  if (anchor === 'start') return x;
  if (anchor === 'end') return x - width;
  return x - width / 2;
}

/** The upper end of the x axis: the largest footprint rounded up to a multiple of 4 (at least 4). */
export function quadrantXMax(points: QuadrantPoint[]) {
  const max = Math.max(0, ...points.map(p => p.components));
  return Math.max(4, Math.ceil((max * 1.05) / 4) * 4);
}

/**
 * Where a label of `width` px may go around a dot at (x, y): beside it,
 * above or below it, then at its corners. `dy` puts the text's baseline.
 */
function candidates(x: number, y: number, width: number) {
  const half = LINE_PX / 2;
  const spots: Array<{
    dx: number;
    top: number;
    anchor: LabelPlacement['anchor'];
  }> = [
    { dx: GAP_PX, top: -half, anchor: 'start' },
    { dx: -GAP_PX, top: -half, anchor: 'end' },
    { dx: 0, top: -GAP_PX - LINE_PX, anchor: 'middle' },
    { dx: 0, top: GAP_PX, anchor: 'middle' },
    { dx: CORNER_PX, top: -CORNER_PX - LINE_PX, anchor: 'start' },
    { dx: CORNER_PX, top: CORNER_PX, anchor: 'start' },
    { dx: -CORNER_PX, top: -CORNER_PX - LINE_PX, anchor: 'end' },
    { dx: -CORNER_PX, top: CORNER_PX, anchor: 'end' },
  ];
  return spots.map(({ dx, top, anchor }) => {
    const left = textLeft(anchor, x + dx, width);
    return {
      placement: { dx, dy: top + LINE_PX - 2, anchor },
      box: {
        left,
        right: left + width,
        top: y + top,
        bottom: y + top + LINE_PX,
      },
    };
  });
}

/**
 * Places each point's label clear of the other labels and dots on a plot
 * of `width` × `height` px (as drawn): beside the dot, else above, below
 * or at a corner; where none is clear, where it covers least. Points drawn
 * over each other, or with no clear spot near a neighbour, are named
 * together by one label ("AWS IAM, Terraform"). Points are placed widest
 * footprint first, so the gaps that matter most keep the best places.
 */
export function placeLabels(
  points: QuadrantPoint[],
  plot: { xMax: number; width: number; height: number },
): Array<LabelPlacement | undefined> {
  const at = points.map(p => ({
    x: (p.components / plot.xMax) * plot.width,
    y: (1 - p.share / 100) * plot.height,
  }));
  const dots: Box[] = at.map(({ x, y }) => ({
    left: x - DOT_PX,
    right: x + DOT_PX,
    top: y - DOT_PX,
    bottom: y + DOT_PX,
  }));
  const order = points
    .map((_, i) => i)
    .sort(
      (a, b) =>
        points[b].components - points[a].components ||
        points[a].share - points[b].share ||
        points[a].label.localeCompare(points[b].label),
    );
  const placed: Array<LabelPlacement | undefined> = points.map(() => undefined);
  const boxes = new Map<number, Box>();
  const groups = new Map<number, number[]>();
  const outside = (box: Box) =>
    Math.max(0, -4 - box.left) +
    Math.max(0, box.right - plot.width - 32) +
    Math.max(0, -8 - box.top) +
    Math.max(0, box.bottom - plot.height - 8);
  /** What a label there would cover: other dots and labels, and beyond the plot. */
  const cost = (box: Box, group: number[]) =>
    dots.reduce((n, d, j) => (group.includes(j) ? n : n + overlap(d, box)), 0) +
    [...boxes].reduce(
      (n, [j, b]) => (group.includes(j) ? n : n + overlap(b, box)),
      0,
    ) +
    outside(box) * LINE_PX;
  const textOf = (names: string[]) =>
    names.length <= 3
      ? names.join(', ')
      : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
  /** The least-covering spot for a label naming `group`, beside `anchor`. */
  const bestSpot = (anchor: number, group: number[]) => {
    const text = textOf(group.map(j => points[j].label));
    let best:
      | { cost: number; spot: ReturnType<typeof candidates>[number] }
      | undefined;
    for (const spot of candidates(
      at[anchor].x,
      at[anchor].y,
      text.length * CHAR_PX,
    )) {
      const c = cost(spot.box, group);
      if (!best || c < best.cost) best = { cost: c, spot };
      if (c === 0) break;
    }
    return { text, ...best! };
  };
  const place = (
    anchor: number,
    group: number[],
    best = bestSpot(anchor, group),
  ) => {
    placed[anchor] = { text: best.text, ...best.spot.placement };
    boxes.set(anchor, best.spot.box);
    groups.set(anchor, group);
  };
  const distance = (a: number, b: number) =>
    Math.hypot(at[a].x - at[b].x, at[a].y - at[b].y);

  for (const i of order) {
    const nearest = [...groups.keys()].reduce<number | undefined>(
      (best, j) =>
        best === undefined || distance(i, j) < distance(i, best) ? j : best,
      undefined,
    );
    if (nearest !== undefined && distance(i, nearest) < SAME_SPOT_PX) {
      place(nearest, [...groups.get(nearest)!, i]);
      continue;
    }
    const own = bestSpot(i, [i]);
    if (own.cost === 0 || nearest === undefined) {
      place(i, [i], own);
      continue;
    }
    // No clear spot of its own: a close neighbour's label names it too, if
    // that label then finds a clear spot (or covers less than this would).
    const group = [...groups.get(nearest)!, i];
    const joined = bestSpot(nearest, group);
    if (
      distance(i, nearest) < JOIN_PX &&
      joined.cost < own.cost + cost(boxes.get(nearest)!, groups.get(nearest)!)
    )
      place(nearest, group, joined);
    else place(i, [i], own);
  }
  return placed;
}
