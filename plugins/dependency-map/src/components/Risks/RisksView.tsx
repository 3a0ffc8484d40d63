import { Progress, Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  CronCollision,
  Risks,
  Saturation,
  TierMismatch,
} from '@internal/plugin-dependency-map-common';
import { LoadErrorPanel } from '@internal/plugin-fitsys-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { dependencyMapApiRef } from '../../api/DependencyMapApi';
import { formatCount, shortRef } from '../shared/format';
import { NodeName } from '../shared/NodeLink';

/** Items per list; the totals say how many there are. */
const RISKS_SHOWN = 200;

const cronColumns: TableColumn<CronCollision>[] = [
  { title: 'Minute', field: 'minute' },
  { title: 'Against', render: c => <NodeName node={c.dependency} /> },
  {
    title: 'Jobs firing together',
    render: c =>
      c.jobs.map(j => `${shortRef(j.ref)} (${j.expression})`).join(', '),
  },
];

const saturationColumns: TableColumn<Saturation>[] = [
  { title: 'Dependency', render: s => <NodeName node={s.dependency} /> },
  { title: 'Capacity', field: 'capacity', type: 'numeric' },
  { title: 'Summed peak', field: 'summedPeak', type: 'numeric' },
  {
    title: 'Dependents at peak',
    render: s =>
      s.dependents.map(d => `${shortRef(d.ref)} (${d.peakLoad})`).join(', '),
  },
];

const tierColumns: TableColumn<TierMismatch>[] = [
  { title: 'Service', render: t => shortRef(t.ref) },
  { title: 'Its tier', field: 'tier', type: 'numeric' },
  { title: 'Needs', render: t => shortRef(t.dependency) },
  { title: 'Of tier', field: 'dependencyTier', type: 'numeric' },
];

function RiskTable<T extends object>(props: {
  title: string;
  explanation: string;
  total: number;
  columns: TableColumn<T>[];
  data: T[];
  none: string;
}) {
  const shown =
    props.total > props.data.length
      ? ` (first ${formatCount(props.data.length)} of ${formatCount(
          props.total,
        )})`
      : ` (${formatCount(props.total)})`;
  return (
    <Box mb={3}>
      <Table<T>
        title={`${props.title}${shown}`}
        subtitle={props.explanation}
        columns={props.columns}
        data={props.data}
        options={{
          // Column dragging nests a focusable handle in each sortable header.
          draggable: false,
          paging: props.data.length > 10,
          search: false,
          padding: 'dense',
        }}
        emptyContent={
          <Box p={2}>
            <Typography>{props.none}</Typography>
          </Box>
        }
      />
    </Box>
  );
}

function Members(props: { refs: string[] }): ReactNode {
  return props.refs.map(shortRef).join(' → ');
}

/** Cron collisions, saturation, tier mismatches, cycles and articulation points of the fleet. */
export function RisksView() {
  const api = useApi(dependencyMapApiRef);
  const { value, loading, error } = useAsync(
    () => api.getRisks(RISKS_SHOWN),
    [api],
  );
  if (error) {
    return (
      <LoadErrorPanel
        error={error}
        what="The risks"
        back={{ label: 'Hot spots', to: '..' }}
      />
    );
  }
  if (loading || !value) return <Progress />;
  const r: Risks = value;
  return (
    <>
      <RiskTable
        title="Cron collisions"
        explanation="Jobs of several services firing in the same minute against one dependency: a thundering herd"
        total={r.totals.cronCollisions}
        columns={cronColumns}
        data={r.cronCollisions}
        none="No jobs collide (or none declare fitsys.dev/cron-schedules)."
      />
      <RiskTable
        title="Saturation"
        explanation="Dependents whose summed fitsys.dev/peak-load exceeds the dependency's fitsys.dev/capacity"
        total={r.totals.saturation}
        columns={saturationColumns}
        data={r.saturation}
        none="No dependency is loaded past its declared capacity."
      />
      <RiskTable
        title="Tier mismatches"
        explanation="A service that needs, directly, a dependency of a lower tier"
        total={r.totals.tierMismatches}
        columns={tierColumns}
        data={r.tierMismatches}
        none="No service needs a lower tier than its own (or no tiers are declared)."
      />
      <RiskTable
        title="Cycles"
        explanation="Entities that need each other"
        total={r.totals.cycles}
        columns={[
          { title: 'Size', field: 'size', type: 'numeric' },
          { title: 'Members', render: c => <Members refs={c.members} /> },
        ]}
        data={r.cycles}
        none="No dependency cycles."
      />
      <RiskTable
        title="Articulation points"
        explanation="Entities whose loss splits the dependency graph in two"
        total={r.totals.articulationPoints}
        columns={[{ title: 'Entity', render: n => <NodeName node={n} /> }]}
        data={r.articulationPoints}
        none="No articulation points."
      />
    </>
  );
}
