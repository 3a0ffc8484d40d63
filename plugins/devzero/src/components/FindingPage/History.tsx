import { InfoCard } from '@backstage/core-components';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { FindingDetails } from '../../api/DevzeroApi';
import { STATUS_LABELS, When } from '../shared';
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

/** Who did what to a finding, and when. */
export function History(props: { history: FindingDetails['history'] }) {
  return (
    <InfoCard title="History">
      <List dense aria-label="History">
        {props.history.map(e => (
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
  );
}
