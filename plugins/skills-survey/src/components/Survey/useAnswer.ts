import { useApi } from '@backstage/core-plugin-api';
import { statusOf } from '@internal/plugin-fitsys-react';
import {
  Campaign,
  OwnAnswer,
  Rating,
} from '@internal/plugin-skills-survey-common';
import { useCallback, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { skillsSurveyApiRef } from '../../api/SkillsSurveyApi';
import {
  forgetReceipt,
  keepReceipt,
  makeReceipt,
  readReceipt,
} from '../../api/receipts';

/**
 * Where the person stands with a campaign: not answered yet, answered from
 * this browser (which keeps the receipt), or answered without the receipt
 * here, which leaves the answer as it is.
 */
export type AnswerState =
  | { mode: 'new' }
  | { mode: 'change'; own: OwnAnswer }
  | { mode: 'lost'; answeredOn: string | null };

/** What the person sends. */
export interface AnswerDraft {
  ratings: Rating[];
  helpText: string;
}

/** The person's own answer to an open campaign, and sending it. */
export function useAnswer(campaign: Campaign) {
  const api = useApi(skillsSurveyApiRef);
  const id = campaign.id;
  const [state, setState] = useState<AnswerState>();

  const load = useAsyncRetry(async () => {
    const participation = await api.getParticipation(id);
    const receipt = readReceipt(id);
    let next: AnswerState;
    if (receipt) {
      try {
        next = { mode: 'change', own: await api.lookupAnswer(id, receipt) };
      } catch (e) {
        if (statusOf(e) !== 409) throw e;
        // A receipt the server does not know: either a first answer that
        // never arrived (keep it, for the retry) or someone else's.
        if (participation.answered) forgetReceipt(id);
        next = participation.answered
          ? { mode: 'lost', answeredOn: participation.answeredOn }
          : { mode: 'new' };
      }
    } else {
      next = participation.answered
        ? { mode: 'lost', answeredOn: participation.answeredOn }
        : { mode: 'new' };
    }
    setState(next);
    return next;
  }, [api, id]);

  const [sent, send] = useAsyncFn(
    async (draft: AnswerDraft) => {
      const body = {
        ratings: draft.ratings,
        ...(draft.helpText.trim() && { helpText: draft.helpText.trim() }),
      };
      if (state?.mode === 'change') {
        const receipt = readReceipt(id);
        if (receipt) {
          try {
            await api.changeAnswer(id, { ...body, receipt });
            setState({
              mode: 'change',
              own: { campaignId: id, ...body, helpText: body.helpText ?? null },
            });
            return 'changed' as const;
          } catch (e) {
            return refused(e);
          }
        }
        return refused(undefined);
      }
      // Kept before sending: a retry after a lost response reuses it, and the
      // backend answers it as the same answer.
      const receipt = readReceipt(id) ?? makeReceipt();
      keepReceipt(id, receipt);
      try {
        await api.submitAnswer(id, { ...body, receipt });
      } catch (e) {
        return refused(e);
      }
      setState({
        mode: 'change',
        own: { campaignId: id, ...body, helpText: body.helpText ?? null },
      });
      return 'created' as const;

      // A 409 while the campaign is open and the person has answered means
      // the receipt here is not theirs (or is gone): say so, plainly. Any
      // other refusal (closed meanwhile, bad input) shows its message.
      async function refused(error: unknown) {
        if (error !== undefined && statusOf(error) !== 409) throw error;
        const [now, participation] = await Promise.all([
          api.getCampaign(id),
          api.getParticipation(id),
        ]);
        if (now.status !== 'open' || !participation.answered)
          throw error ?? new Error(`${now.name} no longer takes answers`);
        forgetReceipt(id);
        setState({ mode: 'lost', answeredOn: participation.answeredOn });
        return 'lost' as const;
      }
    },
    [api, id, state],
  );

  const retry = useCallback(() => load.retry(), [load]);
  return {
    state,
    loading: load.loading && !state,
    error: load.error,
    retry,
    sending: sent.loading,
    sendError: sent.error,
    outcome: sent.value,
    send,
  };
}
