import { InfoCard, Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { ReactNode } from 'react';
import { FindingDetails } from '../../api/DevzeroApi';
import { findingRouteRef } from '../../routes';
import { STATUS_LABELS, When } from '../shared';
import { HistoryNote, readHistoryNote } from './historyNote';
import { OriginalLink } from './OriginalLink';
import { Who, wrapped } from './Who';

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

type Entry = FindingDetails['history'][number];

/** The named people and findings of a note, and the words left to show under it. */
function Told(props: { entry: Entry; note: HistoryNote }) {
  const findingLink = useRouteRef(findingRouteRef);
  const { entry: e, note } = props;
  let what: ReactNode = ACTION_WORDS[e.action] ?? e.action;
  if (note.kind === 'assigned' && note.assigneeRef === e.actorRef)
    what = 'took it';
  else if (note.kind === 'assigned')
    what = note.assigneeRef ? (
      <>
        assigned it to <Who entityRef={note.assigneeRef} />
      </>
    ) : (
      'unassigned it'
    );
  if (note.kind === 'snoozed')
    what = note.until ? (
      <>
        snoozed it until <When at={note.until} />
      </>
    ) : (
      'woke it from its snooze'
    );
  if (note.kind === 'duplicate-of')
    what = (
      <>
        marked it a duplicate of <OriginalLink id={note.findingId} />
      </>
    );
  if (note.kind === 'duplicate')
    what = (
      <>
        {e.action === 'merge'
          ? 'merged a duplicate into it:'
          : 'gave a reopened duplicate back what it brought:'}{' '}
        <Link to={findingLink({ id: note.findingId })}>“{note.title}”</Link>
      </>
    );
  if (note.kind === 'moved')
    what = (
      <>
        moved it from <Who entityRef={note.fromRef} /> to{' '}
        <Who entityRef={note.toRef} />, who owns{' '}
        <EntityRefLink entityRef={note.entityRef} /> now
      </>
    );
  return (
    <>
      <Who entityRef={e.actorRef} /> {what}
      {e.toStatus && e.fromStatus !== e.toStatus
        ? ` (${STATUS_LABELS[e.toStatus]})`
        : ''}
    </>
  );
}

/** The words of a note left once its people and findings are named. */
function restOf(note: HistoryNote): string | undefined {
  switch (note.kind) {
    case 'text':
      return note.text;
    case 'duplicate':
    case 'moved':
      return note.what.replace(/^(merged in|reopened),?;?\s*/, '') || undefined;
    default:
      return note.reason;
  }
}

/** Who did what to a finding, and when, naming the people and findings involved. */
export function History(props: { history: FindingDetails['history'] }) {
  return (
    <InfoCard title="History">
      <List dense aria-label="History">
        {props.history.map(e => {
          const note = readHistoryNote(e);
          const rest = restOf(note);
          return (
            <ListItem key={e.id} alignItems="flex-start">
              <ListItemText
                primary={<Told entry={e} note={note} />}
                secondary={
                  <>
                    <When at={e.at} />
                    {rest ? ` · ${rest}` : ''}
                  </>
                }
                style={wrapped}
              />
            </ListItem>
          );
        })}
      </List>
    </InfoCard>
  );
}
