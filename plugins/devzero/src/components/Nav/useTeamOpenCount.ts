import { parseEntityRef } from '@backstage/catalog-model';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { OPEN_STATUSES } from '@internal/plugin-devzero-common';
import { useLocation } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { devzeroApiRef } from '../../api/DevzeroApi';

const isGroup = (ref: string) => {
  try {
    return parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group';
  } catch {
    return false;
  }
};

/**
 * How many findings of the signed-in user's teams are open, from the list's
 * total (one finding asked for); undefined for someone in no team, and
 * while it loads or when the backend cannot say. Counted again as the user
 * moves between pages, so that triage elsewhere shows.
 */
export function useTeamOpenCount(): number | undefined {
  const identityApi = useApi(identityApiRef);
  const api = useApi(devzeroApiRef);
  const { pathname } = useLocation();
  const { value } = useAsync(async () => {
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    if (!ownershipEntityRefs.some(isGroup)) return undefined;
    const page = await api
      .listFindings({ owner: ['mine'], status: OPEN_STATUSES, limit: 1 })
      .catch(() => undefined);
    return page?.totalItems;
  }, [identityApi, api, pathname]);
  return value;
}
