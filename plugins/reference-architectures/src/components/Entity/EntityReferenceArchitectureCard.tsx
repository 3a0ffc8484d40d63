import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { statusOf } from '@internal/plugin-fitsys-react';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { referenceArchitecturesApiRef } from '../../api/ReferenceArchitecturesApi';
import { architectureRouteRef } from '../../routes';
import { AdopterTrend } from './AdopterTrend';
import { ConformanceDetails } from './ConformanceDetails';

/**
 * On a system's or component's page: the reference architecture it follows,
 * how well, and what to fix.
 */
export function EntityReferenceArchitectureCard() {
  const { entity } = useEntity();
  const api = useApi(referenceArchitecturesApiRef);
  const detailPath = useRouteRef(architectureRouteRef);
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => api.getConformance(entityRef),
    [api, entityRef],
  );

  let body;
  if (loading) body = <Progress />;
  else if (error && statusOf(error) === 404)
    body = (
      <Typography variant="body2" color="textSecondary">
        This {entity.kind.toLocaleLowerCase('en-US')} follows no reference
        architecture that you can see.
      </Typography>
    );
  else if (error) body = <ResponseErrorPanel error={error} />;
  else if (value)
    body = (
      <>
        <ConformanceDetails conformance={value} />
        {value.adopter.conformance && <AdopterTrend entityRef={entityRef} />}
      </>
    );

  return (
    <InfoCard
      title="Reference architecture"
      deepLink={
        value
          ? {
              title: 'Read the reference architecture',
              link: `${detailPath({ name: value.adopter.series })}${
                value.adopter.version && !value.adopter.problem
                  ? `?version=${encodeURIComponent(value.adopter.version)}`
                  : ''
              }`,
            }
          : undefined
      }
    >
      {body}
      {value && !value.architecture && (
        <Typography variant="body2">
          <Link to={detailPath({ name: value.adopter.series })}>
            {value.adopter.series}
          </Link>
        </Typography>
      )}
    </InfoCard>
  );
}
