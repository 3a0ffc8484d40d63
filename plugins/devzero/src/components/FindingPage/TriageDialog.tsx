import { Finding, TriageAction } from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, useState } from 'react';
import { EntityPicker } from '../shared';
import { ACTIONS, TEXT_FIELDS, triageInputOf } from './triageActions';
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
  const set = (field: string) => (e: { target: { value: string } }) =>
    setValues(v => ({ ...v, [field]: e.target.value }));

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
          {spec.fields.map(field =>
            field === 'assigneeRef' ? (
              <EntityPicker
                key={field}
                id="devzero-assignee"
                label="Assignee"
                placeholder="Nobody"
                helperText="Clear it to unassign"
                kinds={['User']}
                required={false}
                value={values.assigneeRef || undefined}
                onChange={ref =>
                  setValues(v => ({ ...v, assigneeRef: ref ?? '' }))
                }
              />
            ) : (
              <TextField
                key={field}
                fullWidth
                margin="dense"
                {...TEXT_FIELDS[field]}
                {...(field === 'note' && {
                  required: spec.noteRequired,
                  label: spec.noteLabel ?? TEXT_FIELDS.note.label,
                })}
                value={values[field] ?? ''}
                onChange={set(field)}
              />
            ),
          )}
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
