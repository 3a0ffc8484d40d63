import { DomainClassification } from '@internal/plugin-domain-catalog-common';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import ZoomInIcon from '@material-ui/icons/ZoomIn';
import ZoomOutIcon from '@material-ui/icons/ZoomOut';
import {
  KeyboardEvent,
  ReactNode,
  RefObject,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import useMeasure from 'react-use/esm/useMeasure';
import { classificationColour } from '../shared';
import {
  FONT_SIZE,
  largestWhenFitted,
  layoutMap,
  nodeText,
  PlacedEdge,
} from './layout';
import { usePanZoom } from './usePanZoom';

/** A node of the drawn map: a context, or a domain in the aggregate view. */
export type GraphNode = {
  id: string;
  label: string;
  sublabel?: string;
  classification?: DomainClassification;
};

/** An edge of the drawn map, from upstream to downstream. */
export type GraphEdge = {
  from: string;
  to: string;
  /** What the edge says on the map; empty for none. */
  label: string;
  /** The edge's full description, its tooltip. */
  title?: string;
  /** Partnership, shared kernel, separate ways: drawn without an arrow. */
  symmetric?: boolean;
};

const PADDING = 16;
const ZOOM_STEP = 1.25;

const useStyles = makeStyles(theme => ({
  layout: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    alignItems: 'flex-start',
  },
  mapArea: { flex: '1 1 520px', minWidth: 0 },
  frame: {
    position: 'relative',
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    overflow: 'hidden',
    '&:focus-within': { borderColor: theme.palette.primary.main },
  },
  svg: {
    display: 'block',
    width: '100%',
    minHeight: 240,
    cursor: 'grab',
    touchAction: 'none',
    userSelect: 'none',
    '&:active': { cursor: 'grabbing' },
  },
  controls: {
    position: 'absolute',
    top: theme.spacing(1),
    right: theme.spacing(1),
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    padding: theme.spacing(0.25, 0.5),
    borderRadius: theme.shape.borderRadius,
    backgroundColor: theme.palette.background.paper,
    border: `1px solid ${theme.palette.divider}`,
  },
  node: {
    cursor: 'pointer',
    outline: 'none',
    '&:focus rect, &:hover rect': {
      stroke: theme.palette.primary.main,
      strokeWidth: 3,
    },
  },
  edge: {
    fill: 'none',
    stroke: theme.palette.text.secondary,
    strokeWidth: 1.4,
  },
  labelBox: {
    fill: theme.palette.background.paper,
    stroke: theme.palette.divider,
  },
  labelText: {
    fill: theme.palette.text.primary,
    fontSize: FONT_SIZE,
    fontFamily: theme.typography.fontFamily,
  },
  aside: { flex: '0 0 200px', minWidth: 0 },
}));

/**
 * How much of the window is left below an element's top, so the map and its
 * caption fit the window once scrolled to; follows resizes.
 */
