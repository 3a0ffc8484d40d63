import { InfoCard } from '@backstage/core-components';
import {
  Finding,
  TRANSITIONS,
  TriageAction,
} from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { ACTIONS } from './triageActions';
import { TriageDialog } from './TriageDialog';
import { useTriage } from './useTriage';

/** What the owners (and, to reopen, the reporter) may do to a finding now. */
export function TriagePanel(props: {
  finding: Finding;
  canTriage: boolean;
  viewerRef?: string;
  /** The viewer triages as an admin, not as one of the owning team. */
  actingAsAdmin?: boolean;
  onChanged: () => void;
}) {
  const { finding, canTriage, viewerRef } = props;
  const [action, setAction] = useState<TriageAction>();
  const assignToMe = useTriage(finding, props.onChanged);
  const isReporter = !!viewerRef && finding.reporterRef === viewerRef;
  const available = (Object.keys(ACTIONS) as TriageAction[]).filter(
    a =>
      TRANSITIONS[a].from.includes(finding.status) &&
      (canTriage || (a === 'reopen' && isReporter)),
  );
  if (available.length === 0) return null;
  const mayAssignToMe =
    canTriage &&
    available.includes('assign') &&
    !!viewerRef?.startsWith('user:') &&
    finding.assigneeRef !== viewerRef;
  return (
    <InfoCard title={canTriage ? 'Triage' : 'Not fixed?'}>
      {props.actingAsAdmin && (
        <Box mb={2}>
          <Alert severity="info">
            You are not in the team that owns this finding: you act on it as a
            Developer Zero admin.
          </Alert>
        </Box>
      )}
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
        {mayAssignToMe && (
          <Button
            variant="outlined"
            size="small"
            disabled={assignToMe.busy}
            onClick={() =>
              assignToMe.triage({ action: 'assign', assigneeRef: viewerRef })
            }
          >
            Assign to me
          </Button>
        )}
      </Box>
      {assignToMe.problem && (
        <Box mt={1}>
          <Alert severity="error">{assignToMe.problem}</Alert>
        </Box>
      )}
      {action && (
        <TriageDialog
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
