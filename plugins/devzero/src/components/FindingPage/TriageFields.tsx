import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import { DateTime } from 'luxon';
import { DuplicatePicker } from '../DuplicatePicker';
import { EntityPicker } from '../shared';
import { ActionSpec, TEXT_FIELDS, TriageField } from './triageActions';

/** Snooze dates a click away, counted from today in the viewer's zone. */
const SNOOZE_PRESETS = [
  { label: 'Tomorrow', plus: { days: 1 } },
  { label: 'Next week', plus: { weeks: 1 } },
  { label: 'In a month', plus: { months: 1 } },
] as const;

interface FieldProps {
  value: string;
  onChange: (value: string) => void;
}

/** The assignee, picked from the catalog's users, or the viewer in one press. */
function AssigneeField(props: FieldProps & { viewerRef?: string }) {
  return (
    <Box>
      <EntityPicker
        id="devzero-assignee"
        label="Assignee"
        placeholder="Nobody"
        helperText="Clear it to unassign"
        kinds={['User']}
        required={false}
        value={props.value || undefined}
        onChange={ref => props.onChange(ref ?? '')}
      />
      {props.viewerRef && props.value !== props.viewerRef && (
        <Button size="small" onClick={() => props.onChange(props.viewerRef!)}>
          Assign to me
        </Button>
      )}
    </Box>
  );
}

/** The date to snooze until, typed or one of the presets. */
function SnoozeField(props: FieldProps) {
  return (
    <Box>
      <TextField
        fullWidth
        margin="dense"
        {...TEXT_FIELDS.snoozedUntil}
        value={props.value}
        onChange={e => props.onChange(e.target.value)}
      />
      <Box
        display="flex"
        flexWrap="wrap"
        style={{ gap: 8 }}
        role="group"
        aria-label="Snooze presets"
      >
        {SNOOZE_PRESETS.map(preset => (
          <Button
            key={preset.label}
            size="small"
            variant="outlined"
            onClick={() =>
              props.onChange(
                DateTime.local().plus(preset.plus).toISODate() ?? '',
              )
            }
          >
            {preset.label}
          </Button>
        ))}
      </Box>
    </Box>
  );
}

/** One field a triage dialog asks for. */
export function TriageFieldInput(
  props: FieldProps & {
    field: TriageField;
    spec: ActionSpec;
    /** The finding triaged; the first of them when several are. */
    findingId: string;
    /** Findings triaged together, which none of them may duplicate. */
    findingIds?: string[];
    viewerRef?: string;
  },
) {
  const { field, spec } = props;
  if (field === 'duplicateOf')
    return (
      <DuplicatePicker
        findingId={props.findingId}
        exclude={props.findingIds}
        value={props.value}
        onChange={props.onChange}
      />
    );
  if (field === 'assigneeRef')
    return (
      <AssigneeField
        value={props.value}
        onChange={props.onChange}
        viewerRef={props.viewerRef}
      />
    );
  if (field === 'snoozedUntil')
    return <SnoozeField value={props.value} onChange={props.onChange} />;
  return (
    <TextField
      fullWidth
      margin="dense"
      {...TEXT_FIELDS[field]}
      {...(field === 'note' && {
        required: spec.noteRequired,
        label: spec.noteLabel ?? TEXT_FIELDS.note.label,
      })}
      value={props.value}
      onChange={e => props.onChange(e.target.value)}
    />
  );
}
