import { Progress } from '@backstage/core-components';
import {
  ChartCard,
  messageOf,
  NumbersTable,
} from '@internal/plugin-fitsys-react';
import { CampaignResults } from '@internal/plugin-skills-survey-common';
import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { useTheme } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { percent, WITHHELD_LABELS } from '../shared/cells';
import { useTechnologyTrend } from './useResults';

function TrendChart(props: { technologyId: string; campaignId: string }) {
  const theme = useTheme();
  const { value, loading, error } = useTechnologyTrend(
    props.technologyId,
    props.campaignId,
  );
  if (loading) return <Progress />;
  if (error) return <Alert severity="error">{messageOf(error)}</Alert>;
  if (!value) return null;
  const rows = value.trend.map(p => ({
    label: p.campaignName,
    share:
      p.overall.status === 'published' && p.overall.shareIndependent !== null
        ? Math.round(p.overall.shareIndependent * 100)
        : null,
    cell: p.overall,
  }));
  const axis = { fill: theme.palette.text.secondary, fontSize: 12 };
  return (
    <ChartCard
      title={`${value.result.technology.title} over time`}
      height={240}
      chart={
        <LineChart data={rows} margin={{ top: 8, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} />
          <XAxis dataKey="label" tick={axis} />
          <YAxis domain={[0, 100]} unit="%" tick={axis} />
          <Tooltip
            contentStyle={{
              background: theme.palette.background.paper,
              color: theme.palette.text.primary,
            }}
          />
          <Line
            dataKey="share"
            name="Share at 3+"
            unit="%"
            stroke={theme.palette.primary.main}
            connectNulls={false}
          />
        </LineChart>
      }
      table={
        <NumbersTable
          label={`Share at 3+ of ${value.result.technology.title} per campaign`}
          head={['Campaign', 'Respondents', 'Share at 3+']}
          rows={rows.map(r => [
            r.label,
            r.cell.status === 'published'
              ? r.cell.respondents
              : WITHHELD_LABELS[r.cell.status],
            percent(r.share === null ? null : r.share / 100),
          ])}
        />
      }
    />
  );
}

/** The trend of one technology, chosen, over every closed campaign. */
export function Trend(props: { results: CampaignResults }) {
  const technologies = props.results.technologies.map(t => t.technology);
  // Start with what moved most since the previous campaign.
  const moved = [...props.results.technologies].sort(
    (a, b) => Math.abs(b.change ?? 0) - Math.abs(a.change ?? 0),
  )[0];
  const [technologyId, setTechnologyId] = useState(moved?.technology.id ?? '');
  if (!technologyId) return null;
  return (
    <Box>
      <Box mb={1}>
        <TextField
          select
          id="skills-survey-trend-of"
          size="small"
          variant="outlined"
          label="Trend of"
          value={technologyId}
          onChange={e => setTechnologyId(e.target.value)}
          style={{ minWidth: 220 }}
          // Named by its label and its value, as it reads.
          SelectProps={{
            SelectDisplayProps: { id: 'skills-survey-trend-of-display' },
          }}
        >
          {technologies.map(t => (
            <MenuItem key={t.id} value={t.id}>
              {t.title}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <TrendChart
        technologyId={technologyId}
        campaignId={props.results.campaign.id}
      />
    </Box>
  );
}
