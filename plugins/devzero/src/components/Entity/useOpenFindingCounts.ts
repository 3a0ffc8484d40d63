import { useApi } from '@backstage/core-plugin-api';
import { OPEN_STATUSES, SEVERITIES } from '@internal/plugin-devzero-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { devzeroApiRef } from '../../api/DevzeroApi';

/**
 * How many open findings the entity has at each severity, mildest first;
 * `retry` counts again (after a finding is filed).
 */
export function useOpenFindingCounts(entityRef: string) {
  const api = useApi(devzeroApiRef);
  return useAsyncRetry(
    async () =>
      Promise.all(
        SEVERITIES.map(async severity => ({
          severity,
          count: (
            await api.listFindings({
              entity: [entityRef],
              status: OPEN_STATUSES,
              severity: [severity],
              limit: 1,
            })
          ).totalItems,
        })),
      ),
    [api, entityRef],
  );
}
