import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { DRIFT_KINDS, DriftKind } from '@internal/plugin-domain-catalog-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { domainCatalogApiRef } from '../../api/DomainCatalogApi';
import { DRIFT_TITLES, DriftList } from './DriftList';

/** The whole map's drift grouped by kind, with a filter by kind kept in the URL. */
export function DriftPage() {
  const api = useApi(domainCatalogApiRef);
  const [params, setParams] = useSearchParams();
  const kind = DRIFT_KINDS.find(k => k === params.get('kind')) as
    | DriftKind
    | undefined;
  const all = useAsync(() => api.getDrift(), []);
  if (all.error) return <ResponseErrorPanel error={all.error} />;
  if (all.loading || !all.value) return <Progress />;
  const total = all.value.totalItems ?? all.value.findings.length;
  if (total === 0) {
    return (
      <EmptyState
        missing="data"
        title="No drift"
        description="The declared context map and the catalog agree: every relationship between contexts is declared under spec.relationships, and every declared one is backed by an API the downstream consumes."
      />
    );
  }
  const groups = (kind ? [kind] : DRIFT_KINDS)
    .map(k => ({
      kind: k,
      findings: all.value!.findings.filter(f => f.kind === k),
    }))
    .filter(g => g.findings.length > 0);
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
      {groups.map(g => (
        <Box
          key={g.kind}
          component="section"
          mb={2}
          aria-labelledby={`drift-${g.kind}`}
        >
          <Typography variant="h6" component="h3" id={`drift-${g.kind}`}>
            {DRIFT_TITLES[g.kind]} ({all.value!.counts[g.kind]})
          </Typography>
          <DriftList findings={g.findings} />
        </Box>
      ))}
    </InfoCard>
  );
}
