import { Header, Page, TabbedLayout } from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  skillsSurveyCampaignManagePermission,
  skillsSurveyResultsReadPermission,
} from '@internal/plugin-skills-survey-common';
import { useLocation } from 'react-router-dom';
import { CampaignsView } from '../Campaigns';
import { HelpersView } from '../Helpers';
import { ResultsView } from '../Results';
import { NotAllowed } from '../shared/NotAllowed';
import { SurveyView } from '../Survey';

/**
 * The skills survey: the survey everyone answers, the results and campaigns
 * for the platform team, and the helpers directory. A tab the viewer may not
 * use is left out; followed by a link, it explains why.
 */
export function SkillsSurveyPage() {
  const results = usePermission({
    permission: skillsSurveyResultsReadPermission,
  });
  const manage = usePermission({
    permission: skillsSurveyCampaignManagePermission,
  });
  const { pathname } = useLocation();
  const asked = (tab: string) => new RegExp(`/${tab}/?$`).test(pathname);
  return (
    <Page themeId="tool">
      <Header
        title="Skills survey"
        subtitle="How well we know the technologies we run, anonymously, and where to build skills first"
      />
      <TabbedLayout>
        <TabbedLayout.Route path="/" title="Survey">
          <SurveyView />
        </TabbedLayout.Route>
        {(results.allowed || (!results.loading && asked('results'))) && (
          <TabbedLayout.Route path="/results" title="Results">
            {results.allowed ? (
              <ResultsView />
            ) : (
              <NotAllowed what="Survey results are" />
            )}
          </TabbedLayout.Route>
        )}
        {(manage.allowed || (!manage.loading && asked('campaigns'))) && (
          <TabbedLayout.Route path="/campaigns" title="Campaigns">
            {manage.allowed ? (
              <CampaignsView />
            ) : (
              <NotAllowed what="Managing campaigns is" />
            )}
          </TabbedLayout.Route>
        )}
        <TabbedLayout.Route path="/helpers" title="Helpers">
          <HelpersView />
        </TabbedLayout.Route>
      </TabbedLayout>
    </Page>
  );
}
