import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { skillsSurveyApiRef } from '../../api/SkillsSurveyApi';

/** A campaign's results: response counts while open, every cell once closed. */
export function useCampaignResults(campaignId: string) {
  const api = useApi(skillsSurveyApiRef);
  return useAsync(() => api.getResults(campaignId), [api, campaignId]);
}

/** The gaps list of a closed campaign, with who offers help per technology. */
export function useGaps(campaignId: string) {
  const api = useApi(skillsSurveyApiRef);
  return useAsync(async () => {
    const [gaps, helpers] = await Promise.all([
      api.getGaps(campaignId),
      api.listHelpers(),
    ]);
    return { gaps, helpers };
  }, [api, campaignId]);
}

/** One technology's cells and trend over every closed campaign. */
export function useTechnologyTrend(technologyId: string, campaignId: string) {
  const api = useApi(skillsSurveyApiRef);
  return useAsync(
    () => api.getTechnologyResults(technologyId, campaignId),
    [api, technologyId, campaignId],
  );
}

/** The free text of a closed campaign. */
export function useFreeText(campaignId: string) {
  const api = useApi(skillsSurveyApiRef);
  return useAsyncRetry(() => api.getFreeText(campaignId), [api, campaignId]);
}
