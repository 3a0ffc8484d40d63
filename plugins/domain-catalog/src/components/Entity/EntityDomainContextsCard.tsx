import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { domainCatalogApiRef } from '../../api/DomainCatalogApi';
import { ClassificationChip, ContextLink } from '../shared';

/** On a Domain: its classification, sub-domains and the bounded contexts in it. */
export function EntityDomainContextsCard() {
  const { entity } = useEntity();
  const api = useApi(domainCatalogApiRef);
  const { value, loading, error } = useAsync(
    () =>
      api.getDomainContexts(
        entity.metadata.namespace ?? 'default',
        entity.metadata.name,
      ),
    [entity.metadata.namespace, entity.metadata.name],
  );
  return (
    <InfoCard title="Sub-domains and bounded contexts" variant="gridItem">
      {error && <ResponseErrorPanel error={error} />}
      {loading && <Progress />}
      {value && (
        <>
          <ClassificationChip classification={value.domain.classification} />
          {value.subdomains.length > 0 && (
            <Typography variant="body2" style={{ marginTop: 8 }}>
              Sub-domains:{' '}
              {value.subdomains.map((d, i) => (
                <span key={d.ref}>
                  {i > 0 && ', '}
                  <EntityRefLink entityRef={d.ref} />
                </span>
              ))}
            </Typography>
          )}
          {value.contexts.length === 0 ? (
            <Typography variant="body2" style={{ marginTop: 8 }}>
              No bounded context names this domain yet.
            </Typography>
          ) : (
            <List dense>
              {value.contexts.map(c => (
                <ListItem key={c.ref} disableGutters>
                  <ListItemText
                    primary={<ContextLink context={c} />}
                    secondary={c.purpose}
                  />
                </ListItem>
              ))}
            </List>
          )}
        </>
      )}
    </InfoCard>
  );
}
