import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { domainCatalogApiRef } from '../../api/DomainCatalogApi';
import { contextRouteRef } from '../../routes';
import { ClassificationChip } from '../shared';

function Count(props: { value: number; label: string }) {
  return (
    <Box component="li" style={{ listStyle: 'none' }}>
      <Typography variant="h6" component="span">
        {props.value}
      </Typography>{' '}
      <Typography variant="body2" component="span" color="textSecondary">
        {props.label}
      </Typography>
    </Box>
  );
}

/** On a BoundedContext's entity page: its purpose, classification and counts, with a link to its full page. */
export function EntityBoundedContextOverviewCard() {
  const { entity } = useEntity();
  const api = useApi(domainCatalogApiRef);
  const contextPath = useRouteRef(contextRouteRef);
  const namespace = entity.metadata.namespace ?? 'default';
  const name = entity.metadata.name;
  const { value, loading, error } = useAsync(
    () => api.getContext(namespace, name),
    [namespace, name],
  );
  const c = value?.context;
  return (
    <InfoCard
      title="Bounded context"
      variant="gridItem"
      deepLink={
        c
          ? {
              title: 'Open in the domain catalog',
              link: contextPath({ namespace, name }),
            }
          : undefined
      }
    >
      {error && <ResponseErrorPanel error={error} />}
      {loading && <Progress />}
      {value && c && (
        <Box display="flex" flexDirection="column" style={{ gap: 8 }}>
          <Box display="flex" alignItems="center" style={{ gap: 8 }}>
            <ClassificationChip classification={c.classification} />
            <Typography variant="body2" color="textSecondary">
              in {c.domainTitle ?? c.domain}
            </Typography>
          </Box>
          <Typography>{c.purpose}</Typography>
          <Box
            component="ul"
            display="flex"
            flexWrap="wrap"
            m={0}
            p={0}
            style={{ gap: 24 }}
            aria-label="Counts"
          >
            <Count value={value.edges.length} label="relationships" />
            <Count value={c.terms.length} label="terms" />
            <Count value={value.members.length} label="members" />
            <Count value={value.drift.length} label="drift findings" />
          </Box>
          {!c.canvas && (
            <Typography variant="body2" color="textSecondary">
              No canvas yet: describe it under spec.canvas, and see it on the{' '}
              <Link to={`${contextPath({ namespace, name })}?tab=canvas`}>
                context page
              </Link>
              .
            </Typography>
          )}
        </Box>
      )}
    </InfoCard>
  );
}
