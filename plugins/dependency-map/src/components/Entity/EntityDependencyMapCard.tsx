import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { messageOf, statusOf } from '@internal/plugin-fitsys-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Alert } from '@material-ui/lab';
import { AvailabilityLine } from '../shared/AvailabilityLine';
import { CONTRACT_DOCS_URL, plural } from '../shared/format';
import { useNodeLinks } from '../shared/NodeLink';
import { SnapshotAgeNote } from '../shared/SnapshotAge';
import {
  EntityDependencyFacts,
  useEntityDependencyFacts,
} from './useEntityDependencyFacts';

/** Hot spots named on the card; the rest are counted. */
const HOT_SPOTS_NAMED = 3;

function Facts(props: { facts: EntityDependencyFacts; entityRef: string }) {
  const { blastRadius: radius, availability, hotSpots, problems } = props.facts;
  const links = useNodeLinks();
  return (
    <>
      <Typography variant="subtitle2" component="h3">
        Shared dependencies
      </Typography>
      <Typography variant="body2" paragraph>
        {hotSpots.length
          ? `Needs ${plural(hotSpots.length, 'hot spot')}: `
          : 'Needs none of the fleet’s hot spots.'}
        {hotSpots.slice(0, HOT_SPOTS_NAMED).map((h, i) => (
          <span key={h.node.id}>
            {i > 0 ? ', ' : ''}
            <Link to={links.blastRadius(h.node.id)} underline="always">
              {h.node.label}
            </Link>{' '}
            ({h.transitiveDependents} fail with it)
          </span>
        ))}
        {hotSpots.length > HOT_SPOTS_NAMED
          ? ` and ${hotSpots.length - HOT_SPOTS_NAMED} more`
          : ''}
      </Typography>
      <Typography variant="subtitle2" component="h3">
        Blast radius
      </Typography>
      <Typography variant="body2" paragraph>
        If it fails, {plural(radius.impacted, 'entity', 'entities')} across{' '}
        {plural(radius.teams.length, 'team')} and{' '}
        {plural(radius.domains.length, 'domain')} fail with it
        {radius.tier1 ? ` (${radius.tier1} of tier 1)` : ''}.{' '}
        <Link to={links.blastRadius(props.entityRef)} underline="always">
          See what fails
        </Link>
      </Typography>
      <Typography variant="subtitle2" component="h3">
        Availability
      </Typography>
      <Box mb={2}>
        <AvailabilityLine availability={availability} />
      </Box>
      {problems.length ? (
        <Box mb={2}>
          <Alert severity="warning">
            <Typography variant="body2" component="p">
              {plural(problems.length, 'annotation problem')}:
            </Typography>
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          </Alert>
        </Box>
      ) : null}
      <SnapshotAgeNote />
    </>
  );
}

/** Entity card: hot spots it needs, its blast radius, honest availability, annotation problems. */
export function EntityDependencyMapCard() {
  const { entity } = useEntity();
  const ref = stringifyEntityRef(entity);
  const links = useNodeLinks();
  const { value, loading, error } = useEntityDependencyFacts(ref);
  let body;
  if (loading) body = <Progress />;
  else if (error && statusOf(error) === 404) {
    body = (
      <Typography variant="body2">
        This entity is not in the dependency map. Components, APIs, resources
        and systems are; declare its dependencies and the{' '}
        <Link to={CONTRACT_DOCS_URL} underline="always">
          fitsys.dev/ annotations
        </Link>{' '}
        (zone, tier, availability target…) to see its shared dependencies here.
      </Typography>
    );
  } else if (error) {
    body = <Alert severity="error">{messageOf(error)}</Alert>;
  } else if (value) body = <Facts facts={value} entityRef={ref} />;
  return (
    <InfoCard
      title="Dependency map"
      subheader="Shared dependencies and what fails with this"
      deepLink={{ title: 'Open its graph', link: links.graph(ref) }}
    >
      {body}
    </InfoCard>
  );
}
