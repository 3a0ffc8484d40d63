import { useApi } from '@backstage/core-plugin-api';
import { Finding, isOpenStatus } from '@internal/plugin-devzero-common';
import { useEffect, useRef, useState } from 'react';
import { devzeroApiRef, NewFindingInput } from '../../api/DevzeroApi';
import { messageOf } from '@internal/plugin-fitsys-react';
import { useSendOnce } from '../shared';

/** What the dialog says once the finding is in. */
export interface Filed {
  finding: Finding;
  /** Set when something did not go as asked (an image not attached). */
  note?: string;
  /** A "me too" on a similar finding, not a new one. */
  meToo?: boolean;
  /** A recently closed finding brought back for triage (reopened, or by the "me too"). */
  reopened?: boolean;
}

function newKey() {
  const c = globalThis.crypto as Crypto | undefined;
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

type Send =
  | { kind: 'file'; input: NewFindingInput; images: File[] }
  | { kind: 'me-too'; of: Finding; minutesLost: number; note?: string }
  | { kind: 'reopen'; of: Finding; note?: string };

/**
 * Files a finding with its screenshots, or instead adds a "me too" to a
 * similar one or reopens the reporter's own recently closed one: one send
 * at a time, its failure in the backend's words.
 *
 * A retry of a failed attempt keeps its idempotency key, so that it never
 * files twice; once `draft` changes it is another finding, under a key of
 * its own (the backend refuses one key for two different findings).
 */
export function useFileFinding(
  draft: unknown,
  onFiled?: (finding: Finding) => void,
) {
  const api = useApi(devzeroApiRef);
  const [key, setKey] = useState(newKey);
  const failedUnchanged = useRef(false);
  useEffect(() => {
    if (!failedUnchanged.current) return;
    failedUnchanged.current = false;
    setKey(newKey());
  }, [draft]);

  const [state, send] = useSendOnce(
    async (what: Send): Promise<Filed> => {
      if (what.kind === 'me-too') {
        const finding = await api.meToo(what.of.id, {
          minutesLost: what.minutesLost,
          note: what.note,
        });
        return {
          finding,
          meToo: true,
          reopened:
            !isOpenStatus(what.of.status) && isOpenStatus(finding.status),
        };
      }
      if (what.kind === 'reopen') {
        const finding = await api.triage(what.of.id, {
          action: 'reopen',
          note: what.note,
        });
        return { finding, reopened: true };
      }
      let finding: Finding;
      try {
        finding = await api.fileFinding(what.input, key);
      } catch (e) {
        failedUnchanged.current = true;
        throw e;
      }
      const failed: string[] = [];
      for (const image of what.images) {
        try {
          await api.uploadAttachment(finding.id, image);
        } catch (e) {
          failed.push(`${image.name}: ${messageOf(e)}`);
        }
      }
      onFiled?.(finding);
      return {
        finding,
        note: failed.length
          ? `The finding was filed, but these images were not attached: ${failed.join(
              '; ',
            )}`
          : undefined,
      };
    },
    [api, key, onFiled],
  );

  return {
    filed: state.value,
    busy: state.loading,
    // A new attempt clears the last one's failure.
    failure: !state.loading && state.error ? messageOf(state.error) : undefined,
    file: (input: NewFindingInput, images: File[]) =>
      send({ kind: 'file', input, images }),
    meToo: (of: Finding, minutesLost: number, note?: string) =>
      send({ kind: 'me-too', of, minutesLost, note }),
    reopen: (of: Finding, note?: string) => send({ kind: 'reopen', of, note }),
  };
}
