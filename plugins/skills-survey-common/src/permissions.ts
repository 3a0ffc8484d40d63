import { createPermission } from '@backstage/plugin-permission-common';

/** Answer a survey campaign (any signed-in user, by the portal's policy). */
export const skillsSurveyAnswerPermission = createPermission({
  name: 'skills-survey.answer',
  attributes: { action: 'create' },
});

/** Create, open and close campaigns (the platform team and admins). */
export const skillsSurveyCampaignManagePermission = createPermission({
  name: 'skills-survey.campaign.manage',
  attributes: { action: 'update' },
});

/** Read results, gaps and exports (the platform team and admins). */
export const skillsSurveyResultsReadPermission = createPermission({
  name: 'skills-survey.results.read',
  attributes: { action: 'read' },
});

/** Hold a free-text answer back from the results, or release it (admins). */
export const skillsSurveyFreeTextHoldPermission = createPermission({
  name: 'skills-survey.free-text.hold',
  attributes: { action: 'update' },
});

/** Every skills-survey permission. */
export const skillsSurveyPermissions = [
  skillsSurveyAnswerPermission,
  skillsSurveyCampaignManagePermission,
  skillsSurveyResultsReadPermission,
  skillsSurveyFreeTextHoldPermission,
];
