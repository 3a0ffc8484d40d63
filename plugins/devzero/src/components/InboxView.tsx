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

/** The groups the viewer owns through, by their titles. */
function useMyTeams() {
  const identityApi = useApi(identityApiRef);
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    const refs = ownershipEntityRefs.filter(
      ref => parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group',
    );
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
    return refs
      .map((ref, i) => {
        const team = items[i];
        return {
          ref,
          label: team ? labelOf(team, false) : parseEntityRef(ref).name,
        };
      })
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [identityApi, catalogApi]);
}

/** The viewer's teams' new findings, oldest first, without snoozed ones. */
export function InboxView() {
  const api = useApi(devzeroApiRef);
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const limit = Math.min(100, Math.max(1, Number(params.get('limit')) || 25));
  const team = params.get('team') ?? '';
  const { value: teams } = useMyTeams();
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
        New findings on what your teams own, oldest first. Accept, decline, mark
        as duplicate, assign or snooze each from its page; snoozed findings come
        back on their date.
      </Typography>
      {teams && teams.length > 1 && (
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
            {teams.map(t => (
              <MenuItem key={t.ref} value={t.ref}>
                {t.label}
              </MenuItem>
            ))}
          </TextField>
        </Box>
      )}
      {error && <ResponseErrorPanel error={error} />}
      {loading && !value && <Progress />}
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
