import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { HeatmapQuery } from '@internal/plugin-skills-survey-common';
import { skillsSurveyApiRef } from '../../api/SkillsSurveyApi';

/**
 * A campaign's results: response counts while open, each technology's
 * organisation-wide cell once closed (the per-team cells come a page at a
 * time, see useHeatmap).
 */
export function useCampaignResults(campaignId: string) {
  const api = useApi(skillsSurveyApiRef);
  return useAsync(
    () => api.getResults(campaignId, { cells: 'organisation' }),
    [api, campaignId],
  );
}

/** A page of the heatmap. */
export function useHeatmap(campaignId: string, query: HeatmapQuery) {
  const api = useApi(skillsSurveyApiRef);
  const { level, parent, offset, limit } = query;
  return useAsync(
    () => api.getHeatmap(campaignId, { level, parent, offset, limit }),
    [api, campaignId, level, parent, offset, limit],
  );
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
