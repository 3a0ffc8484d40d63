import { parseEntityRef } from '@backstage/catalog-model';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { devzeroApiRef } from '../api/DevzeroApi';
import { labelOf } from './EntityPicker';
import { FindingsTable } from './FindingsTable';

/** A group's name, or the text itself if it is not an entity ref. */
function nameOf(ref: string) {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}

/**
 * The groups the viewer owns through, by their titles, and the team the
 * address asks for if it is not one of them (someone looking at another
 * team's inbox).
 */
function useTeams(asked: string) {
  const identityApi = useApi(identityApiRef);
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    const mine = ownershipEntityRefs.filter(
      ref => parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group',
    );
    // Refs name the same entity whatever their case.
    const same = (a: string, b: string) =>
      a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');
    const other = asked && !mine.some(ref => same(ref, asked)) ? [asked] : [];
    const refs = [...mine, ...other];
    // Without the catalog, the teams are still there, by name.
    const { items } = await catalogApi
      .getEntitiesByRefs({
        entityRefs: refs,
        fields: [
          'kind',
          'metadata.name',
          'metadata.title',
          'spec.profile.displayName',
        ],
      })
      .catch(() => ({ items: refs.map(() => undefined) }));
    const label = (ref: string, i: number) => {
      const team = items[i];
      return team ? labelOf(team, false) : nameOf(ref);
    };
    return {
      mine: mine
        .map((ref, i) => ({ ref, label: label(ref, i) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
      other: other.map(ref => ({
        ref,
        label: label(ref, mine.length),
      })),
    };
  }, [identityApi, catalogApi, asked]);
}

/** The viewer's teams' new findings, oldest first, without snoozed ones. */
export function InboxView() {
  const api = useApi(devzeroApiRef);
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const limit = Math.min(100, Math.max(1, Number(params.get('limit')) || 25));
  const team = params.get('team') ?? '';
  const { value: teams } = useTeams(team);
  const other = teams?.other.find(t => t.ref === team);
  const { value, loading, error } = useAsync(
    () => api.getInbox({ owner: team ? [team] : undefined, offset, limit }),
    [api, team, offset, limit],
  );
  const show = (next: { team?: string; offset?: number; limit?: number }) => {
    const query = new URLSearchParams();
    const nextTeam = next.team ?? team;
    if (nextTeam) query.set('team', nextTeam);
    query.set('offset', String(next.offset ?? offset));
    query.set('limit', String(next.limit ?? limit));
    setParams(query, { replace: true });
  };
  return (
    <>
      <Typography variant="body2" color="textSecondary" paragraph>
        {other
          ? `New findings on what ${other.label} owns, oldest first. Its members accept, decline, mark as duplicate, assign or snooze each from its page.`
          : 'New findings on what your teams own, oldest first. Accept, decline, mark as duplicate, assign or snooze each from its page; snoozed findings come back on their date.'}
      </Typography>
      {teams && (teams.mine.length > 1 || teams.other.length > 0) && (
        <Box mb={2}>
          <TextField
            select
            id="devzero-inbox-team"
            label="Team"
            value={team}
            onChange={e => show({ team: e.target.value, offset: 0 })}
            style={{ minWidth: 240 }}
            SelectProps={{ displayEmpty: true }}
            InputLabelProps={{ shrink: true }}
          >
            <MenuItem value="">All my teams</MenuItem>
            {teams.mine.map(t => (
              <MenuItem key={t.ref} value={t.ref}>
                {t.label}
              </MenuItem>
            ))}
            {teams.other.map(t => (
              <MenuItem key={t.ref} value={t.ref}>
                {t.label} (not your team)
              </MenuItem>
            ))}
          </TextField>
        </Box>
      )}
      {error && <ResponseErrorPanel error={error} />}
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
