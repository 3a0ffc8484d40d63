import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { DRIFT_KINDS, DriftKind } from '@internal/plugin-domain-catalog-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { domainCatalogApiRef } from '../../api/DomainCatalogApi';
import { DRIFT_TITLES, DriftList } from './DriftList';

/** The whole map's drift, with a filter by kind kept in the URL. */
export function DriftPage() {
  const api = useApi(domainCatalogApiRef);
  const [params, setParams] = useSearchParams();
  const kind = DRIFT_KINDS.find(k => k === params.get('kind')) as
    | DriftKind
    | undefined;
  const all = useAsync(() => api.getDrift(), []);
  if (all.error) return <ResponseErrorPanel error={all.error} />;
  if (all.loading || !all.value) return <Progress />;
  const findings = kind
    ? all.value.findings.filter(f => f.kind === kind)
    : all.value.findings;
  const total = all.value.totalItems ?? all.value.findings.length;
  return (
    <InfoCard
      title="Where the declared map and the catalog disagree"
      subheader={`${total} finding${
        total === 1 ? '' : 's'
      }, from the catalog as of ${new Date(
        all.value.generatedAt,
      ).toLocaleString()}`}
    >
      <Box
        display="flex"
        flexWrap="wrap"
        style={{ gap: 8 }}
        mb={2}
        role="group"
        aria-label="Filter by kind"
      >
        <Chip
          label={`All (${total})`}
          color={kind ? 'default' : 'primary'}
          clickable
          onClick={() => setParams({})}
        />
        {DRIFT_KINDS.map(k => (
          <Chip
            key={k}
            label={`${DRIFT_TITLES[k]} (${all.value!.counts[k]})`}
            color={kind === k ? 'primary' : 'default'}
            clickable
            disabled={all.value!.counts[k] === 0}
            onClick={() => setParams({ kind: k })}
          />
        ))}
      </Box>
      <DriftList findings={findings} />
    </InfoCard>
  );
}
