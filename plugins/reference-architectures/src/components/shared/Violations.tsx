import { RuleResult } from '@internal/plugin-reference-architectures-common';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';

const SEVERITY_LABELS = { error: 'Error', warning: 'Warning', info: 'Info' };

const useStyles = makeStyles(theme => ({
  details: { display: 'block' },
  field: { margin: theme.spacing(0.5, 0) },
}));

/** Failed rules, each expandable to what it checks, what was found and the fix. */
export function Violations(props: {
  violations: RuleResult[];
  defaultExpanded?: boolean;
}) {
  const classes = useStyles();
  if (!props.violations.length)
    return <Typography variant="body2">Every rule passes.</Typography>;
  return (
    <div>
      {props.violations.map(v => (
        <Accordion
          key={v.ruleId}
          defaultExpanded={props.defaultExpanded}
          TransitionProps={{ unmountOnExit: true }}
        >
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Typography variant="body2">
              <strong>{SEVERITY_LABELS[v.severity] ?? v.severity}:</strong>{' '}
              {v.title}
              {v.level ? ` (${v.level})` : ''}
            </Typography>
          </AccordionSummary>
          <AccordionDetails className={classes.details}>
            <Typography variant="body2" className={classes.field}>
              <strong>Checks:</strong> {v.check}
            </Typography>
            {v.found && (
              <Typography variant="body2" className={classes.field}>
                <strong>Found:</strong> {v.found}
              </Typography>
            )}
            {v.fix && (
              <Typography variant="body2" className={classes.field}>
                <strong>Fix:</strong> {v.fix}
              </Typography>
            )}
          </AccordionDetails>
        </Accordion>
      ))}
    </div>
  );
}
