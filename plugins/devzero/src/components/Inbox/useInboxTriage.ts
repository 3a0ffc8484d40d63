import { useApi } from '@backstage/core-plugin-api';
import { Finding } from '@internal/plugin-devzero-common';
import { messageOf } from '@internal/plugin-fitsys-react';
import { useCallback, useRef, useState } from 'react';
import { devzeroApiRef, TriageInput } from '../../api/DevzeroApi';

/** What one triage of several findings did, finding by finding. */
export interface TriageOutcome {
  input: TriageInput;
  done: Finding[];
  failed: Array<{ finding: Finding; message: string }>;
}

/**
 * Triages findings one after another, as the finding page would one at a
 * time, so that each keeps its own answer: one that fails (changed
 * meanwhile, not the viewer's to triage) is reported and the rest still go.
 * One run at a time; `onSettled` follows each (to reload the inbox).
 */
export function useInboxTriage(onSettled: () => void) {
  const api = useApi(devzeroApiRef);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<TriageOutcome>();
  const running = useRef(false);
  const run = useCallback(
    async (findings: Finding[], input: TriageInput) => {
      if (running.current || findings.length === 0) return undefined;
      running.current = true;
      setBusy(true);
      const result: TriageOutcome = { input, done: [], failed: [] };
      for (const finding of findings) {
        try {
          await api.triage(finding.id, input);
          result.done.push(finding);
        } catch (e) {
          result.failed.push({ finding, message: messageOf(e) });
        }
      }
      setOutcome(result);
      running.current = false;
      setBusy(false);
      onSettled();
      return result;
    },
    [api, onSettled],
  );
  return { run, busy, outcome, dismiss: () => setOutcome(undefined) };
}
