import { TriageAction } from '@internal/plugin-devzero-common';
import Alert from '@material-ui/lab/Alert';
import { TriageOutcome } from './useInboxTriage';

const DONE: Partial<Record<TriageAction, string>> = {
  accept: 'Accepted',
  decline: 'Declined',
  'mark-duplicate': 'Marked as a duplicate',
  snooze: 'Snoozed',
  assign: 'Assigned',
};

/** What a triage did, in a sentence: "Accepted 3 findings." */
export function outcomeSentence(outcome: TriageOutcome) {
  const verb = DONE[outcome.input.action] ?? 'Triaged';
  const { done, failed } = outcome;
  const total = done.length + failed.length;
  if (failed.length === 0)
    return total === 1
      ? `${verb} “${done[0].title}”.`
      : `${verb} ${total} findings.`;
  if (done.length === 0)
    return total === 1
      ? `Could not triage “${failed[0].finding.title}”.`
      : `None of the ${total} findings could be triaged.`;
  return `${verb} ${done.length} of ${total} findings; ${failed.length} could not be.`;
}

/** What the last triage did, and each finding it could not triage, and why. */
export function TriageOutcomeAlert(props: {
  outcome: TriageOutcome;
  onClose: () => void;
}) {
  const { outcome } = props;
  const failed = outcome.failed.length > 0;
  return (
    <Alert
      severity={failed ? 'error' : 'success'}
      // The inbox's live region says a success; a failure interrupts.
      role={failed ? 'alert' : 'note'}
      onClose={props.onClose}
    >
      {outcomeSentence(outcome)}
      {failed && (
        <ul aria-label="Not triaged" style={{ margin: 0, paddingLeft: 20 }}>
          {outcome.failed.map(f => (
            <li key={f.finding.id}>
              “{f.finding.title}”: {f.message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
