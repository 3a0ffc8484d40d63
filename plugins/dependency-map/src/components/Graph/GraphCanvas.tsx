import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { useTheme } from '@material-ui/core/styles';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import { DrawnGraph, DrawnNode, ringLayout } from './graphModel';
import {
  CONVERGED,
  CONVERGENCE_CHECK_MS,
  movement,
  positionsOf,
} from './layoutProgress';
import { colourOf } from './palette';

const sizeOf = (n: DrawnNode) => {
  if (n.focus) return 12;
  if (n.members) return Math.min(22, 6 + 3 * Math.log2(n.members.length));
  return 5;
};

/** The graph on a WebGL canvas (sigma.js): pan with the mouse, zoom with the wheel or the buttons; a click on a group drills in. */
export default function GraphCanvas(props: {
  graph: DrawnGraph;
  onNodeClick: (node: DrawnNode) => void;
  height: number;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [renderer, setRenderer] = useState<Sigma>();
  const onClick = useRef(props.onNodeClick);
  onClick.current = props.onNodeClick;
  const theme = useTheme();
  const text = theme.palette.text.primary;
  const paper = theme.palette.background.paper;
  // Solid colours: the WebGL edge program draws alpha poorly.
  const edgeColour = theme.palette.type === 'dark' ? '#6b6b6b' : '#b8b8b8';

  useEffect(() => {
    if (!container.current) return undefined;
    const { nodes, edges } = props.graph;
    const graph = new Graph({ type: 'directed', multi: false });
    const positions = ringLayout(nodes);
    const byKey = new Map(nodes.map(n => [n.key, n]));
    for (const n of nodes) {
      const at = positions.get(n.key)!;
      graph.addNode(n.key, {
        ...at,
        size: sizeOf(n),
        label: n.label,
        color: colourOf(n.kind, n.focus),
        forceLabel: n.focus || Boolean(n.members),
      });
    }
    for (const e of edges) {
      graph.addDirectedEdge(e.source, e.target, {
        size: Math.min(6, 1 + Math.log2(e.count)),
        color: edgeColour,
      });
    }
    const sigma = new Sigma(graph, container.current, {
      defaultEdgeType: 'arrow',
      labelColor: { color: text },
      labelRenderedSizeThreshold: nodes.length > 300 ? 8 : 4,
      hideEdgesOnMove: edges.length > 3000,
      // Labels are drawn on a 2D canvas, the costliest part of a frame at
      // this size: hidden while the camera moves, back when it stops.
      hideLabelsOnMove: nodes.length > 500,
      zIndex: true,
      defaultDrawNodeHover: (context, data, settings) => {
        const size = settings.labelSize;
        context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
        const width = context.measureText(data.label ?? '').width + 8;
        context.fillStyle = paper;
        context.strokeStyle = text;
        context.fillRect(
          data.x + data.size,
          data.y - size / 2 - 4,
          width,
          size + 8,
        );
        context.strokeRect(
          data.x + data.size,
          data.y - size / 2 - 4,
          width,
          size + 8,
        );
        context.fillStyle = text;
        context.fillText(
          data.label ?? '',
          data.x + data.size + 4,
          data.y + size / 3,
        );
      },
    });
    sigma.on('clickNode', ({ node }) => {
      const drawn = byKey.get(node);
      if (drawn) onClick.current(drawn);
    });
    sigma.on('enterNode', () => {
      container.current!.style.cursor = 'pointer';
    });
    sigma.on('leaveNode', () => {
      container.current!.style.cursor = 'default';
    });
    setRenderer(sigma);
    // The force layout runs in a worker so that the page stays responsive.
    // Each of its steps moves nodes and so redraws the whole graph on the
    // main thread: it stops once the nodes barely move (converged), when
    // the user first moves the camera (they have the graph in hand), or
    // at a time limit that grows with the graph. The container's
    // `data-layout` says which (running, converged, stopped, time-limit).
    const layout = new FA2Layout(graph, {
      settings: {
        ...forceAtlas2.inferSettings(graph),
        // Room for the labels of a small graph.
        ...(graph.order < 200 ? { scalingRatio: 20 } : {}),
        barnesHutOptimize: graph.order > 300,
      },
    });
    const element = container.current;
    const started = performance.now();
    const settle = (why: 'converged' | 'stopped' | 'time-limit') => {
      if (!layout.isRunning()) return;
      layout.stop();
      element.dataset.layout = why;
      element.dataset.layoutMs = String(
        Math.round(performance.now() - started),
      );
    };
    layout.start();
    element.dataset.layout = 'running';
    const limit = setTimeout(
      () => settle('time-limit'),
      Math.min(4000, 800 + graph.order * 2),
    );
    // Converged: the nodes were seen moving, and now barely move (before
    // the worker's first steps arrive nothing moves, which is not it).
    let last = positionsOf(graph);
    let moved = false;
    const watch = setInterval(() => {
      const now = positionsOf(graph);
      const step = movement(last, now);
      if (moved && step < CONVERGED) settle('converged');
      moved ||= step >= CONVERGED;
      last = now;
    }, CONVERGENCE_CHECK_MS);
    const onCamera = () => settle('stopped');
    sigma.getCamera().on('updated', onCamera);
    return () => {
      clearTimeout(limit);
      clearInterval(watch);
      sigma.getCamera().off('updated', onCamera);
      layout.kill();
      sigma.kill();
      setRenderer(undefined);
    };
  }, [props.graph, text, paper, edgeColour]);

  const camera = renderer?.getCamera();
  return (
    <Box position="relative">
      <div
        ref={container}
        role="img"
        aria-label={`Dependency graph of ${props.graph.nodes.length} nodes and ${props.graph.edges.length} edges; the table below lists the same`}
        style={{ height: props.height, width: '100%' }}
      />
      <Box
        position="absolute"
        top={8}
        right={8}
        display="flex"
        style={{ gap: 4 }}
      >
        <Button
          size="small"
          variant="outlined"
          onClick={() => camera?.animatedZoom(1.5)}
        >
          Zoom in
        </Button>
        <Button
          size="small"
          variant="outlined"
          onClick={() => camera?.animatedUnzoom(1.5)}
        >
          Zoom out
        </Button>
        <Button
          size="small"
          variant="outlined"
          onClick={() => camera?.animatedReset()}
        >
          Fit
        </Button>
      </Box>
    </Box>
  );
}
