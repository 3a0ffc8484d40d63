import { InfoCard, Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  ArchitectureDetail,
  describeCheck,
  QUALITY_ATTRIBUTE_TITLES,
  QUALITY_ATTRIBUTES,
  RATING_MAX,
} from '@internal/plugin-reference-architectures-common';
import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { architectureRouteRef } from '../../routes';
import { LifecycleChip } from '../shared';

const useStyles = makeStyles(theme => ({
  block: { marginBottom: theme.spacing(3) },
}));

/** One side of the comparison. */
export function CompareColumn(props: { detail: ArchitectureDetail }) {
  const classes = useStyles();
  const detailPath = useRouteRef(architectureRouteRef);
  const { version, summary } = props.detail;
  const spec = version.spec;
  const qualities = spec.qualityAttributes ?? {};
  const name = `${version.title} ${spec.version}`;
  return (
    <InfoCard
      title={
        <Link
          to={`${detailPath({
            name: summary.series,
          })}?version=${encodeURIComponent(spec.version)}`}
        >
          {name}
        </Link>
      }
      subheader={<LifecycleChip lifecycle={spec.lifecycle} />}
    >
      <div className={classes.block}>
        <Table size="small">
          <caption>Quality ratings of {name}</caption>
          <TableHead>
            <TableRow>
              <TableCell>Quality attribute</TableCell>
              <TableCell align="right">Rating</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {QUALITY_ATTRIBUTES.map(a => (
              <TableRow key={a}>
                <TableCell component="th" scope="row">
                  {QUALITY_ATTRIBUTE_TITLES[a]}
                </TableCell>
                <TableCell align="right">
                  {qualities[a]
                    ? `${qualities[a]!.rating} of ${RATING_MAX}`
                    : 'Not rated'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <div className={classes.block}>
        <Typography variant="h6" component="h3">
          Building blocks
        </Typography>
        {spec.buildingBlocks?.length ? (
          <ul>
            {spec.buildingBlocks.map(b => (
              <li key={b.name}>
                <Typography variant="body2">
                  <strong>{b.name}</strong>
                  {b.technology ? ` (${b.technology})` : ''}: {b.responsibility}
                </Typography>
              </li>
            ))}
          </ul>
        ) : (
          <Typography variant="body2">None listed.</Typography>
        )}
      </div>
      <div>
        <Typography variant="h6" component="h3">
          Conformance rules
        </Typography>
        {spec.rules?.length ? (
          <ul>
            {spec.rules.map(r => (
              <li key={r.id}>
                <Typography variant="body2">
                  <strong>{r.title}</strong> ({r.severity}
                  {r.level ? `, ${r.level}` : ''}): {describeCheck(r.check)}
                </Typography>
              </li>
            ))}
          </ul>
        ) : (
          <Typography variant="body2">No rules.</Typography>
        )}
      </div>
    </InfoCard>
  );
}
