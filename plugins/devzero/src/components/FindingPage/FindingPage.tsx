import { Progress } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { LoadErrorPanel } from '@internal/plugin-fitsys-react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import { useParams } from 'react-router-dom';
import { Comments } from './Comments';
import { Details } from './Details';
import { FindingHeader } from './FindingHeader';
import { History } from './History';
import { MeTooCard, MeTooList } from './MeToo';
import { ReportCard } from './ReportCard';
import { rootRouteRef } from '../../routes';
import { TriagePanel } from './TriagePanel';
import { useFinding, useViewer } from './useFinding';

/** One finding: the report, its evidence, the conversation, triage and history. */
export function FindingView(props: { id: string }) {
  const viewer = useViewer();
  const viewerRef = viewer?.userEntityRef;
  const { value, loading, error, retry } = useFinding(props.id);
  const findingsLink = useRouteRef(rootRouteRef);

  if (error)
    return (
      <LoadErrorPanel
        error={error}
        what="This finding"
        back={{ label: 'Back to findings', to: findingsLink() }}
      />
    );
  if (loading && !value) return <Progress />;
  if (!value) return null;
  const { finding: f, history, comments, meToos } = value;
  const isReporter = !!viewerRef && f.reporterRef === viewerRef;
  const saidMeToo = meToos.some(m => m.userRef === viewerRef);
  const open = ['new', 'triaged', 'in-progress'].includes(f.status);

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <FindingHeader finding={f} />
      </Grid>
      <Grid item xs={12} md={8}>
        <ReportCard details={value} viewerRef={viewerRef} onChanged={retry} />
        <Box mt={3}>
          <Comments
            findingId={f.id}
            comments={comments}
            canComment={value.canComment}
            onChanged={retry}
          />
        </Box>
      </Grid>
      <Grid item xs={12} md={4}>
        <Details finding={f} />
        <Box mt={3}>
          <TriagePanel
            finding={f}
            canTriage={value.canTriage}
            viewerRef={viewerRef}
            actingAsAdmin={
              value.canTriage &&
              value.canAdminister &&
              !!viewer &&
              !viewer.ownershipEntityRefs.includes(f.ownerRef)
            }
            onChanged={retry}
          />
        </Box>
        {open && !isReporter && !saidMeToo && (
          <Box mt={3}>
            <MeTooCard findingId={f.id} onChanged={retry} />
          </Box>
        )}
        {meToos.length > 0 && (
          <Box mt={3}>
            <MeTooList meToos={meToos} />
          </Box>
        )}
        <Box mt={3}>
          <History history={history} />
        </Box>
      </Grid>
    </Grid>
  );
}

/** The finding page, reading the id from the route. */
export function FindingRoute() {
  const { id } = useParams();
  return <FindingView id={id ?? ''} />;
}
