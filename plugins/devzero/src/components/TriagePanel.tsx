import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  Finding,
  TRANSITIONS,
  TriageAction,
} from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField, { TextFieldProps } from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, useState } from 'react';
import { devzeroApiRef, TriageInput } from '../api/DevzeroApi';
import { messageOf } from '../api/messageOf';
import { EntityPicker } from './EntityPicker';

interface ActionSpec {
  label: string;
  /** What the dialog asks for. */
  fields: Array<
    | 'note'
    | 'fixUrl'
    | 'duplicateOf'
    | 'assigneeRef'
    | 'snoozedUntil'
    | 'externalUrl'
  >;
  noteLabel?: string;
  noteRequired?: boolean;
  primary?: boolean;
}

const ACTIONS: Record<TriageAction, ActionSpec> = {
  accept: { label: 'Accept', fields: ['note'], primary: true },
  start: { label: 'Start work', fields: ['note'] },
  resolve: {
    label: 'Resolve',
    fields: ['note', 'fixUrl'],
    noteLabel: 'Resolution: what changed for the next newcomer',
    noteRequired: true,
  },
  decline: {
    label: 'Decline',
    fields: ['note'],
    noteLabel: 'Why, for the reporter',
    noteRequired: true,
  },
  'mark-duplicate': {
    label: 'Mark duplicate',
    fields: ['duplicateOf', 'note'],
  },
  reopen: {
    label: 'Reopen',
    fields: ['note'],
    noteLabel: 'Why it is not done',
  },
  assign: { label: 'Assign', fields: ['assigneeRef'] },
  snooze: { label: 'Snooze', fields: ['snoozedUntil', 'note'] },
  'link-issue': { label: 'Link issue', fields: ['externalUrl'] },
};

type Field = ActionSpec['fields'][number];

/** How the dialog asks for each field but the assignee (a catalog picker). */
const TEXT_FIELDS: Record<Exclude<Field, 'assigneeRef'>, TextFieldProps> = {
  duplicateOf: {
    id: 'devzero-duplicate-of-finding-address-or-id',
    label: 'Duplicate of (finding address or id)',
    helperText: 'Its “me too”s, minutes and evidence move to that finding',
  },
  externalUrl: {
    id: 'devzero-external-url',
    label: 'Issue address (empty to unlink)',
    placeholder: 'https://github.com/… or a Jira address',
  },
  snoozedUntil: {
    id: 'devzero-snooze-until-empty-to-wake-it',
    type: 'date',
    label: 'Snooze until (empty to wake it)',
    InputLabelProps: { shrink: true },
  },
  note: {
    id: 'devzero-spec-notelabel-note-optional',
    multiline: true,
    minRows: 3,
    label: 'Note (optional)',
  },
  fixUrl: {
    id: 'devzero-link-to-the-fix-optional',
    label: 'Link to the fix (optional)',
    placeholder: 'https://…',
  },
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

function ActionDialog(props: {
  finding: Finding;
  action: TriageAction;
  viewerRef?: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const api = useApi(devzeroApiRef);
  const spec = ACTIONS[props.action];
  const [values, setValues] = useState<Record<string, string>>({
    assigneeRef: props.finding.assigneeRef ?? props.viewerRef ?? '',
    externalUrl: props.finding.externalUrl ?? '',
  });
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (field: string) => (e: { target: { value: string } }) =>
    setValues(v => ({ ...v, [field]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: TriageInput = { action: props.action };
    const note = values.note?.trim();
    if (note) input.note = note;
    if (spec.noteRequired && !note) {
      setProblem(`${spec.noteLabel ?? 'A note'} is needed`);
      return;
    }
    if (values.fixUrl?.trim()) input.fixUrl = values.fixUrl.trim();
    if (spec.fields.includes('duplicateOf')) {
      const id = values.duplicateOf?.match(UUID)?.[0];
      if (!id) {
        setProblem(
          'Paste the address or id of the finding this one duplicates',
        );
        return;
      }
      input.duplicateOf = id.toLocaleLowerCase('en-US');
    }
    if (spec.fields.includes('assigneeRef'))
      input.assigneeRef = values.assigneeRef?.trim() || null;
    if (spec.fields.includes('externalUrl'))
      input.externalUrl = values.externalUrl?.trim() || null;
    if (spec.fields.includes('snoozedUntil')) {
      input.snoozedUntil = values.snoozedUntil
        ? new Date(`${values.snoozedUntil}T08:00:00`).toISOString()
        : null;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await api.triage(props.finding.id, input);
      props.onDone();
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

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
          {problem && (
            <Box mt={1}>
              <Alert severity="error">{problem}</Alert>
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

/** What the owners (and, to reopen, the reporter) may do to a finding now. */
export function TriagePanel(props: {
  finding: Finding;
  canTriage: boolean;
  viewerRef?: string;
  onChanged: () => void;
}) {
  const { finding, canTriage, viewerRef } = props;
  const [action, setAction] = useState<TriageAction>();
  const isReporter = !!viewerRef && finding.reporterRef === viewerRef;
  const available = (Object.keys(ACTIONS) as TriageAction[]).filter(
    a =>
      TRANSITIONS[a].from.includes(finding.status) &&
      (canTriage || (a === 'reopen' && isReporter)),
  );
  if (available.length === 0) return null;
  return (
    <InfoCard title={canTriage ? 'Triage' : 'Not fixed?'}>
      {!canTriage && (
        <Typography variant="body2" paragraph>
          If the resolution did not help, reopen the finding and say why.
        </Typography>
      )}
      <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        {available.map(a => (
          <Button
            key={a}
            variant={ACTIONS[a].primary ? 'contained' : 'outlined'}
            color={ACTIONS[a].primary ? 'primary' : 'default'}
            size="small"
            onClick={() => setAction(a)}
          >
            {ACTIONS[a].label}
          </Button>
        ))}
      </Box>
      {action && (
        <ActionDialog
          finding={finding}
          action={action}
          viewerRef={viewerRef}
          onClose={() => setAction(undefined)}
          onDone={() => {
            setAction(undefined);
            props.onChanged();
          }}
        />
      )}
    </InfoCard>
  );
}
