import {
  QUALITY_ATTRIBUTE_TITLES,
  QUALITY_ATTRIBUTES,
  QualityAttribute,
  RATING_MAX,
} from '@internal/plugin-reference-architectures-common';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';

const useStyles = makeStyles(theme => ({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(7rem, max-content) auto',
    columnGap: theme.spacing(1),
    rowGap: 2,
    margin: 0,
    padding: 0,
  },
  term: { ...theme.typography.caption, color: theme.palette.text.secondary },
  value: {
    margin: 0,
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.75),
  },
  bar: {
    display: 'inline-flex',
    gap: 2,
  },
  pip: {
    width: 10,
    height: 10,
    borderRadius: 2,
    border: `1px solid ${theme.palette.text.secondary}`,
  },
  filled: { background: theme.palette.primary.main },
  number: theme.typography.caption,
}));

/** The quality ratings at a glance: a bar of five and the number, per attribute. */
export function QualityRatings(props: {
  ratings: Partial<Record<QualityAttribute, number>>;
}) {
  const classes = useStyles();
  const rated = QUALITY_ATTRIBUTES.filter(a => props.ratings[a] !== undefined);
  if (!rated.length)
    return (
      <Typography variant="body2" color="textSecondary">
        No quality ratings.
      </Typography>
    );
  return (
    <dl className={classes.list}>
      {rated.map(attribute => {
        const rating = props.ratings[attribute]!;
        return (
          <div key={attribute} style={{ display: 'contents' }}>
            <dt className={classes.term}>
              {QUALITY_ATTRIBUTE_TITLES[attribute]}
            </dt>
            <dd className={classes.value}>
              <span className={classes.bar} aria-hidden="true">
                {Array.from({ length: RATING_MAX }, (_, i) => (
                  <span
                    key={i}
                    className={`${classes.pip} ${
                      i < rating ? classes.filled : ''
                    }`}
                  />
                ))}
              </span>
              <span className={classes.number}>
                {rating} of {RATING_MAX}
              </span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
