import { InfoCard } from '@backstage/core-components';
import {
  Finding,
  TRANSITIONS,
  TriageAction,
} from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { ACTIONS } from './triageActions';
import { TriageDialog } from './TriageDialog';

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
