import { DependencySubgraph } from '@internal/plugin-dependency-map-common';
import Typography from '@material-ui/core/Typography';
import { formatCount, plural } from '../shared/format';
import { DrawnGraph, FilteredGraph } from './graphModel';

/** What is drawn against what was walked: cuts, filters and grouping, in words. */
export function GraphStatus(props: {
  subgraph: DependencySubgraph;
  filtered: FilteredGraph;
  drawn: DrawnGraph;
}) {
  const { subgraph, filtered, drawn } = props;
  const groups = drawn.nodes.filter(n => n.members).length;
  const parts = [
    `${plural(drawn.nodes.length, 'node')} drawn for ${plural(
      filtered.nodes.length,
      'node',
    )}`,
  ];
  if (groups) {
    parts.push(
      `${plural(groups, 'group')} by ${drawn.groupedBy}${
        drawn.autoGrouped
          ? ` (more than a readable size: click or expand a group to drill in)`
          : ''
      }`,
    );
  }
  if (filtered.hidden)
    parts.push(`${formatCount(filtered.hidden)} hidden by the filters`);
  if (subgraph.truncated) {
    parts.push(
      'the walk was cut at the node limit: raise it, or lower the depth',
    );
  }
  return (
    <Typography variant="body2" role="status" gutterBottom>
      {parts.join('; ')}.
    </Typography>
  );
}