function useRoomBelow(ref: RefObject<Element>) {
  const [room, setRoom] = useState<number>();
  useLayoutEffect(() => {
    const measure = () => {
      const element = ref.current;
      if (!element || !window.innerHeight) return;
      const top = element.getBoundingClientRect().top + window.scrollY;
      // On a window too short for the page's header, the map keeps a usable height.
      setRoom(Math.max(320, window.innerHeight - top - 32));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref]);
  return room;
}

function pathOf(points: PlacedEdge<GraphEdge>['points']) {
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`)
    .join(' ');
}

/**
 * The context map as a layered diagram (laid out by dagre, drawn here):
 * nodes coloured by classification, edges from upstream to downstream with
 * their patterns in labels that have their own place in the layout. It opens
 * fitted to its frame; drag pans, Ctrl with the wheel zooms, and the buttons
 * (or +, − and 0 while focus is in the map) zoom and fit again. Nodes are
 * focusable and open on Enter as well as on click. The legend stands beside
 * the map, or under it when the window is narrow.
 */
export function ContextGraph(props: {
  nodes: GraphNode[];
  edges: GraphEdge[];
  onSelect: (id: string) => void;
  title: string;
  legend?: ReactNode;
}) {
  const classes = useStyles();
  const theme = useTheme();
  const arrowId = `map-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // Layers top to bottom, or left to right when that draws the map larger
  // in the room the window leaves it.
  const layouts = useMemo(
    () => [
      layoutMap(props.nodes, props.edges, 'TB'),
      layoutMap(props.nodes, props.edges, 'LR'),
    ],
    [props.nodes, props.edges],
  );
  const svgRef = useRef<SVGSVGElement>(null);
  const [measureRef, { width: frameWidth }] = useMeasure<HTMLDivElement>();
  const roomLeft = useRoomBelow(svgRef);
  const layout = largestWhenFitted(
    layouts,
    frameWidth > 0 && roomLeft
      ? { width: frameWidth, height: roomLeft }
      : undefined,
    PADDING,
  );
  const panZoom = usePanZoom(svgRef, layout, PADDING);
  const fittedWidth = layout.width + 2 * PADDING;
  const fittedHeight = layout.height + 2 * PADDING;
  // Never drawn larger than life at the fitted zoom; a wide map scales down,
  // and a tall one down to what is left of the window below the map's top.
  const height = Math.min(
    frameWidth > 0
      ? fittedHeight * Math.min(1, frameWidth / fittedWidth)
      : fittedHeight,
    roomLeft ?? Infinity,
  );

  const onKeyDown = (event: KeyboardEvent) => {
    const step = panZoom.view.width / 10;
    const actions: Record<string, () => void> = {
      '+': () => panZoom.zoomBy(ZOOM_STEP),
      '=': () => panZoom.zoomBy(ZOOM_STEP),
      '-': () => panZoom.zoomBy(1 / ZOOM_STEP),
      '0': panZoom.fit,
      ArrowLeft: () => panZoom.panBy(-step, 0),
      ArrowRight: () => panZoom.panBy(step, 0),
      ArrowUp: () => panZoom.panBy(0, -step),
      ArrowDown: () => panZoom.panBy(0, step),
    };
    const action = actions[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  };

  return (
    <div className={classes.layout}>
      <div className={classes.mapArea}>
        {/* Keys pressed on a node or a control bubble up to here; the figure itself takes no focus. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
        <div
          ref={measureRef}
          className={classes.frame}
          role="figure"
          aria-label={props.title}
          onKeyDown={onKeyDown}
        >
          <svg
            ref={svgRef}
            className={classes.svg}
            data-testid="context-map-svg"
            viewBox={panZoom.viewBox}
            preserveAspectRatio="xMidYMid meet"
            style={{ height }}
            {...panZoom.pointerHandlers}
          >
            <defs>
              <marker
                id={arrowId}
                viewBox="0 0 10 10"
                refX="10"
                refY="5"
                markerWidth="8"
                markerHeight="8"
                orient="auto-start-reverse"
              >
                <path
                  d="M0,0 L10,5 L0,10 z"
                  fill={theme.palette.text.secondary}
                />
              </marker>
            </defs>
            {layout.edges.map((edge, i) => (
              <path
                key={`edge-${i}`}
                className={classes.edge}
                d={pathOf(edge.points)}
                markerEnd={edge.symmetric ? undefined : `url(#${arrowId})`}
              />
            ))}
            {layout.edges.map((edge, i) =>
              edge.labelBox ? (
                <g key={`label-${i}`} data-testid="context-map-label">
                  {edge.title && <title>{edge.title}</title>}
                  <rect
                    className={classes.labelBox}
                    x={edge.labelBox.x}
                    y={edge.labelBox.y}
                    width={edge.labelBox.width}
                    height={edge.labelBox.height}
                    rx={4}
                  />
                  <text
                    className={classes.labelText}
                    x={edge.labelBox.x + edge.labelBox.width / 2}
                    y={edge.labelBox.y + edge.labelBox.height / 2}
                    textAnchor="middle"
                    dominantBaseline="central"
                  >
                    {edge.label}
                  </text>
                </g>
              ) : null,
            )}
            {layout.nodes.map(node => {
              const fill = classificationColour(theme, node.classification);
              const text = theme.palette.getContrastText(fill);
              const { x, y } = node.box;
              return (
                <g
                  key={node.id}
                  className={classes.node}
                  data-testid="context-map-node"
                  transform={`translate(${x},${y})`}
                  role="link"
                  tabIndex={0}
                  // Its name is what it shows; a name cut short is whole in
                  // the tooltip.
                  aria-label={[nodeText(node.label), node.sublabel]
                    .filter(Boolean)
                    .join(' ')}
                  onClick={() => props.onSelect(node.id)}
                  onFocus={() => panZoom.reveal(node.box)}
                  onKeyDown={e => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      props.onSelect(node.id);
                    }
                  }}
                >
                  <title>{node.label}</title>
                  <rect
                    width={node.box.width}
                    height={node.box.height}
                    rx={8}
                    fill={fill}
                    stroke={theme.palette.divider}
                  />
                  {/* One text of two lines, so it reads as "Ledger 3 drift", as its name does. */}
                  <text
                    x={node.box.width / 2}
                    dominantBaseline="central"
                    textAnchor="middle"
                    fill={text}
                    fontSize={FONT_SIZE}
                  >
                    <tspan
                      x={node.box.width / 2}
                      y={node.sublabel ? 17 : node.box.height / 2}
                      fontWeight={600}
                    >
                      {nodeText(node.label)}
                    </tspan>
                    {node.sublabel && (
                      <tspan
                        x={node.box.width / 2}
                        y={32}
                        fontSize={FONT_SIZE - 2}
                      >
                        {` ${node.sublabel}`}
                      </tspan>
                    )}
                  </text>
                </g>
              );
            })}
          </svg>
          <div
            className={classes.controls}
            role="toolbar"
            aria-label="Zoom the map"
          >
            <Tooltip title="Zoom out (−)">
              <IconButton
                size="small"
                aria-label="Zoom out"
                onClick={() => panZoom.zoomBy(1 / ZOOM_STEP)}
              >
                <ZoomOutIcon fontSize="small" />
              </IconButton>
            </Tooltip>
            <Typography
              variant="caption"
              aria-live="polite"
              style={{ minWidth: 40, textAlign: 'center' }}
            >
              {Math.round(panZoom.zoom * 100)}%
            </Typography>
            <Tooltip title="Zoom in (+)">
              <IconButton
                size="small"
                aria-label="Zoom in"
                onClick={() => panZoom.zoomBy(ZOOM_STEP)}
              >
                <ZoomInIcon fontSize="small" />
              </IconButton>
            </Tooltip>
            <Button
              size="small"
              onClick={panZoom.fit}
              disabled={panZoom.fitted}
              aria-label="Fit the map to the frame"
            >
              Fit
            </Button>
          </div>
        </div>
        <Typography variant="caption" color="textSecondary">
          Drag to pan; Ctrl + scroll or pinch to zoom; in the map, + and − zoom,
          0 fits, arrow keys pan.
        </Typography>
      </div>
      {props.legend && (
        <aside className={classes.aside} aria-label="Legend">
          {props.legend}
        </aside>
      )}
    </div>
  );
}
