import { useApi } from '@backstage/core-plugin-api';
import { useSearchParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { devzeroApiRef } from '../../api/DevzeroApi';

/** Which team's inbox, and which page of it, as the URL says. */
export function useInboxParams() {
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const limit = Math.min(100, Math.max(1, Number(params.get('limit')) || 25));
  const team = params.get('team') ?? '';
  const show = (next: { team?: string; offset?: number; limit?: number }) => {
    const query = new URLSearchParams();
    const nextTeam = next.team ?? team;
    if (nextTeam) query.set('team', nextTeam);
    query.set('offset', String(next.offset ?? offset));
    query.set('limit', String(next.limit ?? limit));
    setParams(query, { replace: true });
  };
  return { team, offset, limit, show };
}

/**
 * A page of the inbox: one team's new findings, or every team of the
 * viewer's when `team` is empty. While another page loads, the last one
 * stays in `value`; `retry` loads the page again (after a triage).
 */
export function useInbox(
  team: string,
  page: { offset: number; limit: number },
) {
  const api = useApi(devzeroApiRef);
  const { offset, limit } = page;
  return useAsyncRetry(
    () => api.getInbox({ owner: team ? [team] : undefined, offset, limit }),
    [api, team, offset, limit],
  );
}
