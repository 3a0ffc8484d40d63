import { useApi } from '@backstage/core-plugin-api';
import { Finding } from '@internal/plugin-devzero-common';
import { devzeroApiRef, TriageInput } from '../../api/DevzeroApi';
import { messageOf } from '@internal/plugin-fitsys-react';
import { useSendOnce } from '../shared';

/** Triages a finding (accept, resolve, assign…), once per press, then `onDone`. */
export function useTriage(finding: Pick<Finding, 'id'>, onDone: () => void) {
  const api = useApi(devzeroApiRef);
  const [state, triage] = useSendOnce(
    async (input: TriageInput) => {
      await api.triage(finding.id, input);
      onDone();
    },
    [api, finding.id, onDone],
  );
  return {
    triage,
    busy: state.loading,
    problem: !state.loading && state.error ? messageOf(state.error) : undefined,
  };
}
