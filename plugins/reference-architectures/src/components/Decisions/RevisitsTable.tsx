import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Revisit } from '@internal/plugin-reference-architectures-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableContainer from '@material-ui/core/TableContainer';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { ArchitectureVersionLink } from '../shared';

/** Architectures and decisions whose revisit date has passed, most overdue first. */
export function RevisitsTable(props: { revisits: Revisit[] }) {
  if (!props.revisits.length)
    return (
      <Typography variant="body2">Nothing is overdue for a revisit.</Typography>
    );
  return (
    <TableContainer>
      <Table size="small" style={{ minWidth: 640 }}>
        <caption>
          {props.revisits.length} overdue for a revisit, most overdue first
        </caption>
        <TableHead>
          <TableRow>
            <TableCell>What</TableCell>
            <TableCell>Recorded in</TableCell>
            <TableCell>Owner</TableCell>
            <TableCell>Revisit by</TableCell>
            <TableCell align="right">Days overdue</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.revisits.map(r => (
            <TableRow key={`${r.type}:${r.ref}:${r.decisionId ?? ''}`}>
              <TableCell>
                {r.type === 'architecture' && `Design: ${r.title}`}
                {r.type === 'decision' &&
                  (r.ref.startsWith('referencearchitecture:')
                    ? `Decision ${r.decisionId}: ${r.title}`
                    : `ADR: ${r.title}`)}
              </TableCell>
              <TableCell>
                <ArchitectureVersionLink entityRef={r.ref} />
              </TableCell>
              <TableCell>
                <EntityRefLink entityRef={r.owner} defaultKind="group" />
              </TableCell>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                {r.revisitBy}
              </TableCell>
              <TableCell align="right">{r.daysOverdue}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
