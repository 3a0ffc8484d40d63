import { useApi } from '@backstage/core-plugin-api';
import { Finding } from '@internal/plugin-devzero-common';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { devzeroApiRef } from '../../api/DevzeroApi';

const NONE: Finding[] = [];

/**
 * Open findings on the entity whose titles resemble the one being typed,
 * asked for once typing pauses. None for a title under four characters, and
 * none when the backend cannot say: a suggestion is never in the way.
 */
export function useSimilarFindings(
  entityRef: string | undefined,
  title: string,
): Finding[] {
  const api = useApi(devzeroApiRef);
  const asked = entityRef && title.trim().length >= 4 ? title.trim() : '';
  const [search, setSearch] = useState({ entityRef, title: asked });
  useDebounce(() => setSearch({ entityRef, title: asked }), 300, [
    entityRef,
    asked,
  ]);
  const { value } = useAsync(async () => {
    if (!search.entityRef || !search.title) return NONE;
    return api.findSimilar(search.entityRef, search.title);
  }, [api, search.entityRef, search.title]);
  return asked ? value ?? NONE : NONE;
}
