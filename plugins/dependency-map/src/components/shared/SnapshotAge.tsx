import { HeaderLabel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { dependencyMapApiRef } from '../../api/DependencyMapApi';
import { formatAge, formatCount } from './format';

function useSnapshot() {
  const api = useApi(dependencyMapApiRef);
  return useAsync(() => api.getSnapshot(), [api]);
}

/** The age of the catalog snapshot behind the answers, as a header label. */
export function SnapshotHeaderLabel() {
  const { value } = useSnapshot();
  if (!value?.readAt) return null;
  return (
    <HeaderLabel
      label="Catalog read"
      value={`${formatAge(value.ageSeconds ?? 0)} ago, ${formatCount(
        value.entityCount,
      )} entities${value.lastError ? ' (last read failed)' : ''}`}
    />
  );
}

/** The age of the catalog snapshot, as a line of small text. */
export function SnapshotAgeNote() {
  const { value } = useSnapshot();
  if (!value?.readAt) return null;
  return (
    <Typography variant="caption" color="textSecondary">
      From the catalog as read {formatAge(value.ageSeconds ?? 0)} ago
      {value.lastError
        ? `; the last read failed: ${value.lastError.message}`
        : ''}
    </Typography>
  );
}
