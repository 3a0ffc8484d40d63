import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { messageOf } from '@internal/plugin-fitsys-react';
import { AdopterTrendPoint } from '@internal/plugin-reference-architectures-common';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import useAsync from 'react-use/esm/useAsync';
import { referenceArchitecturesApiRef } from '../../api/ReferenceArchitecturesApi';

const useStyles = makeStyles(theme => ({
  root: { marginTop: theme.spacing(2) },
  chart: { width: '100%', height: 120 },
  // At phone width the table scrolls rather than the page.
  table: { width: '100%', overflowX: 'auto' },
}));

/** The days on which the followed version changed, as "1.9.0 to 2.1.0 on 2026-11-20". */
function versionChanges(points: AdopterTrendPoint[]): string[] {
  const changes: string[] = [];
  for (let i = 1; i < points.length; i++) {
    if (points[i].version !== points[i - 1].version)
      changes.push(
        `${points[i - 1].version} to ${points[i].version} on ${points[i].day}`,
      );
  }
  return changes;
}

/** In words, for everyone: where the score started and where it is now. */
function summaryOf(points: AdopterTrendPoint[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length === 1)
    return `The score was ${last.score} on ${last.day}, the first day recorded.`;
  const moved =
    last.score === first.score
      ? `held at ${last.score}`
      : `${last.score > first.score ? 'rose' : 'fell'} from ${first.score} to ${
          last.score
        }`;
  const changes = versionChanges(points);
  return `The score ${moved} since ${first.day} (${
    points.length
  } days recorded)${
    changes.length ? `; moved from ${changes.join(', then ')}` : ''
  }.`;
}

/**
 * One adopter's conformance over time: its score per day (a chart, with the
 * same numbers as a table), and the versions it moved between.
 */
export function AdopterTrend(props: { entityRef: string }) {
  const classes = useStyles();
  const theme = useTheme();
  const api = useApi(referenceArchitecturesApiRef);
  const { value, loading, error } = useAsync(
    () => api.getAdopterTrend(props.entityRef),
    [api, props.entityRef],
  );

  let body;
  if (loading) body = <Progress />;
  else if (error)
    body = (
      <Typography variant="body2" color="textSecondary">
        The history could not be loaded: {messageOf(error)}
      </Typography>
    );
  else if (!value?.length)
    body = (
      <Typography variant="body2" color="textSecondary">
        No history yet: the score is recorded once a day.
      </Typography>
    );
  else {
    const axis = { fill: theme.palette.text.secondary, fontSize: 11 };
    body = (
      <>
        <Typography variant="body2">{summaryOf(value)}</Typography>
        {value.length > 1 && (
          <div aria-hidden="true" className={classes.chart}>
            <ResponsiveContainer>
              <LineChart data={value}>
                <CartesianGrid
                  strokeDasharray="3 3"
                  stroke={theme.palette.divider}
                />
                <XAxis dataKey="day" tick={axis} minTickGap={24} />
                <YAxis domain={[0, 100]} tick={axis} width={32} />
                <Tooltip
                  contentStyle={{
                    background: theme.palette.background.paper,
                    color: theme.palette.text.primary,
                  }}
                />
                <Line
                  dataKey="score"
                  name="Conformance score"
                  stroke={theme.palette.primary.main}
                  dot={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </div>
        )}
        <Accordion>
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Typography variant="body2">The score per day</Typography>
          </AccordionSummary>
          <AccordionDetails>
            <div className={classes.table}>
              <Table size="small">
                <caption>Conformance per day</caption>
                <TableHead>
                  <TableRow>
                    <TableCell>Day</TableCell>
                    <TableCell>Version</TableCell>
                    <TableCell align="right">Conformance score</TableCell>
                    <TableCell>Level</TableCell>
                    <TableCell>Conforms</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {value.map(p => (
                    <TableRow key={p.day}>
                      <TableCell component="th" scope="row">
                        {p.day}
                      </TableCell>
                      <TableCell>{p.version}</TableCell>
                      <TableCell align="right">{p.score}</TableCell>
                      <TableCell>{p.level ?? 'none'}</TableCell>
                      <TableCell>{p.conforming ? 'yes' : 'no'}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </AccordionDetails>
        </Accordion>
      </>
    );
  }

  return (
    <section className={classes.root} aria-label="Conformance over time">
      <Typography variant="subtitle2" component="h4" gutterBottom>
        Conformance over time
      </Typography>
      {body}
    </section>
  );
}
