import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { HelpOffer, skillsSurveyApiRef } from '../../api/SkillsSurveyApi';

/** The helpers directory, the technologies, and who the viewer is. */
export function useHelpers() {
  const api = useApi(skillsSurveyApiRef);
  const identityApi = useApi(identityApiRef);
  const load = useAsyncRetry(async () => {
    const [technologies, helpers, identity] = await Promise.all([
      api.listTechnologies(),
      api.listHelpers(),
      identityApi.getBackstageIdentity(),
    ]);
    return { technologies, helpers, me: identity.userEntityRef };
  }, [api, identityApi]);
  const [saved, save] = useAsyncFn(
    async (offers: HelpOffer[]) => {
      const mine = await api.setMyHelp(offers);
      load.retry();
      return mine;
    },
    [api, load.retry],
  );
  return { ...load, saved, save };
}
