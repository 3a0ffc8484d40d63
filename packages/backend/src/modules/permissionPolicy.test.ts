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
});
