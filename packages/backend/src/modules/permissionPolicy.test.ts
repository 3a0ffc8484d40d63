import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
} from '@backstage/plugin-catalog-common/alpha';
import { createPermission } from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  devzeroAdminPermission,
  devzeroFindingCommentPermission,
  devzeroFindingCreatePermission,
  devzeroFindingTriagePermission,
} from '@internal/plugin-devzero-common';
import {
  skillsSurveyAnswerPermission,
  skillsSurveyCampaignManagePermission,
  skillsSurveyFreeTextHoldPermission,
  skillsSurveyResultsReadPermission,
} from '@internal/plugin-skills-survey-common';
import { FitSystemsPermissionPolicy } from './permissionPolicy';

function userWith(ownershipEntityRefs: string[]): PolicyQueryUser {
  return {
    credentials: {} as PolicyQueryUser['credentials'],
    info: {
      userEntityRef: ownershipEntityRefs[0],
      ownershipEntityRefs,
    },
  };
}

const jordan = userWith([
  'user:default/jordan.lee',
  'group:default/card-authorisation-team',
]);
const alex = userWith([
  'user:default/alex.morgan',
  'group:default/portal-admins',
]);

describe('FitSystemsPermissionPolicy', () => {
  const policy = new FitSystemsPermissionPolicy({
    admins: ['portal-admins'],
  });

  it('lets admins do everything, including deleting locations', async () => {
    await expect(
      policy.handle({ permission: catalogLocationDeletePermission }, alex),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    await expect(
      policy.handle({ permission: catalogEntityDeletePermission }, alex),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('lets everyone read the catalog and register locations', async () => {
    await expect(
      policy.handle({ permission: catalogEntityReadPermission }, jordan),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    await expect(
      policy.handle({ permission: catalogLocationCreatePermission }, jordan),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('lets only owners unregister an entity', async () => {
    const decision = await policy.handle(
      { permission: catalogEntityDeletePermission },
      jordan,
    );
    expect(decision).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: {
          claims: [
            'user:default/jordan.lee',
            'group:default/card-authorisation-team',
          ],
        },
      },
    });
  });

  it('lets owners triage a finding, owners and its reporter comment, and everyone file', async () => {
    const claims = [
      'user:default/jordan.lee',
      'group:default/card-authorisation-team',
    ];
    const owner = {
      rule: 'IS_FINDING_OWNER',
      resourceType: 'devzero-finding',
      params: { claims },
    };
    await expect(
      policy.handle({ permission: devzeroFindingTriagePermission }, jordan),
    ).resolves.toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'devzero',
      resourceType: 'devzero-finding',
      conditions: owner,
    });
    await expect(
      policy.handle({ permission: devzeroFindingCommentPermission }, jordan),
    ).resolves.toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'devzero',
      resourceType: 'devzero-finding',
      conditions: { anyOf: [owner, { ...owner, rule: 'IS_FINDING_REPORTER' }] },
    });
    await expect(
      policy.handle({ permission: devzeroFindingCreatePermission }, jordan),
    ).resolves.toEqual({
      result: AuthorizeResult.ALLOW,
    });
    await expect(
      policy.handle({ permission: devzeroAdminPermission }, jordan),
    ).resolves.toEqual({
      result: AuthorizeResult.DENY,
    });
    await expect(
      policy.handle({ permission: devzeroAdminPermission }, alex),
    ).resolves.toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });

  it('refuses location deletion to non-admins', async () => {
    await expect(
      policy.handle({ permission: catalogLocationDeletePermission }, jordan),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it('refuses other delete permissions on non-entity resources to non-admins', async () => {
    const deleteSnapshot = createPermission({
      name: 'fitsys.snapshot.delete',
      attributes: { action: 'delete' },
      resourceType: 'fitsys-snapshot',
    });
    await expect(
      policy.handle({ permission: deleteSnapshot }, jordan),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
    await expect(
      policy.handle({ permission: deleteSnapshot }, alex),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('treats a user with no ownership claims as a non-admin', async () => {
    await expect(
      policy.handle({ permission: catalogLocationDeletePermission }),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it('lets everyone answer the skills survey, the platform team manage it and read results, admins hold text back', async () => {
    const sam = userWith([
      'user:default/sam.okafor',
      'group:default/platform-team',
    ]);
    const decide = (permission: any, user: PolicyQueryUser) =>
      policy.handle({ permission }, user).then(d => d.result);
    expect(await decide(skillsSurveyAnswerPermission, jordan)).toBe(
      AuthorizeResult.ALLOW,
    );
    for (const permission of [
      skillsSurveyCampaignManagePermission,
      skillsSurveyResultsReadPermission,
    ]) {
      expect(await decide(permission, sam)).toBe(AuthorizeResult.ALLOW);
      expect(await decide(permission, jordan)).toBe(AuthorizeResult.DENY);
      expect(await decide(permission, alex)).toBe(AuthorizeResult.ALLOW);
    }
    expect(await decide(skillsSurveyFreeTextHoldPermission, sam)).toBe(
      AuthorizeResult.DENY,
    );
    expect(await decide(skillsSurveyFreeTextHoldPermission, alex)).toBe(
      AuthorizeResult.ALLOW,
    );
  });

  it('takes the skills-survey managers from its options', async () => {
    const custom = new FitSystemsPermissionPolicy({
      admins: ['portal-admins'],
      skillsSurveyManagers: ['group:default/card-authorisation-team'],
    });
    await expect(
      custom.handle({ permission: skillsSurveyResultsReadPermission }, jordan),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });
});
