import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Finding, isOpenStatus } from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { findingRouteRef } from '../../routes';
import { StatusChip, When } from '../shared';
import { useViewerRef } from '../FindingPage/useFinding';
import { useSimilarFindings } from './useSimilarFindings';

/** What the reporter may do with a suggestion instead of filing again. */
export type SuggestionChoice =
  /** A "me too": on a recently closed finding, it reopens it. */
  | { kind: 'me-too'; finding: Finding }
  /** Their own recently closed finding, reopened. */
  | { kind: 'reopen'; finding: Finding };

const useStyles = makeStyles(theme => ({
  // Wraps below the title on a narrow screen instead of squeezing it.
  item: { flexWrap: 'wrap', gap: theme.spacing(1), alignItems: 'center' },
  // The theme keeps a list item's text to one line; a suggestion's title
  // and reason wrap instead, so that nothing is cut off on a phone.
  text: {
    flex: '1 1 14rem',
    minWidth: 0,
    '& .MuiTypography-root': {
      whiteSpace: 'normal',
      overflowWrap: 'anywhere',
    },
  },
  actions: { display: 'flex', alignItems: 'center', gap: theme.spacing(1) },
  alert: { '& .MuiAlert-message': { minWidth: 0, flex: 1 } },
}));

/** When and how a recently closed finding was closed, and the question. */
function ClosedLately(props: { finding: Finding }) {
  const f = props.finding;
  return (
    <>
      {f.status === 'resolved' ? 'Fixed' : 'Declined'}{' '}
      {f.closedAt ? <When at={f.closedAt} /> : 'lately'}
      {f.status === 'declined' && f.declineReason
        ? ` (${f.declineReason})`
        : ''}
      ; still seeing it?
    </>
  );
}

/**
 * Findings on the entity whose titles resemble the one being typed: open
 * ones to add a "me too" to, and ones resolved or declined lately to reopen
 * (one's own) or bring back with a "me too".
 */
export function SimilarFindings(props: {
  entityRef?: string;
  title: string;
  onChoose: (choice: SuggestionChoice) => void;
}) {
  const classes = useStyles();
  const findingLink = useRouteRef(findingRouteRef);
  const viewerRef = useViewerRef();
  const similar = useSimilarFindings(props.entityRef, props.title);
  if (similar.length === 0) return null;
  return (
    <Alert
      severity="info"
      role="region"
      aria-label="Similar findings"
      className={classes.alert}
    >
      <Typography variant="body2">
        Someone may have hit this already. Add a “me too” with your minutes, or
        bring back one fixed lately, instead of filing again:
      </Typography>
      <List dense>
        {similar.map(f => {
          const open = isOpenStatus(f.status);
          const own = !!viewerRef && f.reporterRef === viewerRef;
          const choice: SuggestionChoice =
            !open && own
              ? { kind: 'reopen', finding: f }
              : { kind: 'me-too', finding: f };
          return (
            <ListItem key={f.id} disableGutters className={classes.item}>
              <ListItemText
                className={classes.text}
                primary={
                  <Link to={findingLink({ id: f.id })} target="_blank">
                    {f.title}
                  </Link>
                }
                secondary={
                  open ? (
                    `${f.meTooCount} me too · ${f.totalMinutesLost} min lost`
                  ) : (
                    <ClosedLately finding={f} />
                  )
                }
              />
              <Box className={classes.actions}>
                <StatusChip status={f.status} />
                <Button
                  size="small"
                  variant="outlined"
                  onClick={() => props.onChoose(choice)}
                  aria-label={`${
                    choice.kind === 'reopen' ? 'Reopen' : 'Me too'
                  }: ${f.title}`}
                >
                  {choice.kind === 'reopen' ? 'Reopen' : 'Me too'}
                </Button>
              </Box>
            </ListItem>
          );
        })}
      </List>
    </Alert>
  );
}

/** Asks before adding the reporter's minutes to a similar finding, or reopening their own. */
export function SuggestionConfirm(props: {
  choice: SuggestionChoice;
  minutesLost: number;
  withNote: boolean;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { kind, finding } = props.choice;
  const closed = !isOpenStatus(finding.status);
  let question = `Add your ${props.minutesLost} minutes lost to “${
    finding.title
  }”${props.withNote ? ', with your scenario as a note' : ''}${
    closed ? ', and reopen it for its owners to triage again' : ''
  }?`;
  if (kind === 'reopen')
    question = `Reopen your finding “${
      finding.title
    }” for its owners to triage again${
      props.withNote ? ', with your scenario as the reason' : ''
    }?`;
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
              {kind === 'reopen' ? 'Reopen it' : 'Add me too'}
            </Button>
          </>
        }
      >
        {question}
      </Alert>
    </Box>
  );
}
