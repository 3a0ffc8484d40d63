import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  DurationStats,
  FrictionInsights,
} from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import FormControl from '@material-ui/core/FormControl';
import Grid from '@material-ui/core/Grid';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { DateTime } from 'luxon';
import { ReactNode, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { devzeroApiRef } from '../api/DevzeroApi';
import { CATEGORY_LABELS, formatMinutes, JOURNEY_STEP_LABELS } from './labels';

const PERIODS = {
  '90d': { label: 'Last 90 days', months: 3 },
  '6m': { label: 'Last 6 months', months: 6 },
  '12m': { label: 'Last 12 months', months: 12 },
  all: { label: 'All time', months: 0 },
} as const;
type Period = keyof typeof PERIODS;

/** A chart with the numbers behind it one click away, as a table. */
function ChartCard(props: {
  title: string;
  chart: ReactNode;
  table: ReactNode;
  height?: number;
}) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <InfoCard
      title={props.title}
      action={
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_e, v) => v && setView(v)}
          aria-label={`${props.title}: chart or numbers`}
        >
          <ToggleButton value="chart">Chart</ToggleButton>
          <ToggleButton value="table">Numbers</ToggleButton>
        </ToggleButtonGroup>
      }
    >
      {view === 'chart' ? (
        <Box height={props.height ?? 280} aria-hidden>
          <ResponsiveContainer width="100%" height="100%">
            {props.chart as any}
          </ResponsiveContainer>
        </Box>
      ) : (
        <Box style={{ overflowX: 'auto' }}>{props.table}</Box>
      )}
    </InfoCard>
  );
}

