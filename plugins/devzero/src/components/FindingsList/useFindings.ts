import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { devzeroApiRef, FindingListQuery } from '../../api/DevzeroApi';

/**
 * A page of findings matching the query. While another page loads, the last
 * one stays in `value`.
 */
export function useFindings(query: FindingListQuery) {
  const api = useApi(devzeroApiRef);
  // The query is rebuilt on every change of the URL; its content decides.
  const key = JSON.stringify(query);
  return useAsync(() => api.listFindings(query), [api, key]);
}
