import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { DuplicateCandidate } from '@internal/plugin-devzero-common';
import { messageOf } from '@internal/plugin-fitsys-react';
import Box from '@material-ui/core/Box';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import LinearProgress from '@material-ui/core/LinearProgress';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { StatusChip } from '../shared';
import { useDuplicateCandidates } from './useDuplicateCandidates';

const useStyles = makeStyles(theme => ({
  list: {
    maxHeight: 320,
    overflowY: 'auto',
    flexWrap: 'nowrap',
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    padding: theme.spacing(0.5, 1),
  },
  option: {
    alignItems: 'flex-start',
    margin: 0,
    padding: theme.spacing(0.5, 0),
    '& + &': { borderTop: `1px solid ${theme.palette.divider}` },
  },
  radio: { paddingTop: theme.spacing(0.5) },
}));

/** How alike, in words a triager reads at a glance. */
function likeness(similarity: number) {
  return similarity > 0
    ? `${Math.round(similarity * 100)} % alike`
    : 'no words in common';
}

function CandidateLabel(props: { candidate: DuplicateCandidate }) {
  const { finding, similarity } = props.candidate;
  return (
    <Box py={0.5}>
      <Typography variant="body2">{finding.title}</Typography>
      <Typography
        variant="caption"
        color="textSecondary"
        component="div"
        style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}
      >
        <span>{likeness(similarity)}</span>
        <span>
          <EntityDisplayName entityRef={finding.entityRef} hideIcon />
        </span>
        <span>
          {finding.meTooCount} me too · {finding.totalMinutesLost} min lost
        </span>
        <StatusChip status={finding.status} />
      </Typography>
    </Box>
  );
}

/**
 * Chooses the finding that another duplicates from its team's open
 * findings, best match first, searchable by words: never a pasted id.
 */
export function DuplicatePicker(props: {
  /** The finding to mark a duplicate; the team and the ranking are its. */
  findingId: string;
  /** Findings that cannot be chosen (those being marked with it). */
  exclude?: string[];
  value: string;
  onChange: (id: string) => void;
}) {
  const classes = useStyles();
  const [words, setWords] = useState('');
  const { value, loading, error, settled } = useDuplicateCandidates(
    props.findingId,
    words,
  );
  const candidates = (value ?? []).filter(
    c => !props.exclude?.includes(c.finding.id),
  );
  // The one chosen, remembered while other words show other findings.
  const [picked, setPicked] = useState<DuplicateCandidate>();
  const chosen =
    picked?.finding.id === props.value
      ? picked
      : value?.find(c => c.finding.id === props.value);
  return (
    <Box mt={1}>
      <TextField
        id="devzero-duplicate-search"
        fullWidth
        margin="dense"
        label="Search the team’s open findings"
        helperText="Best matches first; its “me too”s, minutes and evidence move to the one you choose"
        value={words}
        onChange={e => setWords(e.target.value)}
        inputProps={{ 'aria-controls': 'devzero-duplicate-candidates' }}
      />
      {(loading || !settled) && (
        <LinearProgress aria-label="Looking for open findings" />
      )}
      {error && (
        <Alert severity="error">
          Could not look for open findings: {messageOf(error)}
        </Alert>
      )}
      {value && settled && candidates.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          {words.trim()
            ? `No other open finding of the team holds “${words.trim()}”.`
            : 'The team has no other open finding.'}
        </Typography>
      )}
      {(candidates.length > 0 || chosen) && (
        <RadioGroup
          id="devzero-duplicate-candidates"
          aria-label="Duplicate of"
          className={classes.list}
          value={props.value}
          onChange={e => {
            setPicked(candidates.find(c => c.finding.id === e.target.value));
            props.onChange(e.target.value);
          }}
        >
          {/* The one chosen stays listed while another search is shown. */}
          {chosen &&
            !candidates.some(c => c.finding.id === chosen.finding.id) && (
              <FormControlLabel
                className={classes.option}
                value={chosen.finding.id}
                control={<Radio className={classes.radio} />}
                label={<CandidateLabel candidate={chosen} />}
              />
            )}
          {candidates.map(c => (
            <FormControlLabel
              key={c.finding.id}
              className={classes.option}
              value={c.finding.id}
              control={<Radio className={classes.radio} />}
              label={<CandidateLabel candidate={c} />}
            />
          ))}
        </RadioGroup>
      )}
    </Box>
  );
}
