import {
  BackstageCredentials,
  BackstageUserPrincipal,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import {
  skillsSurveyAnswerPermission,
  skillsSurveyCampaignManagePermission,
  skillsSurveyFreeTextHoldPermission,
  skillsSurveyResultsReadPermission,
} from '@internal/plugin-skills-survey-common';

/** Who asks: a signed-in user, with the credentials to check them by. */
export interface Viewer {
  userRef: string;
  credentials: BackstageCredentials<BackstageUserPrincipal>;
}

const refusals = new Map<string, string>([
  [
    skillsSurveyAnswerPermission.name,
    'You may not answer skills-survey campaigns',
  ],
  [
    skillsSurveyCampaignManagePermission.name,
    'Only the platform team and admins manage skills-survey campaigns',
  ],
  [
    skillsSurveyResultsReadPermission.name,
    'Only the platform team and admins read skills-survey results',
  ],
  [
    skillsSurveyFreeTextHoldPermission.name,
    'Only admins hold free-text answers back',
  ],
]);

/** The skills survey's permission checks, in one place beside the use cases. */
export class SurveyAccess {
  constructor(private readonly permissions: PermissionsService) {}

  async allows(permission: BasicPermission, viewer: Viewer) {
    const [decision] = await this.permissions.authorize([{ permission }], {
      credentials: viewer.credentials,
    });
    return decision.result === AuthorizeResult.ALLOW;
  }

  /** Throws a 403 that says who may, unless the viewer has the permission. */
  async require(permission: BasicPermission, viewer: Viewer) {
    if (!(await this.allows(permission, viewer)))
      throw new NotAllowedError(refusals.get(permission.name));
  }

  answer = (viewer: Viewer) =>
    this.require(skillsSurveyAnswerPermission, viewer);
  manage = (viewer: Viewer) =>
    this.require(skillsSurveyCampaignManagePermission, viewer);
  readResults = (viewer: Viewer) =>
    this.require(skillsSurveyResultsReadPermission, viewer);
  holdFreeText = (viewer: Viewer) =>
    this.require(skillsSurveyFreeTextHoldPermission, viewer);
  canManage = (viewer: Viewer) =>
    this.allows(skillsSurveyCampaignManagePermission, viewer);
  canHoldFreeText = (viewer: Viewer) =>
    this.allows(skillsSurveyFreeTextHoldPermission, viewer);

  /**
   * Who reads free text: whoever reads results; whoever may hold a text
   * back also sees the texts held back, to let them go again.
   */
  async readFreeText(viewer: Viewer): Promise<{ withHeld: boolean }> {
    await this.readResults(viewer);
    return { withHeld: await this.canHoldFreeText(viewer) };
  }
}
