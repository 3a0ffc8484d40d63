import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  DriftFinding,
  DriftKind,
} from '@internal/plugin-domain-catalog-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import { Alert } from '@material-ui/lab';
import { ContextLink } from '../shared';
import { fixesFor } from './fixes';

/** What each kind of drift is called on screen. */
export const DRIFT_TITLES: Record<DriftKind, string> = {
  'undeclared-coupling': 'Undeclared coupling',
  'unbacked-relationship': 'Declared, nothing behind it',
  'shared-resource': 'Shared resource',
  contradiction: 'Contradiction',
  cycle: 'Cycle',
  'membership-conflict': 'Membership conflict',
  'unknown-context': 'Unknown context',
};

function Evidence(props: { refOrField: string }) {
  const value = props.refOrField;
  if (value.startsWith('boundedcontext:'))
    return <ContextLink context={value} />;
  if (/^[a-z]+:[^/]+\/.+/.test(value))
    return <EntityRefLink entityRef={value} />;
  return <code>{value}</code>;
}

/** Where to make each edit that would resolve a finding. */
function Fixes(props: { finding: DriftFinding }) {
  const fixes = fixesFor(props.finding);
  if (!fixes.length) return null;
  return (
    <Box mt={0.5}>
      <Typography variant="caption" component="p">
        <strong>To fix</strong>
      </Typography>
      <Box component="ul" m={0} pl={2} aria-label="To fix">
        {fixes.map((fix, i) => (
          <li key={i}>
            <Typography variant="caption">
              In <EntityRefLink entityRef={fix.entityRef} />, under{' '}
              <code>{fix.field}</code>: {fix.action}.
            </Typography>
            {fix.snippet && (
              <Box
                component="pre"
                m={0}
                mt={0.5}
                p={1}
                fontSize={12}
                style={{
                  overflowX: 'auto',
                  background: 'rgba(127,127,127,0.12)',
                }}
              >
                {fix.snippet}
              </Box>
            )}
          </li>
        ))}
      </Box>
    </Box>
  );
}

/** Drift findings, each with its message, contexts and the relations behind it. */
export function DriftList(props: { findings: DriftFinding[] }) {
  if (props.findings.length === 0) {
    return (
      <Typography>No drift: the declared map and the catalog agree.</Typography>
    );
  }
  return (
    <List dense aria-label="Drift findings">
      {props.findings.map(f => (
        <ListItem key={f.id} disableGutters>
          <Alert severity={f.severity} style={{ width: '100%' }}>
            <Box display="flex" alignItems="center" style={{ gap: 8 }} mb={0.5}>
              <Chip size="small" label={DRIFT_TITLES[f.kind]} />
              {f.contexts.map(c => (
                <ContextLink key={c} context={c} />
              ))}
            </Box>
            <Typography variant="body2">{f.message}</Typography>
            <Box component="ul" m={0} pl={2} aria-label="Evidence">
              {f.evidence.map((e, i) => (
                <li key={i}>
                  <Typography variant="caption">
                    <Evidence refOrField={e.source} /> <code>{e.type}</code>{' '}
                    <Evidence refOrField={e.target} />
                  </Typography>
                </li>
              ))}
            </Box>
            <Fixes finding={f} />
          </Alert>
        </ListItem>
      ))}
    </List>
  );
}
