import {
  Content,
  Header,
  Page,
  TabbedLayout,
} from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { Route, Routes } from 'react-router-dom';
import { FindingRoute } from '../FindingPage';
import { FindingsView } from '../FindingsList';
import { InboxView } from '../Inbox';
import { InsightsView } from '../Insights';
import { ReportFrictionButton } from '../ReportFriction';
import { useInboxTab } from './useInboxTab';

const MINE = { reporter: 'me' };

/** Developer Zero: findings, my findings, the team inbox, insights, and a page per finding. */
export function DevzeroPage() {
  const inbox = useInboxTab();
  return (
    <Page themeId="tool">
      <Header
        title="Developer Zero"
        subtitle="Friction newcomers hit in the platform, routed to the teams that can fix it"
      >
        <ReportFrictionButton />
      </Header>
      <Routes>
        <Route
          path="/findings/:id"
          element={
            <Content>
              <FindingRoute />
            </Content>
          }
        />
        <Route
          path="/*"
          element={
            <TabbedLayout>
              <TabbedLayout.Route path="/" title="Findings">
                <FindingsView caption="Findings" />
              </TabbedLayout.Route>
              <TabbedLayout.Route path="/mine" title="My findings">
                <FindingsView
                  caption="My findings"
                  fixed={MINE}
                  empty={
                    <Typography color="textSecondary">
                      You have not filed any findings. Hit friction? Use “Report
                      friction”.
                    </Typography>
                  }
                />
              </TabbedLayout.Route>
              {inbox.show && (
                <TabbedLayout.Route
                  path="/inbox"
                  title={
                    inbox.count ? `Team inbox (${inbox.count})` : 'Team inbox'
                  }
                >
                  <InboxView />
                </TabbedLayout.Route>
              )}
              <TabbedLayout.Route path="/insights" title="Insights">
                <InsightsView />
              </TabbedLayout.Route>
            </TabbedLayout>
          }
        />
      </Routes>
    </Page>
  );
}
