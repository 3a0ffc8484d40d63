import { Link } from '@backstage/core-components';
import { DecisionSummary } from '@internal/plugin-reference-architectures-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableContainer from '@material-ui/core/TableContainer';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { WarningChip } from './Chips';
import { DECISION_STATUS_LABELS } from './labels';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

type Decision = Omit<DecisionSummary, 'source' | 'architectures'> &
  Partial<Pick<DecisionSummary, 'architectures'>>;

/** Decisions with their status, dates and whether their revisit is overdue. */
export function DecisionsTable(props: {
  caption: string;
  decisions: Decision[];
  /** A column naming where each decision is recorded. */
  where?: (decision: Decision) => ReactNode;
}) {
  return (
    <TableContainer>
      <Table size="small" style={{ minWidth: 720 }}>
        <caption>{props.caption}</caption>
        <TableHead>
          <TableRow>
            <TableCell>Decision</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Decided</TableCell>
            <TableCell>Revisit by</TableCell>
            {props.where && <TableCell>Recorded in</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {props.decisions.map(d => (
            <TableRow key={`${d.id}:${d.architectures?.join(',') ?? ''}`}>
              <TableCell>
                <Typography variant="body2">
                  {/* An ADR's id is its file name, which its title repeats. */}
                  {!d.entityRef && (
                    <>
                      <strong>{d.id}</strong>{' '}
                    </>
                  )}
                  {d.url ? <Link to={d.url}>{d.title}</Link> : d.title}
                </Typography>
                {d.summary && (
                  <Typography variant="body2" color="textSecondary">
                    {d.summary}
                  </Typography>
                )}
              </TableCell>
              <TableCell style={NO_WRAP}>
                {DECISION_STATUS_LABELS[d.status] ?? d.status}
              </TableCell>
              <TableCell style={NO_WRAP}>{d.date}</TableCell>
              <TableCell style={NO_WRAP}>
                {d.revisitBy ?? '—'}{' '}
                {d.revisitOverdue && <WarningChip label="Revisit overdue" />}
              </TableCell>
              {props.where && <TableCell>{props.where(d)}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
