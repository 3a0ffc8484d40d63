import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { FindingsTable } from '../FindingsList';
import { TeamPicker } from './TeamPicker';
import { useInbox, useInboxParams } from './useInbox';
import { useTeams } from './useTeams';

/** The viewer's teams' new findings, oldest first, without snoozed ones. */
export function InboxView() {
  const { team, offset, limit, show } = useInboxParams();
  const { value: teams } = useTeams(team);
  const other = teams?.other.find(t => t.ref === team);
  const { value, loading, error } = useInbox(team, { offset, limit });
  return (
    <>
      <Typography variant="body2" color="textSecondary" paragraph>
        {other
          ? `New findings on what ${other.label} owns, oldest first. Its members accept, decline, mark as duplicate, assign or snooze each from its page.`
          : 'New findings on what your teams own, oldest first. Accept, decline, mark as duplicate, assign or snooze each from its page; snoozed findings come back on their date.'}
      </Typography>
      {teams && (teams.mine.length > 1 || teams.other.length > 0) && (
        <TeamPicker
          teams={teams}
          team={team}
          onChange={t => show({ team: t, offset: 0 })}
        />
      )}
      {error && <ResponseErrorPanel error={error} />}
      {/* The last page stays under the bar while the next one loads. */}
      {loading && <Progress />}
      {value && value.totalItems === 0 && (
        <Box py={4}>
          <Typography>Inbox zero: nothing waits for triage.</Typography>
        </Box>
      )}
      {value && value.totalItems > 0 && (
        <FindingsTable
          caption="Triage inbox"
          items={value.items}
          totalItems={value.totalItems}
          totalCapped={value.totalCapped}
          offset={offset}
          limit={limit}
          hideOwner={false}
          onPage={(o, l) => show({ offset: o, limit: l })}
        />
      )}
    </>
  );
}
