import { useApi } from '@backstage/core-plugin-api';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { devzeroApiRef } from '../../api/DevzeroApi';

/**
 * The open findings of a finding's team it may duplicate, ranked by how
 * alike their titles are to its own, narrowed by the words typed once
 * typing pauses.
 */
export function useDuplicateCandidates(findingId: string, words: string) {
  const api = useApi(devzeroApiRef);
  const [q, setQ] = useState(words.trim());
  useDebounce(() => setQ(words.trim()), 250, [words]);
  const state = useAsync(
    () => api.findDuplicateCandidates(findingId, { q: q || undefined }),
    [api, findingId, q],
  );
  return { ...state, settled: q === words.trim() && !state.loading };
}
