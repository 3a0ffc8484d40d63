import { Finding, TriageAction } from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, useState } from 'react';
import { ACTIONS, triageInputOf } from './triageActions';
import { TriageFieldInput } from './TriageFields';
import { useTriage } from './useTriage';

/** Asks for what one triage action needs, and sends it. */
export function TriageDialog(props: {
  finding: Finding;
  action: TriageAction;
  viewerRef?: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const spec = ACTIONS[props.action];
  const { triage, busy, problem } = useTriage(props.finding, props.onDone);
  const [values, setValues] = useState<Record<string, string>>({
    assigneeRef: props.finding.assigneeRef ?? props.viewerRef ?? '',
    externalUrl: props.finding.externalUrl ?? '',
  });
  // What is missing, said before anything is sent.
  const [missing, setMissing] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = triageInputOf(props.action, values);
    if ('problem' in checked) {
      setMissing(checked.problem);
      return;
    }
    setMissing(undefined);
    triage(checked.input);
  };
  const shown = missing ?? problem;

  return (
    <Dialog
      open
      onClose={props.onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="devzero-triage-title"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="devzero-triage-title">
          {spec.label}: {props.finding.title}
        </DialogTitle>
        <DialogContent>
          {spec.fields.map(field => (
            <TriageFieldInput
              key={field}
              field={field}
              spec={spec}
              findingId={props.finding.id}
              viewerRef={props.viewerRef}
              value={values[field] ?? ''}
              onChange={value => setValues(v => ({ ...v, [field]: value }))}
            />
          ))}
          {shown && (
            <Box mt={1}>
              <Alert severity="error">{shown}</Alert>
            </Box>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>Cancel</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={busy}
          >
            {spec.label}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
