import { ScaleLevel, Technology } from '@internal/plugin-skills-survey-common';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { memo } from 'react';

/** One row's answer: a level, null for not applicable, undefined for not rated. */
export interface RowAnswer {
  level: number | null | undefined;
  wantToLearn: boolean;
}

const NOT_APPLICABLE = 'n/a';

const useStyles = makeStyles(theme => ({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(10rem, 1fr) auto auto',
    gridTemplateAreas: '"title radios learn"',
    alignItems: 'center',
    columnGap: theme.spacing(2),
    padding: theme.spacing(0.25, 1),
    '&:hover': { background: theme.palette.action.hover },
    borderBottom: `1px solid ${theme.palette.divider}`,
    [theme.breakpoints.down('xs')]: {
      gridTemplateColumns: '1fr auto',
      gridTemplateAreas: '"title learn" "radios radios"',
    },
  },
  title: { gridArea: 'title' },
  radios: { flexWrap: 'nowrap', gridArea: 'radios' },
  learn: { gridArea: 'learn', whiteSpace: 'nowrap', marginRight: 0 },
  option: {
    margin: 0,
    '& .MuiRadio-root': { padding: theme.spacing(0.5) },
  },
  optionLabel: {
    fontSize: theme.typography.caption.fontSize,
    lineHeight: 1,
    color: theme.palette.text.secondary,
  },
}));

/**
 * One technology: a radio group for the scale and "not applicable" (arrow
 * keys move within it, Tab to the next row) and a want-to-learn checkbox.
 */
export const RatingRow = memo(function Row(props: {
  technology: Technology;
  scale: ScaleLevel[];
  answer: RowAnswer;
  onChange: (technologyId: string, answer: RowAnswer) => void;
}) {
  const classes = useStyles();
  const { technology, scale, answer, onChange } = props;
  const titleId = `skills-survey-tech-${technology.id}`;
  let value = '';
  if (answer.level === null) value = NOT_APPLICABLE;
  else if (answer.level !== undefined) value = String(answer.level);
  return (
    <div className={classes.row}>
      <Typography
        id={titleId}
        className={classes.title}
        variant="body1"
        component="div"
      >
        {technology.title}
      </Typography>
      <RadioGroup
        row
        className={classes.radios}
        aria-labelledby={titleId}
        name={`level-${technology.id}`}
        value={value}
        onChange={e =>
          onChange(technology.id, {
            ...answer,
            level:
              e.target.value === NOT_APPLICABLE ? null : Number(e.target.value),
          })
        }
      >
        {scale.map(s => (
          <FormControlLabel
            key={s.level}
            className={classes.option}
            value={String(s.level)}
            labelPlacement="bottom"
            control={
              <Radio
                size="small"
                color="primary"
                inputProps={{ 'aria-label': `${s.level} ${s.label}` }}
              />
            }
            label={<span className={classes.optionLabel}>{s.level}</span>}
            title={s.label}
          />
        ))}
        <FormControlLabel
          className={classes.option}
          value={NOT_APPLICABLE}
          labelPlacement="bottom"
          control={
            <Radio
              size="small"
              inputProps={{ 'aria-label': 'Not applicable' }}
            />
          }
          label={<span className={classes.optionLabel}>n/a</span>}
          title="Not applicable"
        />
      </RadioGroup>
      <FormControlLabel
        className={classes.learn}
        control={
          <Checkbox
            size="small"
            color="primary"
            checked={answer.wantToLearn}
            onChange={e =>
              onChange(technology.id, {
                ...answer,
                wantToLearn: e.target.checked,
              })
            }
            inputProps={{
              'aria-label': `Want to learn ${technology.title}`,
            }}
          />
        }
        label={<span className={classes.optionLabel}>want to learn</span>}
      />
    </div>
  );
});
