import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  identityApiRef,
  useApi,
  useRouteRef,
} from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Finding, MeToo } from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { Attachment, devzeroApiRef } from '../api/DevzeroApi';
import { messageOf } from '../api/messageOf';
import { findingRouteRef } from '../routes';
import { TriagePanel } from './TriagePanel';
import { UserMarkdown } from './UserMarkdown';
import {
  CATEGORY_LABELS,
  formatMinutes,
  JOURNEY_STEP_LABELS,
  SeverityChip,
  SlaChip,
  STATUS_LABELS,
  StatusChip,
  When,
} from './labels';

const ACTION_WORDS: Record<string, string> = {
  file: 'filed it',
  accept: 'accepted it',
  start: 'started work',
  resolve: 'resolved it',
  decline: 'declined it',
  'mark-duplicate': 'marked it a duplicate',
  reopen: 'reopened it',
  assign: 'assigned it',
  snooze: 'snoozed it',
  comment: 'commented',
  'me-too': 'said “me too”',
  merge: 'merged a duplicate into it',
  unmerge: 'gave a reopened duplicate back what it brought',
  reroute: 'moved it to its entity’s new owner',
  'link-issue': 'linked a tracker issue',
  'add-image': 'added an image',
  'remove-image': 'removed an image',
};

/** A user or group ref as a link, or plain words for "the reporter". */
function Who(props: { entityRef?: string }) {
  if (!props.entityRef) return <>someone</>;
  if (!props.entityRef.includes(':')) return <>{props.entityRef}</>;
  return <EntityRefLink entityRef={props.entityRef} />;
}

function Section(props: { title: string; text?: string }) {
  if (!props.text) return null;
  return (
    <Box mb={2}>
      <Typography variant="subtitle2" component="h3">
        {props.title}
      </Typography>
      <UserMarkdown content={props.text} />
    </Box>
  );
}

/**
 * The theme keeps a list item's text to one line, which cuts notes off:
 * these wrap, breaking an id where they must.
 */
const wrapped = { whiteSpace: 'normal', overflowWrap: 'anywhere' } as const;

/**
 * A "me too"'s note. The one a merge wrote for the duplicate's reporter
 * ("Filed as <id>: <title>") links that duplicate by its title; a note
 * someone typed stays as they typed it.
 */
function MeTooNote(props: { meToo: MeToo }) {
  const findingLink = useRouteRef(findingRouteRef);
  const { note = '', mergedFrom } = props.meToo;
  const prefix = `Filed as ${mergedFrom}: `;
  if (!mergedFrom || !note.startsWith(prefix)) return <>{note}</>;
  return (
    <>
      filed as{' '}
      <Link to={findingLink({ id: mergedFrom })}>
        {note.slice(prefix.length)}
      </Link>
    </>
  );
}

