import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { Fragment } from 'react';
import { keyName, SHORTCUTS } from './shortcuts';

/** Every shortcut of the inbox, and what it does. */
export function ShortcutHelp(props: { onClose: () => void }) {
  return (
    <Dialog open onClose={props.onClose} aria-labelledby="devzero-keys-title">
      <DialogTitle id="devzero-keys-title">Keyboard shortcuts</DialogTitle>
      <DialogContent>
        <Typography variant="body2" paragraph>
          Accept, decline, duplicate, snooze and assign act on the selected
          findings, or on the focused one when none is selected. Shortcuts rest
          while you type in a field or a dialog is open.
        </Typography>
        <Table size="small" aria-label="Keyboard shortcuts">
          <TableHead>
            <TableRow>
              <TableCell>Key</TableCell>
              <TableCell>Does</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {SHORTCUTS.map(s => (
              <TableRow key={s.command}>
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  {s.keys.map((k, i) => (
                    <Fragment key={k}>
                      {i > 0 && ' or '}
                      <kbd>{keyName(k)}</kbd>
                    </Fragment>
                  ))}
                </TableCell>
                <TableCell>{s.does}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} color="primary">
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
