import { Finding, TriageAction } from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, useState } from 'react';
import { TriageInput } from '../../api/DevzeroApi';
import { ACTIONS, triageInputOf } from '../FindingPage/triageActions';
import { TriageFieldInput } from '../FindingPage/TriageFields';

function focusFirstField(dialog: HTMLElement) {
  dialog
    .querySelector<HTMLElement>(
      'form input:not([type="hidden"]), form textarea:not([aria-hidden])',
    )
    ?.focus();
}

/**
 * Asks for what declining, marking duplicate or snoozing needs (the reason,
 * the finding duplicated, the date), once for every finding it is for.
 */
export function InboxTriageDialog(props: {
  action: Extract<TriageAction, 'decline' | 'mark-duplicate' | 'snooze'>;
  findings: Finding[];
  busy: boolean;
  onClose: () => void;
  onSubmit: (input: TriageInput) => void;
}) {
  const { action, findings } = props;
  const spec = ACTIONS[action];
  const [values, setValues] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = triageInputOf(action, values);
    if ('problem' in checked) {
      setMissing(checked.problem);
      return;
    }
    setMissing(undefined);
    props.onSubmit(checked.input);
  };
  const subject =
    findings.length === 1 ? findings[0].title : `${findings.length} findings`;
  return (
    <Dialog
      open
      onClose={props.onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="devzero-inbox-triage-title"
      // The first field takes the focus, so the keyboard goes on typing.
      TransitionProps={{ onEntered: focusFirstField }}
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="devzero-inbox-triage-title">
          {spec.label}: {subject}
        </DialogTitle>
        <DialogContent>
          {spec.fields.map(field => (
            <TriageFieldInput
              key={field}
              field={field}
              spec={spec}
              findingId={findings[0].id}
              findingIds={findings.map(f => f.id)}
              value={values[field] ?? ''}
              onChange={value => setValues(v => ({ ...v, [field]: value }))}
            />
          ))}
          {missing && (
            <Box mt={1}>
              <Alert severity="error">{missing}</Alert>
            </Box>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>Cancel</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={props.busy}
          >
            {spec.label}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