/** An image attachment, fetched with the user's credentials. */
function AttachmentImage(props: {
  attachment: Attachment;
  onRemove?: () => void;
}) {
  const api = useApi(devzeroApiRef);
  const { attachment } = props;
  const [url, setUrl] = useState<string>();
  const { error } = useAsync(async () => {
    const blob = await api.getAttachment(attachment.findingId, attachment.id);
    setUrl(URL.createObjectURL(blob));
  }, [api, attachment.id, attachment.findingId]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  if (error)
    return (
      <Typography color="error" variant="body2">
        {attachment.fileName}: {error.message}
      </Typography>
    );
  if (!url) return <Progress />;
  return (
    <Box display="flex" flexDirection="column" alignItems="flex-start">
      <a href={url} target="_blank" rel="noopener noreferrer">
        <img
          src={url}
          alt={`Evidence: ${attachment.fileName}`}
          style={{ maxWidth: 240, maxHeight: 180, borderRadius: 4 }}
        />
      </a>
      {props.onRemove && (
        <Button
          size="small"
          onClick={props.onRemove}
          aria-label={`Remove ${attachment.fileName}`}
        >
          Remove
        </Button>
      )}
    </Box>
  );
}

function Details(props: { finding: Finding }) {
  const f = props.finding;
  const rows: Array<[string, React.ReactNode]> = [
    ['Entity', <EntityRefLink entityRef={f.entityRef} />],
    ['Owner', <EntityRefLink entityRef={f.ownerRef} />],
    [
      'Reporter',
      f.reporterRef ? (
        <>
          <Who entityRef={f.reporterRef} />
          {f.mayContact ? ' (happy to be contacted)' : ' (prefers no contact)'}
          {f.reporterHidden ? '; hidden from the owners' : ''}
        </>
      ) : (
        'Not shown to owners'
      ),
    ],
    ['Assignee', f.assigneeRef ? <Who entityRef={f.assigneeRef} /> : 'Nobody'],
    ['Journey step', JOURNEY_STEP_LABELS[f.journeyStep]],
    ['Category', CATEGORY_LABELS[f.category]],
    [
      'Minutes lost',
      f.meTooCount
        ? `${formatMinutes(f.totalMinutesLost)} (${formatMinutes(
            f.minutesLost,
          )} by the reporter, the rest by ${f.meTooCount} “me too”)`
        : formatMinutes(f.minutesLost),
    ],
    ['Filed', <When at={f.createdAt} />],
  ];
  if (f.snoozedUntil)
    rows.push(['Snoozed until', <When at={f.snoozedUntil} />]);
  if (f.externalUrl)
    rows.push([
      'Tracker issue',
      <Link to={f.externalUrl}>{f.externalUrl}</Link>,
    ]);
  return (
    <InfoCard title="About">
      <Box display="flex" style={{ gap: 8 }} mb={2} flexWrap="wrap">
        <SlaChip name="Triage" clock={f.sla.triage} />
        <SlaChip name="Resolve" clock={f.sla.resolve} />
      </Box>
      <Box component="dl" m={0}>
        {rows.map(([label, value]) => (
          <Box key={label} display="flex" mb={1}>
            <Typography
              component="dt"
              variant="body2"
              color="textSecondary"
              style={{ minWidth: 110 }}
            >
              {label}
            </Typography>
            <Typography component="dd" variant="body2" style={{ margin: 0 }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
    </InfoCard>
  );
}

/** One finding: the report, its evidence, the conversation, triage and history. */
export function FindingView(props: { id: string }) {
  const api = useApi(devzeroApiRef);
  const identityApi = useApi(identityApiRef);
  const findingLink = useRouteRef(findingRouteRef);
  const { value: viewerRef } = useAsync(
    async () => (await identityApi.getBackstageIdentity()).userEntityRef,
    [identityApi],
  );
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getFinding(props.id),
    [api, props.id],
  );
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string>();
  const [imageProblem, setImageProblem] = useState<string>();
  const [meTooMinutes, setMeTooMinutes] = useState('15');
  // What is being sent, each on its own, so that a second click does not
  // send it twice.
  const [busy, setBusy] = useState({
    comment: false,
    meToo: false,
    images: false,
  });
  const working = (what: keyof typeof busy, now: boolean) =>
    setBusy(b => ({ ...b, [what]: now }));
  const fileInput = useRef<HTMLInputElement>(null);

  if (error) return <ResponseErrorPanel error={error} />;
  if (loading && !value) return <Progress />;
  if (!value) return null;
  const { finding: f, history, comments, meToos, attachments = [] } = value;
  const isReporter = !!viewerRef && f.reporterRef === viewerRef;
  const saidMeToo = meToos.some(m => m.userRef === viewerRef);
  const open = ['new', 'triaged', 'in-progress'].includes(f.status);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!comment.trim() || busy.comment) return;
    setProblem(undefined);
    working('comment', true);
    try {
      await api.comment(f.id, comment.trim());
      setComment('');
      retry();
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      working('comment', false);
    }
  };
  const addImages = async (files: File[]) => {
    if (busy.images) return;
    setImageProblem(undefined);
    working('images', true);
    const failed: string[] = [];
    for (const file of files) {
      try {
        await api.uploadAttachment(f.id, file);
      } catch (e) {
        failed.push(`${file.name}: ${messageOf(e)}`);
      }
    }
    working('images', false);
    if (failed.length) setImageProblem(failed.join('; '));
    retry();
  };
  const removeImage = async (attachmentId: string) => {
    setImageProblem(undefined);
    try {
      await api.deleteAttachment(f.id, attachmentId);
      retry();
    } catch (e) {
      setImageProblem(messageOf(e));
    }
  };
  const meToo = async () => {
    setProblem(undefined);
    const minutes = Number(meTooMinutes);
    if (!Number.isInteger(minutes) || minutes < 0) {
      setProblem('Minutes lost is a whole number, 0 or more');
      return;
    }
    if (busy.meToo) return;
    working('meToo', true);
    try {
      await api.meToo(f.id, { minutesLost: minutes });
      retry();
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      working('meToo', false);
    }
  };

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
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
              A duplicate of{' '}
              <Link to={findingLink({ id: f.duplicateOf })}>
                another finding
              </Link>
              ; follow it there.
            </Alert>
          </Box>
        )}
      </Grid>
      <Grid item xs={12} md={8}>
        <InfoCard title="Report">
          <Section title="What they were trying to do" text={f.scenario} />
          <Section title="Steps" text={f.steps} />
          <Section title="Expected" text={f.expected} />
          <Section title="What happened" text={f.actual} />
          {f.links.length > 0 && (
            <Box mb={2}>
              <Typography variant="subtitle2" component="h3">
                Links
              </Typography>
              <ul>
                {f.links.map(l => (
                  <li key={l}>
                    <Link to={l}>{l}</Link>
                  </li>
                ))}
              </ul>
            </Box>
          )}
          {(attachments.length > 0 || value.canComment) && (
            <Box mb={2}>
              <Typography variant="subtitle2" component="h3">
                Screenshots
              </Typography>
              <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
                {attachments.map(a => (
                  <AttachmentImage
                    key={a.id}
                    attachment={a}
                    onRemove={
                      a.uploaderRef === viewerRef || value.canAdminister
                        ? () => removeImage(a.id)
                        : undefined
                    }
                  />
                ))}
              </Box>
              {value.canComment && (
                <Box mt={1}>
                  {/* A button, so that the keyboard reaches it; it opens the hidden file input. */}
                  <Button
                    size="small"
                    variant="outlined"
                    disabled={busy.images}
                    onClick={() => fileInput.current?.click()}
                  >
                    {busy.images ? 'Adding…' : 'Add screenshots'}
                  </Button>
                  <input
                    ref={fileInput}
                    type="file"
                    hidden
                    multiple
                    accept="image/png,image/jpeg,image/gif,image/webp"
                    aria-label="Add screenshots"
                    onChange={e => {
                      const files = Array.from(e.target.files ?? []);
                      // Cleared, so that the same file can be chosen again.
                      e.target.value = '';
                      addImages(files);
                    }}
                  />
                </Box>
              )}
              {imageProblem && (
                <Box mt={1}>
                  <Alert severity="error">{imageProblem}</Alert>
                </Box>
              )}
            </Box>
          )}
        </InfoCard>
        <Box mt={3}>
          <InfoCard title={`Comments (${comments.length})`}>
            {comments.length === 0 && (
              <Typography color="textSecondary" variant="body2">
                No comments yet.
              </Typography>
            )}
            <List>
              {comments.map(c => (
                <ListItem key={c.id} alignItems="flex-start" divider>
                  <ListItemText
                    primary={
                      <Typography variant="body2" color="textSecondary">
                        <Who entityRef={c.authorRef} /> ·{' '}
                        <When at={c.createdAt} />
                      </Typography>
                    }
                    secondary={<UserMarkdown content={c.body} />}
                    secondaryTypographyProps={{ component: 'div' }}
                  />
                </ListItem>
              ))}
            </List>
            {value.canComment ? (
              <form onSubmit={send}>
                <TextField
                  id="devzero-add-a-comment"
                  label="Add a comment"
                  fullWidth
                  multiline
                  minRows={2}
                  value={comment}
                  onChange={e => setComment(e.target.value)}
                  helperText="Markdown works. The reporter and the owners are told."
                />
                <Box mt={1}>
                  <Button
                    type="submit"
                    variant="contained"
                    color="primary"
                    disabled={!comment.trim() || busy.comment}
                  >
                    Comment
                  </Button>
                </Box>
              </form>
            ) : (
              <Typography variant="body2" color="textSecondary">
                Only the reporter and the owning team comment here.
              </Typography>
            )}
            {problem && (
              <Box mt={1}>
                <Alert severity="error">{problem}</Alert>
              </Box>
            )}
          </InfoCard>
        </Box>
      </Grid>
      <Grid item xs={12} md={4}>
        <Details finding={f} />
        <Box mt={3}>
          <TriagePanel
            finding={f}
            canTriage={value.canTriage}
            viewerRef={viewerRef}
            onChanged={retry}
          />
        </Box>
        {open && !isReporter && !saidMeToo && (
          <Box mt={3}>
            <InfoCard title="Hit this too?">
              <Box display="flex" alignItems="flex-end" style={{ gap: 8 }}>
                <TextField
                  id="devzero-your-minutes-lost"
                  label="Your minutes lost"
                  type="number"
                  value={meTooMinutes}
                  inputProps={{ min: 0, max: 10080 }}
                  onChange={e => setMeTooMinutes(e.target.value)}
                  style={{ flex: 1, minWidth: 130 }}
                />
                <Button
                  variant="outlined"
                  onClick={meToo}
                  disabled={busy.meToo}
                >
                  Me too
                </Button>
              </Box>
            </InfoCard>
          </Box>
        )}
        {meToos.length > 0 && (
          <Box mt={3}>
            <InfoCard title={`Me too (${meToos.length})`}>
              <List dense>
                {meToos.map((m, i) => (
                  // Hidden reporters share one label, so the place keys them.
                  <ListItem key={`${i}:${m.userRef}`}>
                    <ListItemText
                      primary={<Who entityRef={m.userRef} />}
                      secondary={
                        <>
                          {formatMinutes(m.minutesLost)}
                          {m.note && (
                            <>
                              {' · '}
                              <MeTooNote meToo={m} />
                            </>
                          )}
                        </>
                      }
                      style={wrapped}
                    />
                  </ListItem>
                ))}
              </List>
            </InfoCard>
          </Box>
        )}
        <Box mt={3}>
          <InfoCard title="History">
            <List dense aria-label="History">
              {history.map(e => (
                <ListItem key={e.id} alignItems="flex-start">
                  <ListItemText
                    primary={
                      <>
                        <Who entityRef={e.actorRef} />{' '}
                        {ACTION_WORDS[e.action] ?? e.action}
                        {e.toStatus && e.fromStatus !== e.toStatus
                          ? ` (${STATUS_LABELS[e.toStatus]})`
                          : ''}
                      </>
                    }
                    secondary={
                      <>
                        <When at={e.at} />
                        {e.note ? ` · ${e.note}` : ''}
                      </>
                    }
                    style={wrapped}
                  />
                </ListItem>
              ))}
            </List>
          </InfoCard>
        </Box>
      </Grid>
    </Grid>
  );
}

/** The finding page, reading the id from the route. */
export function FindingRoute() {
  const { id } = useParams();
  return <FindingView id={id ?? ''} />;
}