function NumbersTable(props: {
  label: string;
  head: string[];
  rows: Array<Array<ReactNode>>;
}) {
  return (
    <Table size="small" aria-label={props.label}>
      <TableHead>
        <TableRow>
          {props.head.map((h, i) => (
            <TableCell key={h} align={i === 0 ? 'left' : 'right'}>
              {h}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {props.rows.map((row, r) => (
          <TableRow key={r}>
            {row.map((cell, i) => (
              <TableCell key={i} align={i === 0 ? 'left' : 'right'}>
                {cell}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

const hours = (s: DurationStats, key: 'medianHours' | 'p90Hours') =>
  s[key] === undefined ? '—' : `${s[key]} h`;

const compliance = (c: {
  achieved: number;
  failed: number;
  breached: number;
}) => {
  const total = c.achieved + c.failed + c.breached;
  return total ? `${Math.round((c.achieved / total) * 100)}% of ${total}` : '—';
};

const shortRef = (ref: string) => ref.replace(/^[^:]+:(default\/)?/, '');

function Charts(props: { insights: FrictionInsights }) {
  const theme = useTheme();
  const { insights } = props;
  const axis = { fill: theme.palette.text.secondary, fontSize: 12 };
  const primary = theme.palette.primary.main;
  const secondary = theme.palette.secondary.main;
  const tooltipStyle = {
    contentStyle: {
      background: theme.palette.background.paper,
      color: theme.palette.text.primary,
      border: `1px solid ${theme.palette.divider}`,
    },
  };
  const journey = insights.byJourneyStep.map(j => ({
    ...j,
    label: JOURNEY_STEP_LABELS[j.journeyStep],
  }));
  const categories = [...insights.byCategory]
    .sort((a, b) => b.minutesLost - a.minutesLost)
    .map(c => ({ ...c, label: CATEGORY_LABELS[c.category] }));
  const entities = insights.byEntity.map(e => ({
    ...e,
    label: shortRef(e.entityRef),
  }));
  const weekly = insights.weekly.map(w => ({
    ...w,
    label: DateTime.fromISO(w.weekStart, { zone: 'utc' }).toFormat('d LLL'),
  }));
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={6}>
        <ChartCard
          title="Where newcomers get stuck"
          chart={
            <BarChart data={journey}>
              <CartesianGrid
                strokeDasharray="3 3"
                stroke={theme.palette.divider}
              />
              <XAxis
                dataKey="label"
                tick={axis}
                interval={0}
                angle={-20}
                textAnchor="end"
                height={48}
              />
              <YAxis yAxisId="count" tick={axis} allowDecimals={false} />
              <YAxis yAxisId="minutes" orientation="right" tick={axis} />
              <Tooltip {...tooltipStyle} />
              <Legend />
              <Bar
                yAxisId="count"
                dataKey="findings"
                name="Findings"
                fill={primary}
              />
              <Bar
                yAxisId="minutes"
                dataKey="minutesLost"
                name="Minutes lost"
                fill={secondary}
              />
            </BarChart>
          }
          table={
            <NumbersTable
              label="Findings by journey step"
              head={['Journey step', 'Findings', 'Minutes lost']}
              rows={journey.map(j => [
                j.label,
                j.findings,
                formatMinutes(j.minutesLost),
              ])}
            />
          }
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <ChartCard
          title="Minutes lost by category"
          chart={
            <BarChart data={categories} layout="vertical" margin={{ left: 40 }}>
              <CartesianGrid
                strokeDasharray="3 3"
                stroke={theme.palette.divider}
              />
              <XAxis type="number" tick={axis} />
              <YAxis type="category" dataKey="label" tick={axis} width={110} />
              <Tooltip {...tooltipStyle} />
              <Bar dataKey="minutesLost" name="Minutes lost" fill={secondary} />
            </BarChart>
          }
          table={
            <NumbersTable
              label="Findings by category"
              head={['Category', 'Findings', 'Minutes lost']}
              rows={categories.map(c => [
                c.label,
                c.findings,
                formatMinutes(c.minutesLost),
              ])}
            />
          }
        />
      </Grid>
      <Grid item xs={12}>
        <ChartCard
          title="Week by week"
          chart={
            <LineChart data={weekly}>
              <CartesianGrid
                strokeDasharray="3 3"
                stroke={theme.palette.divider}
              />
              <XAxis dataKey="label" tick={axis} />
              <YAxis yAxisId="count" tick={axis} allowDecimals={false} />
              <YAxis yAxisId="minutes" orientation="right" tick={axis} />
              <Tooltip {...tooltipStyle} />
              <Legend />
              <Line
                yAxisId="count"
                dataKey="filed"
                name="Filed"
                stroke={primary}
                dot={false}
              />
              <Line
                yAxisId="count"
                dataKey="closed"
                name="Closed"
                stroke={theme.palette.success.main}
                dot={false}
              />
              <Line
                yAxisId="minutes"
                dataKey="minutesLost"
                name="Minutes lost"
                stroke={secondary}
                strokeDasharray="4 2"
                dot={false}
              />
            </LineChart>
          }
          table={
            <NumbersTable
              label="Findings week by week"
              head={['Week of', 'Filed', 'Closed', 'Minutes lost']}
              rows={weekly.map(w => [
                w.label,
                w.filed,
                w.closed,
                formatMinutes(w.minutesLost),
              ])}
            />
          }
        />
      </Grid>
      <Grid item xs={12}>
        <ChartCard
          title="Costliest entities"
          height={Math.max(200, entities.length * 28)}
          chart={
            <BarChart data={entities} layout="vertical" margin={{ left: 80 }}>
              <CartesianGrid
                strokeDasharray="3 3"
                stroke={theme.palette.divider}
              />
              <XAxis type="number" tick={axis} />
              <YAxis type="category" dataKey="label" tick={axis} width={160} />
              <Tooltip {...tooltipStyle} />
              <Bar dataKey="minutesLost" name="Minutes lost" fill={primary} />
            </BarChart>
          }
          table={
            <NumbersTable
              label="Minutes lost by entity"
              head={['Entity', 'Owner', 'Findings', 'Minutes lost']}
              rows={insights.byEntity.map(e => [
                <EntityRefLink entityRef={e.entityRef} />,
                <EntityRefLink entityRef={e.ownerRef} />,
                e.findings,
                formatMinutes(e.minutesLost),
              ])}
            />
          }
        />
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="How teams respond">
          <Box style={{ overflowX: 'auto' }}>
            <NumbersTable
              label="Response by team"
              head={[
                'Team',
                'Findings',
                'Open',
                'Minutes lost',
                'Triage median',
                'Triage p90',
                'Resolve median',
                'Resolve p90',
                'Triage SLA met',
                'Resolve SLA met',
              ]}
              rows={insights.byOwner.map(o => [
                <EntityRefLink entityRef={o.ownerRef} />,
                o.findings,
                o.open,
                formatMinutes(o.minutesLost),
                hours(o.timeToTriage, 'medianHours'),
                hours(o.timeToTriage, 'p90Hours'),
                hours(o.timeToResolve, 'medianHours'),
                hours(o.timeToResolve, 'p90Hours'),
                compliance(o.sla.triage),
                compliance(o.sla.resolve),
              ])}
            />
          </Box>
        </InfoCard>
      </Grid>
    </Grid>
  );
}

/** Friction in numbers and charts, filtered by team and period (kept in the URL). */
export function InsightsView() {
  const api = useApi(devzeroApiRef);
  const [params, setParams] = useSearchParams();
  const period = (params.get('period') ?? '6m') as Period;
  const scope = params.get('scope') === 'mine' ? 'mine' : 'all';
  const filter = useMemo(() => {
    const months = PERIODS[period]?.months ?? 6;
    return {
      owner: scope === 'mine' ? ['mine'] : undefined,
      from: months
        ? DateTime.utc().minus({ months }).startOf('day').toISO()!
        : undefined,
    };
  }, [period, scope]);
  const { value, loading, error } = useAsync(
    () => api.getInsights(filter),
    [api, filter],
  );
  const set = (name: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(name, v);
    setParams(next, { replace: true });
  };
  return (
    <>
      <Box
        display="flex"
        style={{ gap: 16 }}
        mb={2}
        flexWrap="wrap"
        alignItems="flex-end"
      >
        <FormControl size="small" style={{ minWidth: 180 }}>
          <InputLabel id="devzero-period-label">Period</InputLabel>
          <Select
            labelId="devzero-period-label"
            value={period in PERIODS ? period : '6m'}
            onChange={e => set('period', e.target.value as string)}
            SelectDisplayProps={{ 'aria-label': 'Period' } as any}
          >
            {Object.entries(PERIODS).map(([k, p]) => (
              <MenuItem key={k} value={k}>
                {p.label}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <FormControl size="small" style={{ minWidth: 180 }}>
          <InputLabel id="devzero-scope-label">Teams</InputLabel>
          <Select
            labelId="devzero-scope-label"
            value={scope}
            onChange={e => set('scope', e.target.value as string)}
            SelectDisplayProps={{ 'aria-label': 'Teams' } as any}
          >
            <MenuItem value="all">Every team</MenuItem>
            <MenuItem value="mine">My teams</MenuItem>
          </Select>
        </FormControl>
      </Box>
      {error && <ResponseErrorPanel error={error} />}
      {loading && <Progress />}
      {value && value.totals.findings === 0 && (
        <Typography color="textSecondary">
          No findings in this period yet. Once Developer Zero files some, this
          page shows where newcomers lose time.
        </Typography>
      )}
      {value && value.totals.findings > 0 && (
        <>
          <Grid container spacing={3}>
            {[
              ['Findings', value.totals.findings.toLocaleString('en-US')],
              ['Still open', value.totals.open.toLocaleString('en-US')],
              ['Time lost', formatMinutes(value.totals.minutesLost)],
            ].map(([label, figure]) => (
              <Grid item xs={12} sm={4} key={label}>
                <InfoCard>
                  <Typography variant="overline" component="p">
                    {label}
                  </Typography>
                  <Typography variant="h4" component="p">
                    {figure}
                  </Typography>
                </InfoCard>
              </Grid>
            ))}
          </Grid>
          <Box mt={3}>
            <Charts insights={value} />
          </Box>
        </>
      )}
    </>
  );
}
