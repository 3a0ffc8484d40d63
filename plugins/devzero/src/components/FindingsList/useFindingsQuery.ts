import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { FindingListQuery } from '../../api/DevzeroApi';
import { queryFromParams } from './queryFromParams';

/** A change to the URL's filters: a value, several, or none to drop it. */
export type FilterChanges = Record<string, string | string[] | undefined>;

/**
 * The findings list's filters, sorting and paging, kept in the URL so that a
 * view can be shared; `fixed` filters on top. A change of filter goes back
 * to the first page.
 */
export function useFindingsQuery(fixed?: FindingListQuery) {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => queryFromParams(params, fixed), [params, fixed]);
  const update = (changes: FilterChanges) => {
    const next = new URLSearchParams(params);
    for (const [name, v] of Object.entries(changes)) {
      next.delete(name);
      for (const item of Array.isArray(v) ? v : [v]) {
        if (item) next.append(name, item);
      }
    }
    if (!('offset' in changes)) next.delete('offset');
    setParams(next, { replace: true });
  };
  return { params, query, update };
}
