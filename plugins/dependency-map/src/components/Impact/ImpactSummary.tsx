import { Table, TableColumn } from '@backstage/core-components';
import { DependencyNode, Impact } from '@internal/plugin-dependency-map-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { formatCount, plural, shortRef } from '../shared/format';
import { NodeName } from '../shared/NodeLink';

const columns: TableColumn<DependencyNode>[] = [
  { title: 'Impacted', render: n => <NodeName node={n} /> },
  { title: 'Kind', render: n => n.kind ?? n.type },
  { title: 'Owner', render: n => (n.owner ? shortRef(n.owner) : '–') },
  { title: 'Tier', render: n => n.tier ?? '–' },
];

function Figure(props: { value: number; label: string }) {
  return (
    <Box mr={4} mb={1}>
      <Typography variant="h4" component="p">
        {formatCount(props.value)}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {props.label}
      </Typography>
    </Box>
  );
}

/** What fails: counts, teams, domains, and the impacted entities nearest first. */
export function ImpactSummary(props: { impact: Impact; title: string }) {
  const { impact } = props;
  return (
    <Box component="section" aria-label={props.title}>
      <Box display="flex" flexWrap="wrap" mb={1}>
        <Figure value={impact.impacted} label="entities fail with it" />
        <Figure value={impact.teams.length} label="teams" />
        <Figure value={impact.domains.length} label="domains" />
        <Figure value={impact.tier1} label="tier-1 entities" />
      </Box>
      {impact.teams.length ? (
        <Box mb={1} aria-label="Teams impacted" role="list">
          {impact.teams.map(t => (
            <Chip
              key={t}
              role="listitem"
              size="small"
              label={shortRef(t)}
              style={{ margin: 2 }}
            />
          ))}
        </Box>
      ) : null}
      {impact.domains.length ? (
        <Typography variant="body2" paragraph>
          Domains: {impact.domains.map(shortRef).join(', ')}
        </Typography>
      ) : null}
      <Table<DependencyNode>
        title={props.title}
        subtitle={
          impact.truncated
            ? `Nearest ${formatCount(impact.entities.length)} of ${plural(
                impact.impacted,
                'entity',
                'entities',
              )}`
            : 'Nearest first'
        }
        columns={columns}
        data={impact.entities}
        options={{
          // Column dragging nests a focusable handle in each sortable header.
          draggable: false,
          paging: impact.entities.length > 20,
          pageSize: 20,
          search: true,
          padding: 'dense',
        }}
        emptyContent={
          <Box p={2}>
            <Typography>Nothing else fails with it.</Typography>
          </Box>
        }
      />
    </Box>
  );
}
