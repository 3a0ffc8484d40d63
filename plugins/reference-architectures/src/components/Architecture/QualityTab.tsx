import { InfoCard } from '@backstage/core-components';
import {
  QUALITY_ATTRIBUTE_TITLES,
  QUALITY_ATTRIBUTES,
  RATING_MAX,
  RATING_MIN,
  ReferenceArchitectureSpec,
} from '@internal/plugin-reference-architectures-common';
import Grid from '@material-ui/core/Grid';
import { useTheme } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from 'recharts';

/** The eight quality ratings as a chart, and each with its trade-off in a table. */
export function QualityTab(props: { spec: ReferenceArchitectureSpec }) {
  const theme = useTheme();
  const qualities = props.spec.qualityAttributes ?? {};
  const rated = QUALITY_ATTRIBUTES.filter(a => qualities[a]);
  if (!rated.length)
    return (
      <Typography variant="body2">
        This version rates no quality attributes.
      </Typography>
    );
  // The chart's labels are short, to fit around it; the table has the titles.
  const data = rated.map(a => ({
    attribute: `${a[0].toLocaleUpperCase('en-US')}${a.slice(1)}`,
    rating: qualities[a]!.rating,
  }));
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} lg={5}>
        <InfoCard title="Ratings">
          {/* The chart repeats the table beside it, which screen readers read instead. */}
          <div aria-hidden="true" style={{ width: '100%', height: 360 }}>
            <ResponsiveContainer>
              <RadarChart data={data} outerRadius="70%">
                <PolarGrid stroke={theme.palette.divider} />
                <PolarAngleAxis
                  dataKey="attribute"
                  tick={{ fill: theme.palette.text.primary, fontSize: 12 }}
                />
                <PolarRadiusAxis
                  domain={[0, RATING_MAX]}
                  tickCount={RATING_MAX + 1}
                  tick={{ fill: theme.palette.text.secondary, fontSize: 10 }}
                />
                <Radar
                  dataKey="rating"
                  name="Rating"
                  stroke={theme.palette.primary.main}
                  fill={theme.palette.primary.main}
                  fillOpacity={0.35}
                />
                <Tooltip
                  contentStyle={{
                    background: theme.palette.background.paper,
                    color: theme.palette.text.primary,
                  }}
                />
              </RadarChart>
            </ResponsiveContainer>
          </div>
        </InfoCard>
      </Grid>
      <Grid item xs={12} lg={7}>
        <InfoCard title="Trade-offs">
          <Table size="small">
            <caption>
              Each quality attribute rated from {RATING_MIN} (the design pays
              here) to {RATING_MAX} (strong), with what it gives up
            </caption>
            <TableHead>
              <TableRow>
                <TableCell>Quality attribute</TableCell>
                <TableCell align="right" style={{ whiteSpace: 'nowrap' }}>
                  Rating
                </TableCell>
                <TableCell>Trade-off</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rated.map(a => (
                <TableRow key={a}>
                  <TableCell component="th" scope="row">
                    {QUALITY_ATTRIBUTE_TITLES[a]}
                  </TableCell>
                  <TableCell align="right" style={{ whiteSpace: 'nowrap' }}>
                    {qualities[a]!.rating} of {RATING_MAX}
                  </TableCell>
                  <TableCell>{qualities[a]!.tradeoff}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </InfoCard>
      </Grid>
    </Grid>
  );
}
