import dagre from '@dagrejs/dagre';

/** Font size of node names and edge labels, in SVG units (pixels at a scale of 1). */
export const FONT_SIZE = 14;
/** Height of a node box on the map, in SVG units. */
export const NODE_HEIGHT = 42;
/** Node names longer than this are cut short (the full name is the node's tooltip). */
export const NODE_LABEL_MAX = 26;
const NODE_PAD_X = 10;
const LABEL_PAD_X = 5;
const LABEL_PAD_Y = 3;
// Wide enough for the widest glyphs of the theme's sans-serif (bold for node
// names); a box a little too wide costs nothing, one too narrow spills.
const CHAR_WIDTH = 0.62 * FONT_SIZE;
const BOLD_CHAR_WIDTH = 0.66 * FONT_SIZE;

/** A box on the map: its top-left corner and size. */
export type Box = { x: number; y: number; width: number; height: number };

/** A node as laid out, with its box. */
export type PlacedNode<N> = N & { box: Box };

/** An edge as laid out: the points of its line and the box of its label. */
export type PlacedEdge<E> = E & {
  points: Array<{ x: number; y: number }>;
  labelBox?: Box;
};

/** A laid-out map: everything inside 0,0 .. width,height. */
export type Layout<N, E> = {
  width: number;
  height: number;
  nodes: PlacedNode<N>[];
  edges: PlacedEdge<E>[];
};

/** The box an edge label needs, estimated from its text so layout needs no DOM. */
export function labelSize(label: string) {
  return {
    width: Math.ceil([...label].length * CHAR_WIDTH + 2 * LABEL_PAD_X),
    height: FONT_SIZE + 2 * LABEL_PAD_Y + 2,
  };
}

/** A node's name as drawn: cut short when it would make the node too wide. */
export function nodeText(label: string) {
  const chars = [...label];
  return chars.length > NODE_LABEL_MAX
    ? `${chars.slice(0, NODE_LABEL_MAX - 1).join('')}…`
    : label;
}

/** The width of a node, from its name, so short names make narrow nodes. */
export function nodeWidth(label: string) {
  const chars = [...nodeText(label)].length;
  return Math.max(96, Math.ceil(chars * BOLD_CHAR_WIDTH + 2 * NODE_PAD_X));
}

/**
 * The pattern notation of an edge without the U and D its arrow already
 * shows: "U [OHS,PL] → D [ACL]" becomes "OHS,PL → ACL", "C/S: U → D" becomes
 * "C/S", a bare "U → D" nothing. Full labels are three times as wide and
 * would shrink a fitted map of a few dozen relationships past reading.
 */
export function compactNotation(label: string) {
  const match =
    /^(?:(C\/S):\s*)?U\s*(?:\[([^\]]*)\])?\s*→\s*D\s*(?:\[([^\]]*)\])?$/.exec(
      label.trim(),
    );
  if (!match) return label;
  const [, customerSupplier, upstream, downstream] = match;
  const patterns =
    upstream || downstream
      ? `${upstream ?? ''} → ${downstream ?? ''}`.trim()
      : '';
  return [customerSupplier, patterns].filter(Boolean).join(' ');
}

/** Which way the layers run: top to bottom or left to right. */
export type Direction = 'TB' | 'LR';

/**
 * Lays the map out in layers with dagre. Edge labels take part in the layout
 * (dagre places each in its own slot between two ranks), so no label lands
 * on a node and no two labels on one another.
 */
export function layoutMap<
  N extends { id: string; label: string },
  E extends { from: string; to: string; label: string },
>(nodes: N[], edges: E[], direction: Direction = 'TB'): Layout<N, E> {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({
    rankdir: direction,
    nodesep: 12,
    edgesep: 4,
    ranksep: 20,
    marginx: 0,
    marginy: 0,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  const known = new Set(nodes.map(n => n.id));
  for (const node of nodes) {
    graph.setNode(node.id, {
      width: nodeWidth(node.label),
      height: NODE_HEIGHT,
    });
  }
  const drawn = edges.filter(
    e => known.has(e.from) && known.has(e.to) && e.from !== e.to,
  );
  drawn.forEach((edge, i) => {
    const size = edge.label ? labelSize(edge.label) : { width: 0, height: 0 };
    graph.setEdge(
      edge.from,
      edge.to,
      { ...size, labelpos: 'c', minlen: 1 },
      String(i),
    );
  });
  dagre.layout(graph);
  const { width = 0, height = 0 } = graph.graph();
  return {
    width,
    height,
    nodes: nodes.map(node => {
      const placed = graph.node(node.id);
      return {
        ...node,
        box: {
          x: placed.x - placed.width / 2,
          y: placed.y - placed.height / 2,
          width: placed.width,
          height: placed.height,
        },
      };
    }),
    edges: drawn.map((edge, i) => {
      const placed = graph.edge(edge.from, edge.to, String(i));
      const labelBox =
        edge.label && placed.x !== undefined
          ? {
              x: placed.x - placed.width / 2,
              y: placed.y - placed.height / 2,
              width: placed.width,
              height: placed.height,
            }
          : undefined;
      return { ...edge, points: placed.points ?? [], labelBox };
    }),
  };
}

/**
 * The scale at which a drawing of the given size fits a frame (with padding
 * around it), never above 1.
 */
export function fitScale(
  drawing: { width: number; height: number },
  frame: { width: number; height: number },
  padding: number,
) {
  return Math.min(
    1,
    frame.width / (drawing.width + 2 * padding),
    frame.height / (drawing.height + 2 * padding),
  );
}

/**
 * Of the layouts given (the same map in different directions), the one drawn
 * largest when fitted to the frame, so its names read at the largest size;
 * the first one wins ties and while the frame is not measured yet.
 */
export function largestWhenFitted<L extends { width: number; height: number }>(
  layouts: L[],
  frame: { width: number; height: number } | undefined,
  padding: number,
): L {
  if (!frame || frame.width <= 0 || frame.height <= 0) return layouts[0];
  let best = layouts[0];
  for (const layout of layouts.slice(1)) {
    // A clear margin, so a map does not flip between directions as the
    // window is resized by a pixel.
    if (
      fitScale(layout, frame, padding) >
      fitScale(best, frame, padding) * 1.05
    )
      best = layout;
  }
  return best;
}

/** Whether two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box) {
  return (
    a.x < b.x + b.width &&
    b.x < a.x + a.width &&
    a.y < b.y + b.height &&
    b.y < a.y + a.height
  );
}
