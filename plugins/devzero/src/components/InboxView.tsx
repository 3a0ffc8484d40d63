import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { devzeroApiRef } from '../api/DevzeroApi';
import { FindingsTable } from './FindingsTable';

/** The viewer's teams' new findings, oldest first, without snoozed ones. */
export function InboxView() {
  const api = useApi(devzeroApiRef);
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const limit = Math.min(100, Math.max(1, Number(params.get('limit')) || 25));
  const { value, loading, error } = useAsync(
    () => api.getInbox({ offset, limit }),
    [api, offset, limit],
  );
  return (
    <>
      <Typography variant="body2" color="textSecondary" paragraph>
        New findings on what your teams own, oldest first. Accept, decline, mark
        as duplicate, assign or snooze each from its page; snoozed findings come
        back on their date.
      </Typography>
      {error && <ResponseErrorPanel error={error} />}
      {loading && !value && <Progress />}
      {value && value.totalItems === 0 && (
        <Box py={4}>
          <Typography>Inbox zero: nothing waits for triage.</Typography>
        </Box>
      )}
      {value && value.totalItems > 0 && (
        <FindingsTable
          caption="Triage inbox"
          items={value.items}
          totalItems={value.totalItems}
          totalCapped={value.totalCapped}
          offset={offset}
          limit={limit}
          hideOwner={false}
          onPage={(o, l) =>
            setParams(
              new URLSearchParams({ offset: String(o), limit: String(l) }),
              { replace: true },
            )
          }
        />
      )}
    </>
  );
}
