import { InfoCard, Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { MeToo } from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { findingRouteRef } from '../../routes';
import { formatMinutes } from '../shared';
import { useMeToo } from './useMeToo';
import { Who, wrapped } from './Who';

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

/** "Hit this too?": adds the viewer's minutes lost to the finding. */
export function MeTooCard(props: { findingId: string; onChanged: () => void }) {
  const [minutes, setMinutes] = useState('15');
  const { send, sending, problem } = useMeToo(props.findingId, props.onChanged);
  return (
    <InfoCard title="Hit this too?">
      <Box display="flex" alignItems="flex-end" style={{ gap: 8 }}>
        <TextField
          id="devzero-your-minutes-lost"
          label="Your minutes lost"
          type="number"
          value={minutes}
          inputProps={{ min: 0, max: 10080 }}
          onChange={e => setMinutes(e.target.value)}
          style={{ flex: 1, minWidth: 130 }}
        />
        <Button
          variant="outlined"
          onClick={() => send(minutes)}
          disabled={sending}
        >
          Me too
        </Button>
      </Box>
      {problem && (
        <Box mt={1}>
          <Alert severity="error">{problem}</Alert>
        </Box>
      )}
    </InfoCard>
  );
}

/** Who else hit it, and what it cost them. */
export function MeTooList(props: { meToos: MeToo[] }) {
  const { meToos } = props;
  return (
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
  );
}
