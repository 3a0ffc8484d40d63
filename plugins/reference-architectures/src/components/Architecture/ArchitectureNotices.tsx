import { Link, LinkButton } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { ArchitectureDetail } from '@internal/plugin-reference-architectures-common';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { architectureRouteRef, compareRouteRef } from '../../routes';
import { templatePath, WarningChip } from '../shared';

const useStyles = makeStyles(theme => ({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(2),
  },
  notice: { marginBottom: theme.spacing(2) },
}));

/** What to know before reading a version, and what to do with it. */
export function ArchitectureNotices(props: { detail: ArchitectureDetail }) {
  const classes = useStyles();
  const detailPath = useRouteRef(architectureRouteRef);
  const comparePath = useRouteRef(compareRouteRef);
  const { summary, version, newerRecommended } = props.detail;
  const spec = version.spec;
  const template = spec.template ? templatePath(spec.template) : undefined;
  const series = summary.series;
  const other =
    spec.version === summary.version
      ? summary.versions.find(v => v.version !== spec.version)?.version
      : summary.version;
  const compareTo = other
    ? `${comparePath()}?left=${encodeURIComponent(
        `${series}@${other}`,
      )}&right=${encodeURIComponent(`${series}@${spec.version}`)}`
    : `${comparePath()}?left=${encodeURIComponent(
        `${series}@${spec.version}`,
      )}`;
  return (
    <>
      {newerRecommended && (
        <Alert severity="warning" className={classes.notice}>
          You are reading version {spec.version}
          {spec.lifecycle === 'deprecated' || spec.lifecycle === 'retired'
            ? `, which is ${spec.lifecycle}`
            : ''}
          . Version {newerRecommended} is recommended.{' '}
          <Link
            to={`${detailPath({ name: series })}?version=${encodeURIComponent(
              newerRecommended,
            )}`}
            underline="always"
          >
            Read version {newerRecommended}
          </Link>
          {' · '}
          <Link
            to={`${detailPath({
              name: series,
            })}?tab=versions&from=${encodeURIComponent(
              spec.version,
            )}&to=${encodeURIComponent(newerRecommended)}`}
            underline="always"
          >
            What changed
          </Link>
        </Alert>
      )}
      <div className={classes.actions}>
        {template && (
          <LinkButton to={template} variant="contained" color="primary">
            Create a system from this
          </LinkButton>
        )}
        <LinkButton to={compareTo} variant="outlined" color="primary">
          Compare versions
        </LinkButton>
        {spec.revisitBy &&
          summary.revisitOverdue &&
          spec.version === summary.version && (
            <WarningChip label={`Revisit overdue since ${spec.revisitBy}`} />
          )}
      </div>
    </>
  );
}
