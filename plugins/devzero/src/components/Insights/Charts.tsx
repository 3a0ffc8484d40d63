import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { FrictionInsights } from '@internal/plugin-devzero-common';
import Grid from '@material-ui/core/Grid';
import { useTheme } from '@material-ui/core/styles';
import { DateTime } from 'luxon';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CATEGORY_LABELS, formatMinutes, JOURNEY_STEP_LABELS } from '../shared';
import { ChartCard, NumbersTable } from '@internal/plugin-fitsys-react';
import { TeamResponse } from './TeamResponse';

const shortRef = (ref: string) => ref.replace(/^[^:]+:(default\/)?/, '');

/** Where friction is: by journey step, category, week and entity, and how teams respond. */
export function Charts(props: { insights: FrictionInsights }) {
  const theme = useTheme();
  const { insights } = props;
  const axis = { fill: theme.palette.text.secondary, fontSize: 12 };
  const grid = (
    <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} />
  );
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
              {grid}
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
              {grid}
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
              {grid}
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
              {grid}
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
        <TeamResponse byOwner={insights.byOwner} />
      </Grid>
    </Grid>
  );
}
