import { EmptyState, Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { CONTRACT_DOCS_URL, DOCS_URL } from './format';

/** What to do when the map has nothing to show: declare dependencies and annotations. */
export function NoAnnotations(props: { title: string }) {
  return (
    <EmptyState
      missing="data"
      title={props.title}
      description={
        <>
          <Typography variant="body1" paragraph>
            The map is built from what the catalog declares: relations
            (spec.dependsOn, consumesApis, providesApis, system) and the
            fitsys.dev/ annotations for what entities share, for example:
          </Typography>
          <pre style={{ margin: 0 }}>
            {`metadata:
  annotations:
    fitsys.dev/zone: eu-west-1a
    fitsys.dev/base-image: registry.example/base/jvm:21.0.4
    fitsys.dev/tier: "1"
    fitsys.dev/availability-target: "99.95"`}
          </pre>
          <Typography variant="body1">
            See <Link to={CONTRACT_DOCS_URL}>the catalog contract</Link> and{' '}
            <Link to={DOCS_URL}>the dependency map docs</Link>.
          </Typography>
        </>
      }
    />
  );
}
