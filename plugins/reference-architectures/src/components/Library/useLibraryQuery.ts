import {
  LIFECYCLES,
  Lifecycle,
  QUALITY_ATTRIBUTES,
  QualityAttribute,
} from '@internal/plugin-reference-architectures-common';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { LibraryQuery } from '../../api/ReferenceArchitecturesApi';

/** Cards per page. */
export const PAGE_SIZE = 12;

const bounded = (value: string | null, max: number) =>
  value ? value.slice(0, max) : undefined;

/** The library's search and filters, kept in the URL so that a view can be shared. */
export function useLibraryQuery() {
  const [params, setParams] = useSearchParams();
  const query: LibraryQuery = useMemo(() => {
    const lifecycle = params
      .getAll('lifecycle')
      .filter((l): l is Lifecycle => LIFECYCLES.includes(l as Lifecycle));
    const quality = params.get('quality') as QualityAttribute | null;
    const offset = Number(params.get('offset') ?? 0);
    return {
      q: bounded(params.get('q'), 200),
      lifecycle: lifecycle.length ? lifecycle : undefined,
      quality:
        quality && QUALITY_ATTRIBUTES.includes(quality) ? quality : undefined,
      tag: bounded(params.get('tag'), 253),
      owner: bounded(params.get('owner'), 253),
      offset:
        Number.isInteger(offset) && offset > 0 && offset < 1_000_000
          ? offset
          : 0,
      limit: PAGE_SIZE,
    };
  }, [params]);

  /** Changes filters; any change but paging goes back to the first page. */
  const update = useCallback(
    (changes: Partial<Record<keyof LibraryQuery, string | string[]>>) => {
      setParams(
        previous => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            next.delete(key);
            if (Array.isArray(value)) value.forEach(v => next.append(key, v));
            else if (value) next.set(key, value);
          }
          if (!('offset' in changes)) next.delete('offset');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { query, update };
}
