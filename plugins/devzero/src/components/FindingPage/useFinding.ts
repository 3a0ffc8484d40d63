import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { devzeroApiRef } from '../../api/DevzeroApi';

/** The signed-in user's entity ref, once known. */
export function useViewerRef(): string | undefined {
  const identityApi = useApi(identityApiRef);
  const { value } = useAsync(
    async () => (await identityApi.getBackstageIdentity()).userEntityRef,
    [identityApi],
  );
  return value;
}

/**
 * One finding with its history, comments, "me too"s, images and what the
 * viewer may do; `retry` loads it again after a change.
 */
export function useFinding(id: string) {
  const api = useApi(devzeroApiRef);
  return useAsyncRetry(() => api.getFinding(id), [api, id]);
}
