import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { skillsSurveyApiRef } from '../../api/SkillsSurveyApi';

/** Every campaign the viewer may see, the newest first. */
export function useCampaigns() {
  const api = useApi(skillsSurveyApiRef);
  return useAsyncRetry(() => api.listCampaigns(), [api]);
}
