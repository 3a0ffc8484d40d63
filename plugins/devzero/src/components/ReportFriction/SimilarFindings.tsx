import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Finding } from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { findingRouteRef } from '../../routes';
import { StatusChip } from '../shared';
import { useSimilarFindings } from './useSimilarFindings';

/** Open findings on the entity whose titles resemble the one being typed. */
export function SimilarFindings(props: {
  entityRef?: string;
  title: string;
  onMeToo: (finding: Finding) => void;
}) {
  const findingLink = useRouteRef(findingRouteRef);
  const similar = useSimilarFindings(props.entityRef, props.title);
  if (similar.length === 0) return null;
  return (
    <Alert severity="info" role="region" aria-label="Similar open findings">
      <Typography variant="body2">
        Someone may have hit this already. Add a “me too” with your minutes
        instead of filing again:
      </Typography>
      <List dense>
        {similar.map(f => (
          <ListItem key={f.id} disableGutters>
            <ListItemText
              primary={
                <Link to={findingLink({ id: f.id })} target="_blank">
                  {f.title}
                </Link>
              }
              secondary={`${f.meTooCount} me too · ${f.totalMinutesLost} min lost`}
            />
            <Box mx={1}>
              <StatusChip status={f.status} />
            </Box>
            <Button
              size="small"
              variant="outlined"
              onClick={() => props.onMeToo(f)}
              aria-label={`Me too: ${f.title}`}
            >
              Me too
            </Button>
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}

/** Asks before adding the reporter's minutes (and scenario) to a similar finding. */
export function MeTooConfirm(props: {
  finding: Finding;
  minutesLost: number;
  withNote: boolean;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <Box mt={1}>
      <Alert
        severity="info"
        action={
          <>
            <Button size="small" onClick={props.onCancel}>
              Cancel
            </Button>
            <Button
              size="small"
              color="primary"
              variant="contained"
              disabled={props.busy}
              onClick={props.onConfirm}
            >
              Add me too
            </Button>
          </>
        }
      >
        Add your {props.minutesLost} minutes lost to “{props.finding.title}”
        {props.withNote ? ', with your scenario as a note' : ''}?
      </Alert>
    </Box>
  );
}
