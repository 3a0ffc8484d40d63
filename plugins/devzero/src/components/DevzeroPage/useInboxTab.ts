import { parseEntityRef } from '@backstage/catalog-model';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
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
 * Whether the page offers the team inbox, and how many findings wait in it.
 * People in no team triage nothing: they get no (always empty) inbox tab,
 * unless the address asks for it (an admin following a link to a team's).
 */
export function useInboxTab(): { show: boolean; count?: number } {
  const identityApi = useApi(identityApiRef);
  const api = useApi(devzeroApiRef);
  const { pathname } = useLocation();
  const { value } = useAsync(async () => {
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    if (!ownershipEntityRefs.some(isGroup)) return { show: false };
    const inbox = await api.getInbox({ limit: 1 }).catch(() => undefined);
    return { show: true, count: inbox?.totalItems };
  }, [identityApi, api]);
  const asked = /\/inbox\/?$/.test(pathname);
  if (!value) return { show: true };
  return { ...value, show: value.show || asked };
}
