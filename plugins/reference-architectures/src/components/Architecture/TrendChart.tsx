import { TrendPoint } from '@internal/plugin-reference-architectures-common';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import { useTheme } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
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

/** Adopters, conforming adopters and the average score per day, with the numbers as a table. */
export function TrendChart(props: { points: TrendPoint[] }) {
  const theme = useTheme();
  if (!props.points.length)
    return (
      <Typography variant="body2">
        No history yet: a point is recorded once a day.
      </Typography>
    );
  const axis = { fill: theme.palette.text.secondary, fontSize: 12 };
  return (
    <>
      <div aria-hidden="true" style={{ width: '100%', height: 240 }}>
        <ResponsiveContainer>
          <LineChart data={props.points}>
            <CartesianGrid
              strokeDasharray="3 3"
              stroke={theme.palette.divider}
            />
            <XAxis dataKey="day" tick={axis} />
            <YAxis yAxisId="count" tick={axis} allowDecimals={false} />
            <YAxis
              yAxisId="score"
              orientation="right"
              domain={[0, 100]}
              tick={axis}
            />
            <Tooltip
              contentStyle={{
                background: theme.palette.background.paper,
                color: theme.palette.text.primary,
              }}
            />
            <Legend />
            <Line
              yAxisId="count"
              dataKey="adopters"
              name="Adopters"
              stroke={theme.palette.primary.main}
            />
            <Line
              yAxisId="count"
              dataKey="conforming"
              name="Conforming"
              stroke={theme.palette.success.main}
              strokeDasharray="5 3"
            />
            <Line
              yAxisId="score"
              dataKey="averageScore"
              name="Average score"
              stroke={theme.palette.secondary.main}
              strokeDasharray="2 2"
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <Accordion>
        <AccordionSummary expandIcon={<ExpandMoreIcon />}>
          <Typography variant="body2">The trend as a table</Typography>
        </AccordionSummary>
        <AccordionDetails>
          <Table size="small">
            <caption>Adoption per day</caption>
            <TableHead>
              <TableRow>
                <TableCell>Day</TableCell>
                <TableCell align="right">Adopters</TableCell>
                <TableCell align="right">Conforming</TableCell>
                <TableCell align="right">Average score</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {props.points.map(p => (
                <TableRow key={p.day}>
                  <TableCell component="th" scope="row">
                    {p.day}
                  </TableCell>
                  <TableCell align="right">{p.adopters}</TableCell>
                  <TableCell align="right">{p.conforming}</TableCell>
                  <TableCell align="right">{p.averageScore}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </AccordionDetails>
      </Accordion>
    </>
  );
}
