import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { devzeroApiRef, FindingListQuery } from '../../api/DevzeroApi';
import { messageOf } from '@internal/plugin-fitsys-react';

/** Downloads the whole view as CSV or JSON; a failure is posted as an alert. */
export function useExportFindings(query: FindingListQuery) {
  const api = useApi(devzeroApiRef);
  const alertApi = useApi(alertApiRef);
  const [state, download] = useAsyncFn(
    async (format: 'csv' | 'json') => {
      try {
        const blob = await api.exportFindings(query, format);
        const url = URL.createObjectURL(blob);
        const a = document.createElement('a');
        a.href = url;
        a.download = `findings.${format}`;
        a.click();
        URL.revokeObjectURL(url);
      } catch (e) {
        alertApi.post({
          message: `Could not export: ${messageOf(e)}`,
          severity: 'error',
        });
      }
    },
    [api, alertApi, query],
  );
  return { download, exporting: state.loading };
}
