import { useApi, alertApiRef } from '@backstage/core-plugin-api';
import { messageOf } from '@internal/plugin-fitsys-react';
import Button from '@material-ui/core/Button';
import GetAppIcon from '@material-ui/icons/GetApp';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { ExportedFile } from '../../api/DependencyMapApi';
import { saveFile } from './download';

/** A button that asks the backend for a file and saves it; a failure is posted as an alert. */
export function ExportButton(props: {
  label: string;
  load: () => Promise<ExportedFile>;
}) {
  const alertApi = useApi(alertApiRef);
  const [state, run] = useAsyncFn(async () => {
    try {
      const file = await props.load();
      saveFile(file);
      if (file.truncated) {
        alertApi.post({
          message: `${file.fileName} was cut at the node limit; lower the depth or raise the limit`,
          severity: 'info',
          display: 'transient',
        });
      }
    } catch (e) {
      alertApi.post({
        message: `Export failed: ${messageOf(e)}`,
        severity: 'error',
      });
    }
  }, [props.load, alertApi]);
  return (
    <Button
      variant="outlined"
      size="small"
      startIcon={<GetAppIcon />}
      onClick={run}
      disabled={state.loading}
    >
      {props.label}
    </Button>
  );
}
