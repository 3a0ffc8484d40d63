import { Progress } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { lazy, Suspense } from 'react';
import { GraphLegend } from './GraphLegend';
import { DrawnGraph, DrawnNode } from './graphModel';
import { GraphTable } from './GraphTable';
import { canDrawWebGl } from './webgl';

// sigma.js and graphology load only when a graph is drawn.
const GraphCanvas = lazy(() => import('./GraphCanvas'));

/** The drawn graph on a canvas, or as a table (the text alternative). */
export function GraphDrawing(props: {
  graph: DrawnGraph;
  view: 'graph' | 'table';
  onNodeClick: (node: DrawnNode) => void;
}) {
  const { graph, view, onNodeClick } = props;
  if (view === 'table') {
    return <GraphTable graph={graph} onExpand={onNodeClick} />;
  }
  if (!canDrawWebGl()) {
    return (
      <Typography color="textSecondary">
        This browser cannot draw WebGL; the table shows the same graph.
      </Typography>
    );
  }
  return (
    <Suspense fallback={<Progress />}>
      <GraphLegend kinds={[...new Set(graph.nodes.map(n => n.kind))].sort()} />
      <GraphCanvas graph={graph} onNodeClick={onNodeClick} height={560} />
    </Suspense>
  );
}
