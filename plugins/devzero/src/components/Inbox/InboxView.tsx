import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Finding } from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import IconButton from '@material-ui/core/IconButton';
import TablePagination from '@material-ui/core/TablePagination';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import KeyboardIcon from '@material-ui/icons/Keyboard';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { TriageInput } from '../../api/DevzeroApi';
import { findingRouteRef } from '../../routes';
import { useViewerRef } from '../FindingPage';
import { InboxTable } from './InboxTable';
import { InboxTriageDialog } from './InboxTriageDialog';
import { ShortcutHelp } from './ShortcutHelp';
import { InboxCommand } from './shortcuts';
import { TeamPicker } from './TeamPicker';
import { InboxAction, TriageButtons } from './TriageButtons';
import { TriageOutcomeAlert, outcomeSentence } from './TriageOutcomeAlert';
import { useInbox, useInboxParams } from './useInbox';
import { useInboxKeyboard } from './useInboxKeyboard';
import { useInboxTriage } from './useInboxTriage';
import { useRowFocus } from './useRowFocus';
import { useTeams } from './useTeams';

const NONE: Finding[] = [];

const ASKS: Partial<
  Record<InboxAction, 'decline' | 'mark-duplicate' | 'snooze'>
> = { decline: 'decline', duplicate: 'mark-duplicate', snooze: 'snooze' };

const hidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
} as const;

/**
 * The viewer's teams' new findings, oldest first, without snoozed ones:
 * where they triage, row by row, several at once, or by keyboard alone.
 */
export function InboxView() {
  const { team, offset, limit, show } = useInboxParams();
  const { value: teams } = useTeams(team);
  const other = teams?.other.find(t => t.ref === team);
  const { value, loading, error, retry } = useInbox(team, { offset, limit });
  const items = value?.items ?? NONE;
  const viewerRef = useViewerRef();
  const canAssignToMe = !!viewerRef?.startsWith('user:');
  const rows = useRowFocus(items);
  const triage = useInboxTriage(retry);
  const [asking, setAsking] = useState<{
    action: 'decline' | 'mark-duplicate' | 'snooze';
    findings: Finding[];
  }>();
  const [help, setHelp] = useState(false);
  // What the live region last told: a move, or what a triage did.
  const [said, say] = useState('');
  const container = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const findingLink = useRouteRef(findingRouteRef);

  const selected = items.filter(f => rows.selected.has(f.id));
  const failures = Object.fromEntries(
    (triage.outcome?.failed ?? []).map(f => [f.finding.id, f.message]),
  );

  const send = async (findings: Finding[], input: TriageInput) => {
    const result = await triage.run(findings, input);
    if (!result) return;
    rows.clear(result.done.map(f => f.id));
    say(outcomeSentence(result));
  };
  const act = (action: InboxAction, findings: Finding[]) => {
    // Not while the page reloads: its rows may be triaged already.
    if (findings.length === 0 || triage.busy || loading) return;
    const asked = ASKS[action];
    if (asked) setAsking({ action: asked, findings });
    else if (action === 'accept') send(findings, { action: 'accept' });
    else if (canAssignToMe)
      send(findings, { action: 'assign', assigneeRef: viewerRef });
  };
  const targets = () => {
    if (selected.length > 0) return selected;
    return rows.focused ? [rows.focused] : [];
  };

  useInboxKeyboard(container, (command: InboxCommand) => {
    if (command === 'help') setHelp(true);
    else if (command === 'next' || command === 'previous') {
      const to = Math.max(
        0,
        Math.min(
          items.length - 1,
          rows.focusIndex + (command === 'next' ? 1 : -1),
        ),
      );
      rows.move(command === 'next' ? 1 : -1);
      if (items[to])
        say(`Finding ${to + 1} of ${items.length}: ${items[to].title}`);
    } else if (command === 'open') {
      if (rows.focused) navigate(findingLink({ id: rows.focused.id }));
    } else if (command === 'select') {
      if (rows.focused) rows.toggle(rows.focused.id);
    } else act(command, targets());
  });

  return (
    <div ref={container}>
      <Box display="flex" alignItems="flex-start" style={{ gap: 8 }}>
        <Typography
          variant="body2"
          color="textSecondary"
          paragraph
          style={{ flex: 1 }}
        >
          {other
            ? `New findings on what ${other.label} owns, oldest first. Only its members may triage them.`
            : 'New findings on what your teams own, oldest first: accept, decline, mark as duplicate, snooze or take each here, or several at once; snoozed findings come back on their date.'}
        </Typography>
        <Tooltip title="Keyboard shortcuts (?)">
          <IconButton
            size="small"
            aria-label="Keyboard shortcuts"
            aria-keyshortcuts="?"
            onClick={() => setHelp(true)}
          >
            <KeyboardIcon />
          </IconButton>
        </Tooltip>
      </Box>
      {teams && (teams.mine.length > 1 || teams.other.length > 0) && (
        <TeamPicker
          teams={teams}
          team={team}
          onChange={t => show({ team: t, offset: 0 })}
        />
      )}
      <div role="status" aria-live="polite" style={hidden}>
        {said}
      </div>
      {triage.outcome && (
        <Box mb={2}>
          <TriageOutcomeAlert
            outcome={triage.outcome}
            onClose={triage.dismiss}
          />
        </Box>
      )}
      {selected.length > 0 && (
        <Box
          display="flex"
          alignItems="center"
          flexWrap="wrap"
          mb={1}
          style={{ gap: 8 }}
          role="toolbar"
          aria-label="Selected findings"
        >
          <Typography variant="body2">{selected.length} selected</Typography>
          <TriageButtons
            variant="words"
            disabled={triage.busy}
            canAssignToMe={canAssignToMe}
            onAction={a => act(a, selected)}
          />
        </Box>
      )}
      {error && <ResponseErrorPanel error={error} />}
      {/* The last page stays under the bar while the next one loads. */}
      {(loading || triage.busy) && <Progress />}
      {value && value.totalItems === 0 && (
        <Box py={4}>
          <Typography>Inbox zero: nothing waits for triage.</Typography>
        </Box>
      )}
      {value && value.totalItems > 0 && (
        <>
          <InboxTable
            items={items}
            focusIndex={rows.focusIndex}
            onFocusRow={rows.focusRow}
            rowRefs={rows.rowRefs}
            selected={rows.selected}
            onToggle={rows.toggle}
            onToggleAll={rows.toggleAll}
            failures={failures}
            onAction={(f, a) => act(a, [f])}
            busy={triage.busy}
            canAssignToMe={canAssignToMe}
          />
          <TablePagination
            component="div"
            // -1 is "more than": there is always a next page.
            count={value.totalCapped ? -1 : value.totalItems}
            labelDisplayedRows={({ from, to }) =>
              `${from.toLocaleString('en-US')}–${to.toLocaleString(
                'en-US',
              )} of ${
                value.totalCapped ? 'more than ' : ''
              }${value.totalItems.toLocaleString('en-US')}`
            }
            page={Math.floor(offset / limit)}
            rowsPerPage={limit}
            rowsPerPageOptions={[10, 25, 50, 100]}
            onPageChange={(_e, p) => show({ offset: p * limit })}
            onRowsPerPageChange={e =>
              show({ offset: 0, limit: Number(e.target.value) })
            }
          />
        </>
      )}
      {asking && (
        <InboxTriageDialog
          action={asking.action}
          findings={asking.findings}
          busy={triage.busy}
          onClose={() => setAsking(undefined)}
          onSubmit={input => {
            const { findings } = asking;
            setAsking(undefined);
            send(findings, input);
          }}
        />
      )}
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
