import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Finding } from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import { makeStyles, Theme } from '@material-ui/core/styles';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, useState } from 'react';
import { findingRouteRef } from '../../routes';
import { ReportFrictionFields } from './ReportFrictionFields';
import {
  SimilarFindings,
  SuggestionChoice,
  SuggestionConfirm,
} from './SimilarFindings';
import { Filed, useFileFinding } from './useFileFinding';
import {
  ReportFrictionInitial,
  useFilingSettings,
  useFrictionForm,
} from './useFrictionForm';

interface DialogProps {
  onClose: () => void;
  initial?: ReportFrictionInitial;
  onFiled?: (finding: Finding) => void;
}

const useStyles = makeStyles(theme => ({
  // The dialog's paper is a column no taller than the window: the form
  // takes its place in it, so that the fields scroll and the actions stay.
  form: {
    display: 'flex',
    flexDirection: 'column',
    flex: '1 1 auto',
    minHeight: 0,
  },
  actions: {
    borderTop: `1px solid ${theme.palette.divider}`,
  },
}));

/** Thanks, or what did not go as asked, with a link to the finding. */
function FiledNotice(props: { filed: Filed; onClose: () => void }) {
  const findingLink = useRouteRef(findingRouteRef);
  const { finding, note, meToo } = props.filed;
  const { reopened } = props.filed;
  let message = note ?? 'Thank you. The owning team has been told.';
  if (meToo) message = 'Your “me too” and minutes were added.';
  if (meToo && reopened)
    message =
      'Your “me too” and minutes were added, and the finding is open again: its owners have been told.';
  else if (reopened)
    message = 'Your finding is open again: its owners have been told.';
  return (
    <>
      <DialogContent>
        <Alert severity={note ? 'warning' : 'success'}>
          {message}{' '}
          <Link to={findingLink({ id: finding.id })}>
            Open “{finding.title}”
          </Link>
        </Alert>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} color="primary">
          Close
        </Button>
      </DialogActions>
    </>
  );
}

/** One filing, from the blank (or pre-filled) form to the thanks. */
function ReportFrictionForm(props: DialogProps) {
  const { anonymousFiling, maxImageBytes } = useFilingSettings();
  const draft = useFrictionForm(props.initial, maxImageBytes);
  const sending = useFileFinding(draft.draft, props.onFiled);
  const [choice, setChoice] = useState<SuggestionChoice>();
  const { form } = draft;
  const classes = useStyles();

  if (sending.filed)
    return <FiledNotice filed={sending.filed} onClose={props.onClose} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = draft.check();
    if (input) sending.file(input, draft.images);
  };
  const sendChoice = () => {
    const note = form.scenario.trim() || undefined;
    if (choice?.kind === 'reopen') sending.reopen(choice.finding, note);
    else if (choice) sending.meToo(choice.finding, form.minutesLost, note);
  };

  return (
    <form onSubmit={submit} noValidate className={classes.form}>
      <DialogContent>
        <ReportFrictionFields
          draft={draft}
          anonymousFiling={anonymousFiling}
          maxImageBytes={maxImageBytes}
          afterTitle={
            <>
              <SimilarFindings
                entityRef={form.entityRef || undefined}
                title={form.title}
                onChoose={setChoice}
              />
              {choice && (
                <SuggestionConfirm
                  choice={choice}
                  minutesLost={form.minutesLost}
                  withNote={!!form.scenario.trim()}
                  busy={sending.busy}
                  onCancel={() => setChoice(undefined)}
                  onConfirm={sendChoice}
                />
              )}
            </>
          }
        />
        {sending.failure && (
          <Box mt={2}>
            <Alert severity="error">{sending.failure}</Alert>
          </Box>
        )}
      </DialogContent>
      <DialogActions className={classes.actions}>
        <Button onClick={props.onClose}>Cancel</Button>
        <Button
          type="submit"
          color="primary"
          variant="contained"
          disabled={sending.busy}
        >
          {sending.busy ? 'Filing…' : 'File finding'}
        </Button>
      </DialogActions>
    </form>
  );
}

/** Counts the times the dialog opened: each opening starts afresh. */
function useOpenings(open: boolean) {
  const [openings, setOpenings] = useState({ open, count: 0 });
  // Set while rendering, so that the first frame open shows the fresh form.
  if (openings.open !== open)
    setOpenings({ open, count: openings.count + (open ? 1 : 0) });
  return openings.count;
}

/**
 * Files a finding in under a minute: where, what you tried, how bad, how
 * long it cost you. Suggests similar findings (open, or resolved or
 * declined lately) while the title is typed.
 */
export function ReportFrictionDialog(props: DialogProps & { open: boolean }) {
  // Start afresh each time the dialog opens, not when the page behind it re-renders.
  const openings = useOpenings(props.open);
  // A phone gets the whole screen: a dialog's margins leave too little.
  const fullScreen = useMediaQuery((theme: Theme) =>
    theme.breakpoints.down('xs'),
  );
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      maxWidth="md"
      fullWidth
      fullScreen={fullScreen}
      aria-labelledby="devzero-report-title"
    >
      <DialogTitle id="devzero-report-title">Report friction</DialogTitle>
      <ReportFrictionForm
        key={openings}
        initial={props.initial}
        onClose={props.onClose}
        onFiled={props.onFiled}
      />
    </Dialog>
  );
}
