import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  ListChange,
  QUALITY_ATTRIBUTE_TITLES,
} from '@internal/plugin-reference-architectures-common';
import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { referenceArchitecturesApiRef } from '../../api/ReferenceArchitecturesApi';

const useStyles = makeStyles(theme => ({
  section: { marginBottom: theme.spacing(3) },
  before: { color: theme.palette.text.secondary },
}));

const CHANGE_LABELS = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};

function FromTo(props: { from?: string; to?: string }) {
  const classes = useStyles();
  return (
    <>
      <div className={classes.before}>
        Before: {props.from ?? <em>(not set)</em>}
      </div>
      <div>After: {props.to ?? <em>(not set)</em>}</div>
    </>
  );
}

function ChangeTable(props: {
  caption: string;
  what: string;
  changes: ListChange[];
}) {
  if (!props.changes.length)
    return <Typography variant="body2">{props.caption}: no change.</Typography>;
  return (
    <Table size="small">
      <caption>{props.caption}</caption>
      <TableHead>
        <TableRow>
          <TableCell>{props.what}</TableCell>
          <TableCell>Change</TableCell>
          <TableCell>Details</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.changes.map(c => (
          <TableRow key={c.key}>
            <TableCell component="th" scope="row">
              {c.key}
            </TableCell>
            <TableCell>{CHANGE_LABELS[c.change]}</TableCell>
            <TableCell>
              {c.fields?.map(f => (
                <div key={f.field}>
                  <strong>{f.field}</strong>
                  <FromTo from={f.from} to={f.to} />
                </div>
              ))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** What changed from one version to another, from the backend's diff. */
export function VersionDiffView(props: {
  series: string;
  from: string;
  to: string;
}) {
  const classes = useStyles();
  const api = useApi(referenceArchitecturesApiRef);
  const { value, loading, error } = useAsync(
    () => api.getDiff(props.series, { from: props.from, to: props.to }),
    [api, props.series, props.from, props.to],
  );
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value) return null;
  const diff = value.diff;
  const nothing =
    !diff.fields.length &&
    !diff.buildingBlocks.length &&
    !diff.rules.length &&
    !diff.qualityAttributes.length;
  return (
    <section aria-label={`Changes from ${diff.from} to ${diff.to}`}>
      <Typography variant="h6" component="h3" className={classes.section}>
        From {diff.from} to {diff.to}
      </Typography>
      {nothing && <Typography variant="body2">Nothing changed.</Typography>}
      {diff.fields.length > 0 && (
        <div className={classes.section}>
          <Table size="small">
            <caption>Fields that changed</caption>
            <TableHead>
              <TableRow>
                <TableCell>Field</TableCell>
                <TableCell>Before and after</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {diff.fields.map(f => (
                <TableRow key={f.field}>
                  <TableCell
                    component="th"
                    scope="row"
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {f.field}
                  </TableCell>
                  <TableCell>
                    {f.from === undefined && f.to === undefined ? (
                      'Changed (too long to show; read both versions)'
                    ) : (
                      <FromTo from={f.from} to={f.to} />
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {!nothing && (
        <>
          <div className={classes.section}>
            <ChangeTable
              caption="Building blocks"
              what="Building block"
              changes={diff.buildingBlocks}
            />
          </div>
          <div className={classes.section}>
            <ChangeTable
              caption="Conformance rules"
              what="Rule"
              changes={diff.rules}
            />
          </div>
          <div className={classes.section}>
            {diff.qualityAttributes.length ? (
              <Table size="small">
                <caption>Quality attributes</caption>
                <TableHead>
                  <TableRow>
                    <TableCell>Quality attribute</TableCell>
                    <TableCell>Before</TableCell>
                    <TableCell>After</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {diff.qualityAttributes.map(q => (
                    <TableRow key={q.attribute}>
                      <TableCell component="th" scope="row">
                        {QUALITY_ATTRIBUTE_TITLES[q.attribute] ?? q.attribute}
                      </TableCell>
                      <TableCell>
                        {q.from
                          ? `${q.from.rating} of 5: ${q.from.tradeoff}`
                          : '(not rated)'}
                      </TableCell>
                      <TableCell>
                        {q.to
                          ? `${q.to.rating} of 5: ${q.to.tradeoff}`
                          : '(not rated)'}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : (
              <Typography variant="body2">
                Quality attributes: no change.
              </Typography>
            )}
          </div>
        </>
      )}
    </section>
  );
}
