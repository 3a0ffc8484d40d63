import { Header, Page, TabbedLayout } from '@backstage/core-components';
import { FleetTrendView } from './Trend';
import { AnnotationProblemsView } from './Annotations/AnnotationProblemsView';
import { CorrelationGroupsView } from './Correlation/CorrelationGroupsView';
import { GraphView } from './Graph/GraphView';
import { HotSpotsView } from './HotSpots/HotSpotsView';
import { ImpactView } from './Impact/ImpactView';
import { JourneysView } from './Journeys/JourneysView';
import { MatrixView } from './Matrix/MatrixView';
import { RisksView } from './Risks/RisksView';
import { SnapshotHeaderLabel } from './shared/SnapshotAge';

/** The dependency map of the fleet: hot spots, groups, journeys, risks, blast radius, graph, matrix. */
export function DependencyMapPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Dependency map"
        subtitle="Shared dependencies, what fails together, and the availability you really have"
      >
        <SnapshotHeaderLabel />
      </Header>
      <TabbedLayout>
        <TabbedLayout.Route path="/" title="Hot spots">
          <HotSpotsView />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/groups" title="Fail together">
          <CorrelationGroupsView />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/journeys" title="Journeys">
          <JourneysView />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/impact" title="Blast radius & what-if">
          <ImpactView />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/graph" title="Graph">
          <GraphView />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/matrix" title="Matrix">
          <MatrixView />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/risks" title="Risks">
          <RisksView />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/trend" title="Trend">
          <FleetTrendView />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/annotations" title="Annotation problems">
          <AnnotationProblemsView />
        </TabbedLayout.Route>
      </TabbedLayout>
    </Page>
  );
}
