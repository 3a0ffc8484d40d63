import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import {
  BOUNDED_CONTEXT_ANNOTATION,
  ContextSummary,
} from '@internal/plugin-domain-catalog-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Alert } from '@material-ui/lab';
import useAsync from 'react-use/esm/useAsync';
import { domainCatalogApiRef } from '../../api/DomainCatalogApi';
import { ClassificationChip, ContextLink } from '../shared';

function Neighbours(props: { title: string; contexts: ContextSummary[] }) {
  if (!props.contexts.length) return null;
  return (
    <Typography variant="body2">
      {props.title}:{' '}
      {props.contexts.map((c, i) => (
        <span key={c.ref}>
          {i > 0 && ', '}
          <ContextLink context={c} />
        </span>
      ))}
    </Typography>
  );
}

/** On a component, API, resource or system: its bounded context, language and neighbours. */
export function EntityBoundedContextCard() {
  const { entity } = useEntity();
  const api = useApi(domainCatalogApiRef);
  const { value, loading, error } = useAsync(
    () =>
      api.getEntityContext(
        entity.kind,
        entity.metadata.namespace ?? 'default',
        entity.metadata.name,
      ),
    [entity.kind, entity.metadata.namespace, entity.metadata.name],
  );
  return (
    <InfoCard title="Bounded context" variant="gridItem">
      {error && <ResponseErrorPanel error={error} />}
      {loading && <Progress />}
      {value && !value.context && (
        <>
          <Typography variant="body2">
            This {entity.kind.toLocaleLowerCase('en-US')} belongs to no bounded
            context. Name its context in an annotation, on it or on its system:
          </Typography>
          <Box component="pre" m={0} mt={1} p={1} bgcolor="background.default">
            {`metadata:\n  annotations:\n    ${BOUNDED_CONTEXT_ANNOTATION}: <context name>`}
          </Box>
        </>
      )}
      {value?.context && (
        <Box display="flex" flexDirection="column" style={{ gap: 8 }}>
          <Box display="flex" alignItems="center" style={{ gap: 8 }}>
            <Typography variant="h6" component="p">
              <ContextLink context={value.context} />
            </Typography>
            <ClassificationChip classification={value.context.classification} />
          </Box>
          <Typography variant="body2">{value.context.purpose}</Typography>
          <Typography variant="caption" color="textSecondary">
            {value.via === 'system' && value.system ? (
              <>
                Through its system, <EntityRefLink entityRef={value.system} />
              </>
            ) : (
              <>Through its own {BOUNDED_CONTEXT_ANNOTATION} annotation</>
            )}
          </Typography>
          {value.conflicts.length > 0 && (
            <Alert severity="warning">
              Also claimed by{' '}
              {value.conflicts.map(c => c.split('/').pop()).join(', ')}: an
              entity belongs to one context, and this card shows the first.
            </Alert>
          )}
          {value.keyTerms.length > 0 && (
            <Box component="dl" m={0}>
              {value.keyTerms.map(t => (
                <Box key={t.term} mb={0.5}>
                  <Typography component="dt" variant="subtitle2">
                    {t.term}
                  </Typography>
                  <Typography
                    component="dd"
                    variant="body2"
                    style={{ marginLeft: 16 }}
                  >
                    {t.definition}
                  </Typography>
                </Box>
              ))}
            </Box>
          )}
          <Neighbours title="Upstream" contexts={value.upstream} />
          <Neighbours title="Downstream" contexts={value.downstream} />
          <Neighbours title="Partners" contexts={value.partners} />
        </Box>
      )}
    </InfoCard>
  );
}
