import { Link } from '@backstage/core-components';
import { Finding } from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { OriginalLink } from './OriginalLink';
import { SeverityChip, StatusChip } from '../shared';
import { UserMarkdown } from '../UserMarkdown';

/** A finding's title, status and severity, and how it was closed. */
export function FindingHeader(props: { finding: Finding }) {
  const f = props.finding;
  return (
    <>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        <Typography variant="h4" component="h2">
          {f.title}
        </Typography>
        <StatusChip status={f.status} />
        <SeverityChip severity={f.severity} />
      </Box>
      {f.status === 'resolved' && (
        <Box mt={2}>
          <Alert severity="success">
            <strong>Resolved.</strong>{' '}
            {f.resolutionNote && <UserMarkdown content={f.resolutionNote} />}
            {f.fixUrl && <Link to={f.fixUrl}>See the fix</Link>}
          </Alert>
        </Box>
      )}
      {f.status === 'declined' && (
        <Box mt={2}>
          <Alert severity="info">
            <strong>Declined:</strong> {f.declineReason}
          </Alert>
        </Box>
      )}
      {f.status === 'duplicate' && f.duplicateOf && (
        <Box mt={2}>
          <Alert severity="info">
            A duplicate of <OriginalLink id={f.duplicateOf} />; follow it there.
          </Alert>
        </Box>
      )}
    </>
  );
}
