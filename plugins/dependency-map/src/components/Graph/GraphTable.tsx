import { Table, TableColumn } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import { NodeName } from '../shared/NodeLink';
import { shortRef } from '../shared/format';
import { DrawnGraph, DrawnNode } from './graphModel';
import { graphTableRows, GraphTableRow } from './graphTable';

/** Shows the first few names of a list and counts the rest. */
const listed = (names: string[], shown = 6) =>
  names.length > shown
    ? `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`
    : names.join(', ') || '–';

/** The drawn graph as a table: every node or group, what it needs and what needs it. */
export function GraphTable(props: {
  graph: DrawnGraph;
  onExpand: (node: DrawnNode) => void;
}) {
  const columns: TableColumn<GraphTableRow>[] = [
    {
      title: 'Node',
      render: r =>
        r.drawn.node ? (
          <NodeName node={r.drawn.node} />
        ) : (
          <Button
            size="small"
            variant="outlined"
            onClick={() => props.onExpand(r.drawn)}
          >
            {/* Named by what it shows, so speech and sight agree. */}
            Expand group {r.drawn.label}
          </Button>
        ),
    },
    {
      title: 'What',
      render: r =>
        r.drawn.members
          ? `group of ${r.drawn.members.length}`
          : `${r.drawn.kind}${r.drawn.focus ? ' (focus)' : ''}`,
    },
    {
      title: 'Owner',
      render: r => (r.drawn.node?.owner ? shortRef(r.drawn.node.owner) : '–'),
    },
    { title: 'Tier', render: r => r.drawn.node?.tier ?? '–' },
    { title: 'Steps from focus', field: 'drawn.distance', type: 'numeric' },
    { title: 'Needs', render: r => listed(r.needs) },
    { title: 'Needed by', render: r => listed(r.neededBy) },
  ];
  return (
    <Table<GraphTableRow>
      title="The graph as a table"
      columns={columns}
      data={graphTableRows(props.graph)}
      options={{
        // Column dragging nests a focusable handle in each sortable header.
        draggable: false,
        paging: true,
        pageSize: 20,
        search: true,
        padding: 'dense',
      }}
    />
  );
}
