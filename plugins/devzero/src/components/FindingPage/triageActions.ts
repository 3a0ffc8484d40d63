import { TriageAction } from '@internal/plugin-devzero-common';
import { TextFieldProps } from '@material-ui/core/TextField';
import { TriageInput } from '../../api/DevzeroApi';

/** How a triage action is offered, and what its dialog asks for. */
export interface ActionSpec {
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

/** Every triage action, in the order the panel offers them. */
export const ACTIONS: Record<TriageAction, ActionSpec> = {
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

/** A field a triage dialog asks for. */
export type TriageField = ActionSpec['fields'][number];

/**
 * How the dialog asks for each field but the assignee (a catalog picker)
 * and the finding duplicated (a picker of the team's open findings).
 */
export const TEXT_FIELDS: Record<
  Exclude<TriageField, 'assigneeRef' | 'duplicateOf'>,
  TextFieldProps
> = {
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

/**
 * The triage to send from what the dialog holds, or, when something is
 * missing, what to ask for.
 */
export function triageInputOf(
  action: TriageAction,
  values: Record<string, string>,
): { input: TriageInput } | { problem: string } {
  const spec = ACTIONS[action];
  const input: TriageInput = { action };
  const note = values.note?.trim();
  if (note) input.note = note;
  if (spec.noteRequired && !note)
    return { problem: `${spec.noteLabel ?? 'A note'} is needed` };
  if (values.fixUrl?.trim()) input.fixUrl = values.fixUrl.trim();
  if (spec.fields.includes('duplicateOf')) {
    const id = values.duplicateOf?.match(UUID)?.[0];
    if (!id) return { problem: 'Choose the finding this one duplicates' };
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
  return { input };
}
