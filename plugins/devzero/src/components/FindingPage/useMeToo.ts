import { useApi } from '@backstage/core-plugin-api';
import { devzeroApiRef } from '../../api/DevzeroApi';
import { messageOf } from '@internal/plugin-fitsys-react';
import { useSendOnce } from '../shared';

/** Adds the viewer's "me too" and minutes lost (as typed) to a finding, then `onDone`. */
export function useMeToo(findingId: string, onDone: () => void) {
  const api = useApi(devzeroApiRef);
  const [state, send] = useSendOnce(
    async (minutesTyped: string) => {
      const minutesLost = Number(minutesTyped);
      if (!Number.isInteger(minutesLost) || minutesLost < 0)
        throw new Error('Minutes lost is a whole number, 0 or more');
      await api.meToo(findingId, { minutesLost });
      onDone();
    },
    [api, findingId, onDone],
  );
  return {
    send,
    sending: state.loading,
    problem: !state.loading && state.error ? messageOf(state.error) : undefined,
  };
}
