import { Progress, Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  Journey,
  SinglePointOfFailure,
} from '@internal/plugin-dependency-map-common';
import { LoadErrorPanel, messageOf } from '@internal/plugin-fitsys-react';
import Box from '@material-ui/core/Box';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Typography from '@material-ui/core/Typography';
import { Alert } from '@material-ui/lab';
import useAsync from 'react-use/esm/useAsync';
import { dependencyMapApiRef } from '../../api/DependencyMapApi';
import { AvailabilityLine } from '../shared/AvailabilityLine';
import { formatCount, plural, shortRef } from '../shared/format';
import { NoAnnotations } from '../shared/NoAnnotations';
import { NodeActions, NodeName } from '../shared/NodeLink';

const spofColumns: TableColumn<SinglePointOfFailure>[] = [
  { title: 'Single point of failure', render: s => <NodeName node={s.node} /> },
  {
    title: 'Dependencies reached only through it',
    field: 'dominated',
    type: 'numeric',
  },
  {
    title: 'Cuts the whole journey',
    render: s => (s.cutsWholeJourney ? 'yes' : 'no'),
  },
  // Links, not a value: a sort button here would have nothing to name it.
  { title: '', sorting: false, render: s => <NodeActions node={s.node} /> },
];

function JourneyAvailability(props: { name: string }) {
  const api = useApi(dependencyMapApiRef);
  const { value, loading, error } = useAsync(
    () => api.getJourneyAvailability(props.name),
    [api, props.name],
  );
  if (loading) return <Progress />;
  if (error) {
    return (
      <Typography variant="body2" color="error">
        Availability could not be computed: {messageOf(error)}
      </Typography>
    );
  }
  return value ? <AvailabilityLine availability={value} /> : null;
}

function JourneyCard(props: { journey: Journey }) {
  const { journey } = props;
  return (
    <Card
      variant="outlined"
      component="article"
      aria-label={journey.title ?? journey.name}
    >
      <CardContent>
        <Typography variant="h6" component="h3">
          {journey.title ?? journey.name}
        </Typography>
        <Typography variant="body2" color="textSecondary" paragraph>
          Starts at {journey.entries.map(shortRef).join(', ') || 'nothing'};
          needs {plural(journey.dependencies, 'entity', 'entities')}.
        </Typography>
        {journey.missingEntries > 0 ? (
          <Box mb={1}>
            <Alert severity="warning">
              {plural(journey.missingEntries, 'entry', 'entries')} of this
              journey do not exist or are hidden from you; the numbers leave
              them out.
            </Alert>
          </Box>
        ) : null}
        <JourneyAvailability name={journey.name} />
        <Box mt={2}>
          {journey.singlePointsOfFailure.length ? (
            <Table<SinglePointOfFailure>
              title={`${formatCount(
                journey.singlePointsOfFailure.length,
              )} single points of failure`}
              columns={spofColumns}
              data={journey.singlePointsOfFailure}
              options={{
                // Column dragging nests a focusable handle in each sortable header.
                draggable: false,
                paging: journey.singlePointsOfFailure.length > 10,
                pageSize: 10,
                search: false,
                padding: 'dense',
                toolbar: true,
              }}
            />
          ) : (
            <Typography variant="body2">
              No single point of failure: every dependency is reached by more
              than one path.
            </Typography>
          )}
        </Box>
      </CardContent>
    </Card>
  );
}

/** Each customer journey: its honest availability and its single points of failure. */
export function JourneysView() {
  const api = useApi(dependencyMapApiRef);
  const { value, loading, error } = useAsync(() => api.getJourneys(), [api]);
  if (error) {
    return (
      <LoadErrorPanel
        error={error}
        what="The journeys"
        back={{ label: 'Hot spots', to: '..' }}
      />
    );
  }
  if (loading || !value) return <Progress />;
  if (!value.length) {
    return (
      <NoAnnotations title="No customer journeys declared: list them under fitsys.dependencyMap.journeys in app-config, or annotate entry components with fitsys.dev/journeys" />
    );
  }
  return (
    <Box display="grid" gridGap={16}>
      {value.map(journey => (
        <JourneyCard key={journey.name} journey={journey} />
      ))}
    </Box>
  );
}
