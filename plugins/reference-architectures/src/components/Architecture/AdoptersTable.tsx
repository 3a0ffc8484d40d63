import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { AdopterSummary } from '@internal/plugin-reference-architectures-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { LifecycleChip, Violations, WarningChip } from '../shared';

/** Adopters with their version, score, level and failed rules. */
export function AdoptersTable(props: {
  adopters: AdopterSummary[];
  caption: string;
}) {
  return (
    <Table size="small">
      <caption>{props.caption}</caption>
      <TableHead>
        <TableRow>
          <TableCell>Adopter</TableCell>
          <TableCell>Version</TableCell>
          <TableCell align="right">Score</TableCell>
          <TableCell>Level</TableCell>
          <TableCell style={{ width: '40%' }}>Failed rules</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.adopters.map(a => (
          <TableRow key={a.ref}>
            <TableCell component="th" scope="row">
              <EntityRefLink entityRef={a.ref} title={a.title} />
              {a.owner && (
                <Typography variant="caption" display="block">
                  Owner:{' '}
                  <EntityRefLink entityRef={a.owner} defaultKind="group" />
                </Typography>
              )}
            </TableCell>
            <TableCell>
              {a.version ?? '—'}{' '}
              {a.versionLifecycle && (
                <LifecycleChip lifecycle={a.versionLifecycle} />
              )}{' '}
              {a.outdated && <WarningChip kind="outdated" label="Outdated" />}
            </TableCell>
            <TableCell align="right" style={{ whiteSpace: 'nowrap' }}>
              {a.conformance ? `${a.conformance.score} of 100` : '—'}
            </TableCell>
            <TableCell>
              {a.conformance ? a.conformance.level ?? 'None yet' : '—'}
              {a.conformance?.nextLevel && (
                <Typography variant="caption" display="block">
                  Next: {a.conformance.nextLevel}
                </Typography>
              )}
            </TableCell>
            <TableCell>
              {a.problem && (
                <Alert severity="warning">{a.problem.message}</Alert>
              )}
              {a.conformance && (
                <Violations violations={a.conformance.violations} />
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
