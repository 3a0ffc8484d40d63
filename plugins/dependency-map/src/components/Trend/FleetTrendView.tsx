import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { LoadErrorPanel } from '@internal/plugin-fitsys-react';
import { FleetFigures } from '@internal/plugin-dependency-map-common';
import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  useTheme,
} from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { dependencyMapApiRef } from '../../api/DependencyMapApi';

/** The figures the chart draws, and what each is called. */
const SERIES: Array<[keyof FleetFigures, string]> = [
  ['hotSpots', 'Hot spots (10+ fail with it)'],
  ['singlePointsOfFailure', 'Journeys’ single points of failure'],
  ['correlationGroups', 'Groups that fail together'],
  ['tierMismatches', 'Tier mismatches'],
  ['cronCollisions', 'Cron collisions'],
];

/** Every figure, for the table. */
const COLUMNS: Array<[keyof FleetFigures, string]> = [
  ['entities', 'Entities mapped'],
  ...SERIES,
  ['topHotSpotDependents', 'Top hot spot reaches'],
  ['articulationPoints', 'Articulation points'],
  ['cycles', 'Cycles'],
  ['saturation', 'Saturated'],
];

/** Headers wrap between words, never inside one; the table scrolls instead. */
const HEADER = {
  wordBreak: 'keep-all',
  overflowWrap: 'normal',
  hyphens: 'none',
  minWidth: 80,
} as const;

/** The fleet's figures day by day: are the couplings growing or shrinking? */
export function FleetTrendView() {
  const api = useApi(dependencyMapApiRef);
  const theme = useTheme();
  const { value, loading, error } = useAsync(() => api.getTrend(90), [api]);
  if (error) {
    return (
      <LoadErrorPanel
        error={error}
        what="The trend"
        back={{ label: 'Hot spots', to: '..' }}
      />
    );
  }
  if (loading || !value) return <Progress />;
  const colours = [
    theme.palette.primary.main,
    theme.palette.error.main,
    theme.palette.warning.main,
    theme.palette.info.main,
    theme.palette.success.main,
  ];
  const axis = { fill: theme.palette.text.secondary, fontSize: 12 };
  return (
    <>
      {!value.wholeCatalog && (
        <Box mb={2}>
          <Alert severity="info">
            You see part of the catalog: these are today’s figures of what you
            see. The recorded trend counts the whole catalog.
          </Alert>
        </Box>
      )}
      {value.wholeCatalog && value.items.length < 2 && (
        <Box mb={2}>
          <Alert severity="info">
            The trend builds up as the figures are recorded, once an hour; until
            there are two days, today’s figures show alone.
          </Alert>
        </Box>
      )}
      {value.items.length >= 2 && (
        <InfoCard title="Over the last 90 days">
          <Box height={320} aria-hidden>
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={value.items}>
                <CartesianGrid stroke={theme.palette.divider} />
                <XAxis dataKey="day" tick={axis} />
                <YAxis tick={axis} allowDecimals={false} />
                <Tooltip
                  contentStyle={{
                    background: theme.palette.background.paper,
                    color: theme.palette.text.primary,
                  }}
                />
                <Legend />
                {SERIES.map(([key, name], i) => (
                  <Line
                    key={key}
                    dataKey={key}
                    name={name}
                    stroke={colours[i]}
                    strokeDasharray={i % 2 ? '4 2' : undefined}
                    dot={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </Box>
        </InfoCard>
      )}
      <Box mt={2}>
        <InfoCard title="Figures by day">
          <Box overflow="auto">
            <Table size="small" aria-label="The fleet's figures by day">
              <TableHead>
                <TableRow>
                  <TableCell>Day</TableCell>
                  {COLUMNS.map(([key, name]) => (
                    <TableCell key={key} align="right" style={HEADER}>
                      {name}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {[...value.items].reverse().map(item => (
                  <TableRow key={item.day}>
                    <TableCell
                      component="th"
                      scope="row"
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {item.day}
                    </TableCell>
                    {COLUMNS.map(([key]) => (
                      <TableCell key={key} align="right">
                        {item[key].toLocaleString('en-US')}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
          <Typography variant="caption" color="textSecondary">
            Recorded once an hour; each day keeps its last record.
          </Typography>
        </InfoCard>
      </Box>
    </>
  );
}
