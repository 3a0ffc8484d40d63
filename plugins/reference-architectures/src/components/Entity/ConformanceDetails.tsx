import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityConformance } from '@internal/plugin-reference-architectures-common';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { architectureRouteRef } from '../../routes';
import {
  LifecycleChip,
  ScoreAndLevel,
  Violations,
  WarningChip,
} from '../shared';

const useStyles = makeStyles(theme => ({
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1.5),
  },
  notice: { marginBottom: theme.spacing(1.5) },
}));

/** What an entity follows, its conformance and its failed rules. */
export function ConformanceDetails(props: { conformance: EntityConformance }) {
  const classes = useStyles();
  const detailPath = useRouteRef(architectureRouteRef);
  const { adopter, architecture, newerRecommended } = props.conformance;
  const series = detailPath({ name: adopter.series });
  const title = architecture?.title ?? adopter.series;
  const conformance = adopter.conformance;

  if (adopter.problem)
    return (
      <Alert severity="warning" className={classes.notice}>
        <AlertTitle>
          The reference architecture named here cannot be matched
        </AlertTitle>
        <Typography variant="body2" paragraph>
          {adopter.problem.message}
        </Typography>
        <Typography variant="body2">
          Fix the annotations in this entity's catalog-info.yaml.{' '}
          {architecture && (
            <Link to={`${series}?tab=versions`} underline="always">
              See the versions of {title}
            </Link>
          )}
        </Typography>
      </Alert>
    );

  return (
    <>
      <Typography variant="h6" component="h3" className={classes.line}>
        <Link
          to={`${series}${
            adopter.version
              ? `?version=${encodeURIComponent(adopter.version)}`
              : ''
          }`}
        >
          {title} {adopter.version}
        </Link>
      </Typography>
      <div className={classes.line}>
        {adopter.versionLifecycle && (
          <LifecycleChip lifecycle={adopter.versionLifecycle} />
        )}
        {adopter.outdated && <WarningChip kind="outdated" label="Outdated" />}
        {conformance && (
          <Typography variant="body2" component="span">
            {conformance.failed === 0 ||
            !conformance.violations.some(v => v.severity === 'error')
              ? 'Conforms'
              : 'Does not conform'}
          </Typography>
        )}
      </div>
      {newerRecommended && (
        <Alert severity="info" className={classes.notice}>
          Version {newerRecommended} is recommended.{' '}
          <Link
            to={`${series}?tab=versions&from=${encodeURIComponent(
              adopter.version ?? '',
            )}&to=${encodeURIComponent(newerRecommended)}`}
            underline="always"
          >
            What changed from {adopter.version}
          </Link>
        </Alert>
      )}
      {conformance && (
        <>
          <div className={classes.line}>
            <ScoreAndLevel
              score={conformance.score}
              level={conformance.level}
              nextLevel={conformance.nextLevel}
            />
            <Typography variant="body2" component="span" color="textSecondary">
              {conformance.passed} passed, {conformance.failed} failed
            </Typography>
          </div>
          <Violations violations={conformance.violations} />
        </>
      )}
    </>
  );
}
