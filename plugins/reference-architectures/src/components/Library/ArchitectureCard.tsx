import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { ArchitectureSummary } from '@internal/plugin-reference-architectures-common';
import Card from '@material-ui/core/Card';
import CardActions from '@material-ui/core/CardActions';
import CardContent from '@material-ui/core/CardContent';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { architectureRouteRef } from '../../routes';
import { LifecycleChip, QualityRatings, WarningChip } from '../shared';

const useStyles = makeStyles(theme => ({
  card: { height: '100%', display: 'flex', flexDirection: 'column' },
  content: { flexGrow: 1 },
  heading: { marginBottom: theme.spacing(1) },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1),
  },
  adoption: {
    display: 'grid',
    gridTemplateColumns: 'repeat(4, auto)',
    gap: theme.spacing(1),
    margin: theme.spacing(1.5, 0, 0),
    '& dt': {
      ...theme.typography.caption,
      color: theme.palette.text.secondary,
    },
    '& dd': { margin: 0, ...theme.typography.h6 },
  },
}));

/** One reference architecture in the library: what it is, how it rates, who follows it. */
export function ArchitectureCard(props: {
  architecture: ArchitectureSummary;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  selectDisabled: boolean;
}) {
  const classes = useStyles();
  const detailPath = useRouteRef(architectureRouteRef);
  const a = props.architecture;
  const headingId = `ra-card-${a.series}`;
  return (
    <Card
      className={classes.card}
      component="article"
      aria-labelledby={headingId}
    >
      <CardContent className={classes.content}>
        <Typography
          variant="h6"
          component="h2"
          id={headingId}
          className={classes.heading}
        >
          <Link to={detailPath({ name: a.series })}>{a.title}</Link>
        </Typography>
        <div className={classes.line}>
          <LifecycleChip lifecycle={a.lifecycle} />
          <Typography variant="body2">Version {a.version}</Typography>
          {a.revisitOverdue && (
            <WarningChip label={`Revisit overdue (${a.revisitBy})`} />
          )}
        </div>
        <Typography variant="body2" className={classes.line}>
          Owner:&nbsp;
          <EntityRefLink entityRef={a.owner} defaultKind="group" />
        </Typography>
        {a.description && (
          <Typography variant="body2" color="textSecondary" paragraph>
            {a.description}
          </Typography>
        )}
        <QualityRatings ratings={a.ratings} />
        <dl className={classes.adoption} aria-label="Adoption">
          <div>
            <dt>Adopters</dt>
            <dd>{a.adopters.total}</dd>
          </div>
          <div>
            <dt>Outdated</dt>
            <dd>{a.adopters.outdated}</dd>
          </div>
          <div>
            <dt>Conforming</dt>
            <dd>{a.adopters.conforming}</dd>
          </div>
          <div>
            <dt>Avg. score</dt>
            <dd>{a.averageScore ?? '—'}</dd>
          </div>
        </dl>
      </CardContent>
      <CardActions>
        <FormControlLabel
          control={
            <Checkbox
              size="small"
              checked={props.selected}
              disabled={props.selectDisabled && !props.selected}
              onChange={e => props.onSelect(e.target.checked)}
              // The visible label stays short; the accessible name says which.
              inputProps={{ 'aria-label': `Compare ${a.title}` }}
            />
          }
          label="Compare"
        />
      </CardActions>
    </Card>
  );
}
