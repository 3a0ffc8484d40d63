import { useApi } from '@backstage/core-plugin-api';
import { devzeroApiRef } from '../../api/DevzeroApi';
import { messageOf } from '@internal/plugin-fitsys-react';
import { useSendOnce } from '../shared';

/** Posts a comment on a finding, once however often it is asked, then `onPosted`. */
export function useComment(findingId: string, onPosted: () => void) {
  const api = useApi(devzeroApiRef);
  const [state, post] = useSendOnce(
    async (body: string) => {
      await api.comment(findingId, body);
      onPosted();
    },
    [api, findingId, onPosted],
  );
  return {
    post,
    posting: state.loading,
    problem: !state.loading && state.error ? messageOf(state.error) : undefined,
  };
}
