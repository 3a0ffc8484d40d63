import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableContainer from '@material-ui/core/TableContainer';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import { referenceArchitecturesApiRef } from '../../api/ReferenceArchitecturesApi';
import { WarningChip } from '../shared/Chips';

const useStyles = makeStyles(theme => ({
  section: { marginTop: theme.spacing(4) },
  location: { wordBreak: 'break-all' },
}));

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

/** Which entities' ADRs are read, when they were last read and what could not be. */
export function AdrSources() {
  const classes = useStyles();
  const api = useApi(referenceArchitecturesApiRef);
  const sources = useAsync(() => api.listAdrSources(), [api]);
  return (
    <section className={classes.section} aria-labelledby="ra-adr-sources">
      <Typography variant="h5" component="h2" id="ra-adr-sources">
        Where ADRs are read from
      </Typography>
      {sources.error && <ResponseErrorPanel error={sources.error} />}
      {sources.loading && <Progress />}
      {sources.value && !sources.value.length && (
        <Typography variant="body2">
          No entity you can see carries <code>backstage.io/adr-location</code>.
          Add it to a component or system (a path next to its{' '}
          <code>catalog-info.yaml</code>, or a URL) and its decision records are
          listed above within the hour.
        </Typography>
      )}
      {sources.value && sources.value.length > 0 && (
        <TableContainer>
          <Table size="small" style={{ minWidth: 640 }}>
            <caption>
              The ADRs of {sources.value.length} entities, read every hour
            </caption>
            <TableHead>
              <TableRow>
                <TableCell>Entity</TableCell>
                <TableCell>Location</TableCell>
                <TableCell align="right">Records</TableCell>
                <TableCell>Last read</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {sources.value.map(s => (
                <TableRow key={s.entityRef}>
                  <TableCell>
                    <EntityRefLink entityRef={s.entityRef} />
                  </TableCell>
                  <TableCell className={classes.location}>
                    {s.location}
                    {s.error && (
                      <Typography variant="body2" color="textSecondary">
                        <WarningChip label="Not all read" /> {s.error}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell align="right">{s.records}</TableCell>
                  <TableCell>{when(s.readAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </section>
  );
}
