import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { ReactNode, useState } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * Props of {@link ChartCard}.
 *
 * @public
 */
export interface ChartCardProps {
  title: string;
  /** A recharts chart, drawn in a responsive container. */
  chart: ReactNode;
  /** The numbers behind the chart, usually a {@link NumbersTable}. */
  table: ReactNode;
  /** The chart's height in pixels; 280 unless given. */
  height?: number;
}

/**
 * A chart with the numbers behind it one click away, as a table.
 *
 * @public
 */
export function ChartCard(props: ChartCardProps) {
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

/**
 * Props of {@link NumbersTable}.
 *
 * @public
 */
export interface NumbersTableProps {
  /** The table's accessible name. */
  label: string;
  head: string[];
  rows: Array<Array<ReactNode>>;
  /** How many columns, from the left, hold names rather than figures. */
  textColumns?: number;
}

/**
 * Numbers as a table: the first column (or the first `textColumns`) names
 * the row, the rest are figures, aligned right.
 *
 * @public
 */
export function NumbersTable(props: NumbersTableProps) {
  const align = (i: number) =>
    i < (props.textColumns ?? 1) ? 'left' : 'right';
  return (
    <Table size="small" aria-label={props.label}>
      <TableHead>
        <TableRow>
          {props.head.map((h, i) => (
            <TableCell
              key={h}
              align={align(i)}
              style={{ whiteSpace: 'nowrap' }}
            >
              {h}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {props.rows.map((row, r) => (
          <TableRow key={r}>
            {row.map((cell, i) => (
              <TableCell key={i} align={align(i)}>
                {cell}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
