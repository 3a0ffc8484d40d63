import { Progress, Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  DEPENDENCY_NODE_TYPES,
  DependencyNodeType,
  HotSpot,
} from '@internal/plugin-dependency-map-common';
import { LoadErrorPanel } from '@internal/plugin-fitsys-react';
import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useCallback, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { dependencyMapApiRef } from '../../api/DependencyMapApi';
import { ExportButton } from '../shared/ExportButton';
import { formatCount } from '../shared/format';
import { NoAnnotations } from '../shared/NoAnnotations';
import { NodeActions, NodeName } from '../shared/NodeLink';

/** Hot spots fetched at once; the table pages through them. */
const HOT_SPOTS_SHOWN = 500;

const count = (n: number | undefined) =>
  n === undefined ? '–' : formatCount(n);

const columns: TableColumn<HotSpot>[] = [
  { title: 'Rank', field: 'rank', width: '4em' },
  {
    title: 'Shared dependency',
    field: 'node.label',
    render: h => <NodeName node={h.node} />,
  },
  {
    title: 'Kind',
    render: h => (h.node.type === 'entity' ? h.node.kind : h.node.type),
  },
  { title: 'Direct dependents', field: 'directDependents', type: 'numeric' },
  {
    title: 'Fail with it',
    field: 'transitiveDependents',
    type: 'numeric',
    render: h =>
      h.exact
        ? formatCount(h.transitiveDependents)
        : `≈ ${formatCount(h.transitiveDependents)}`,
  },
  { title: 'Teams', type: 'numeric', render: h => count(h.teams) },
  { title: 'Domains', type: 'numeric', render: h => count(h.domains) },
  { title: 'Tier 1', type: 'numeric', render: h => count(h.tier1) },
  { title: '', sorting: false, render: h => <NodeActions node={h.node} /> },
];

/** The shared dependencies of the fleet, ranked by what fails with them, with a CSV export. */
export function HotSpotsView() {
  const api = useApi(dependencyMapApiRef);
  const [type, setType] = useState<DependencyNodeType | ''>('');
  const { value, loading, error } = useAsync(
    () => api.getHotSpots({ type: type || undefined, limit: HOT_SPOTS_SHOWN }),
    [api, type],
  );
  const exportCsv = useCallback(
    () => api.exportHotSpots(type || undefined),
    [api, type],
  );

  const filter = (
    <Box display="flex" alignItems="center" flexWrap="wrap" mb={2}>
      <Box mr={2} mb={1} minWidth={240}>
        <TextField
          select
          id="hot-spot-type"
          label="Dependency type"
          value={type}
          onChange={e => setType(e.target.value as DependencyNodeType | '')}
          variant="outlined"
          size="small"
          fullWidth
          InputLabelProps={{ shrink: true }}
          SelectProps={{
            displayEmpty: true,
            // Named by its label and its value, as it reads.
            SelectDisplayProps: { id: 'hot-spot-type-display' },
          }}
        >
          <MenuItem value="">All</MenuItem>
          {DEPENDENCY_NODE_TYPES.map(t => (
            <MenuItem key={t} value={t}>
              {t === 'entity' ? 'entity (service, database, API…)' : t}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <Box mb={1}>
        <ExportButton label="Export CSV" load={exportCsv} />
      </Box>
    </Box>
  );

  if (error) {
    return (
      <>
        {filter}
        <LoadErrorPanel
          error={error}
          what="The hot spots"
          back={{ label: 'Reload', to: '.' }}
        />
      </>
    );
  }
  if (loading || !value)
    return (
      <>
        {filter}
        <Progress />
      </>
    );
  if (value.totalItems === 0 && !type) {
    return <NoAnnotations title="No shared dependencies yet" />;
  }
  return (
    <>
      {filter}
      <Table<HotSpot>
        title={`Hot spots (${formatCount(value.totalItems)})`}
        subtitle="What fails, transitively, if this one dependency fails"
        columns={columns}
        data={value.items}
        options={{
          // Column dragging nests a focusable handle in each sortable header.
          draggable: false,
          paging: true,
          pageSize: 20,
          search: true,
          padding: 'dense',
        }}
        emptyContent={
          <Box p={2}>
            <Typography>No hot spots of this type.</Typography>
          </Box>
        }
      />
      <Box mt={1}>
        <Typography variant="caption" color="textSecondary">
          {value.items.length < value.totalItems
            ? `The first ${formatCount(value.items.length)} of ${formatCount(
                value.totalItems,
              )} shown; the CSV has all. `
            : ''}
          Counts marked ≈ are estimates ({value.errorBound}); teams, domains and
          tier 1 are counted where the count is exact.
        </Typography>
      </Box>
    </>
  );
}
