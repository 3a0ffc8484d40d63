import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { devzeroApiRef } from '../../api/DevzeroApi';

/** The signed-in user and what they own through (their teams), once known. */
export function useViewer():
  | { userEntityRef: string; ownershipEntityRefs: string[] }
  | undefined {
  const identityApi = useApi(identityApiRef);
  const { value } = useAsync(async () => {
    const identity = await identityApi.getBackstageIdentity();
    return {
      userEntityRef: identity.userEntityRef,
      ownershipEntityRefs: identity.ownershipEntityRefs,
    };
  }, [identityApi]);
  return value;
}

/** The signed-in user's entity ref, once known. */
export function useViewerRef(): string | undefined {
  return useViewer()?.userEntityRef;
}

/**
 * One finding with its history, comments, "me too"s, images and what the
 * viewer may do; `retry` loads it again after a change.
 */
export function useFinding(id: string) {
  const api = useApi(devzeroApiRef);
  return useAsyncRetry(() => api.getFinding(id), [api, id]);
}
