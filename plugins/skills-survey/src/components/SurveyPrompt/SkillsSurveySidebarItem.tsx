import { SidebarItem } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { Campaign } from '@internal/plugin-skills-survey-common';
import AssignmentIcon from '@material-ui/icons/AssignmentOutlined';
import useAsync from 'react-use/esm/useAsync';
import { readReceipt } from '../../api/receipts';
import { skillsSurveyApiRef } from '../../api/SkillsSurveyApi';
import { rootRouteRef } from '../../routes';
import { formatDay } from '../shared/dates';

/** The open campaigns, and the first of them the signed-in person has not answered. */
export interface SurveyInvitation {
  open: Campaign[];
  unanswered?: Campaign;
}

/**
 * The open campaigns and the first the signed-in person has not answered,
 * if any: a receipt kept in this browser says they have; otherwise their
 * own participation (which the server already keeps, apart from the
 * answer).
 */
export function useSurveyInvitation() {
  const api = useApi(skillsSurveyApiRef);
  return useAsync(async (): Promise<SurveyInvitation> => {
    const open = (await api.listCampaigns()).filter(c => c.status === 'open');
    for (const campaign of open) {
      if (readReceipt(campaign.id)) continue;
      const { answered } = await api.getParticipation(campaign.id);
      if (!answered) return { open, unanswered: campaign };
    }
    return { open };
  }, [api]);
}

/**
 * A sidebar prompt while a campaign is open and the signed-in person has
 * not answered it: "Take survey", marked as new, linking to
 * the survey. Nothing otherwise, nor when the survey cannot be read.
 */
export function SkillsSurveySidebarItem() {
  const survey = useRouteRef(rootRouteRef)();
  const campaign = useSurveyInvitation().value?.unanswered;
  if (!campaign) return null;
  return (
    <SidebarItem
      icon={AssignmentIcon}
      to={survey}
      // Short enough for the sidebar; the link's name starts with what it
      // shows (so speech control finds it) and says the rest.
      text="Take survey"
      hasNotifications
      aria-label={`Take survey: the skills survey ${
        campaign.name
      }, open until the end of ${formatDay(campaign.closesOn)}`}
      title={`${campaign.name} is open until the end of ${formatDay(
        campaign.closesOn,
      )}; your answer is kept apart from your name`}
    />
  );
}
