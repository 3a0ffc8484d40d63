import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  catalogEntityDeletePermission,
  catalogLocationDeletePermission,
} from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isPermission,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  devzeroAdminPermission,
  devzeroFindingCommentPermission,
  devzeroFindingTriagePermission,
} from '@internal/plugin-devzero-common';
import {
  createDevzeroFindingConditionalDecision,
  devzeroFindingConditions,
} from '@internal/plugin-devzero-backend';
import {
  skillsSurveyCampaignManagePermission,
  skillsSurveyFreeTextHoldPermission,
  skillsSurveyResultsReadPermission,
} from '@internal/plugin-skills-survey-common';

/** Options of {@link FitSystemsPermissionPolicy}. */
export type FitSystemsPermissionPolicyOptions = {
  /** Entity refs (users or groups) whose members may do everything. */
  admins: string[];
  /**
   * Entity refs (users or groups) whose members manage skills-survey
   * campaigns and read their results; the platform team unless set.
   */
  skillsSurveyManagers?: string[];
};

/**
 * The portal's permission policy.
 *
 * - Admins (members of a configured group, or named users) may do everything.
 * - Everyone signed in may read the catalog and register new locations:
 *   service teams register their own services.
 * - Unregistering an entity is for its owners; deleting a location, which may
 *   remove many teams' entities at once, is for admins.
 * - Any other permission whose action is `delete` and that targets a resource
 *   is granted to the owners of the catalog entity it belongs to, when the
 *   resource is an entity, and otherwise to admins only.
 * - Developer Zero: a finding is triaged by the owners of its entity and
 *   commented on by them and its reporter; administering it is for admins.
 * - Skills survey: everyone signed in answers; the configured managers (the
 *   platform team) manage campaigns and read results; holding free text
 *   back is for admins.
 * - Everything else is allowed.
 */
export class FitSystemsPermissionPolicy implements PermissionPolicy {
  private readonly admins: Set<string>;
  private readonly skillsSurveyManagers: Set<string>;

  constructor(options: FitSystemsPermissionPolicyOptions) {
    const refs = (list: string[]) =>
      new Set(
        list.map(ref =>
          stringifyEntityRef(parseEntityRef(ref, { defaultKind: 'group' })),
        ),
      );
    this.admins = refs(options.admins);
    this.skillsSurveyManagers = refs(
      options.skillsSurveyManagers ?? ['group:default/platform-team'],
    );
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const claims = user?.info.ownershipEntityRefs ?? [];
    if (claims.some(ref => this.admins.has(ref))) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (isPermission(request.permission, catalogEntityDeletePermission)) {
      return createCatalogConditionalDecision(
        request.permission,
        catalogConditions.isEntityOwner({ claims }),
      );
    }
    if (isPermission(request.permission, devzeroFindingTriagePermission)) {
      return createDevzeroFindingConditionalDecision(
        request.permission,
        devzeroFindingConditions.isFindingOwner({ claims }),
      );
    }
    if (isPermission(request.permission, devzeroFindingCommentPermission)) {
      return createDevzeroFindingConditionalDecision(request.permission, {
        anyOf: [
          devzeroFindingConditions.isFindingOwner({ claims }),
          devzeroFindingConditions.isFindingReporter({ claims }),
        ],
      });
    }
    if (
      isPermission(request.permission, skillsSurveyCampaignManagePermission) ||
      isPermission(request.permission, skillsSurveyResultsReadPermission)
    ) {
      return {
        result: claims.some(ref => this.skillsSurveyManagers.has(ref))
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    if (isPermission(request.permission, skillsSurveyFreeTextHoldPermission)) {
      return { result: AuthorizeResult.DENY };
    }
    if (isPermission(request.permission, devzeroAdminPermission)) {
      return { result: AuthorizeResult.DENY };
    }
    if (isPermission(request.permission, catalogLocationDeletePermission)) {
      return { result: AuthorizeResult.DENY };
    }
    if (request.permission.attributes.action === 'delete') {
      if (isResourcePermission(request.permission, 'catalog-entity')) {
        return createCatalogConditionalDecision(
          request.permission,
          catalogConditions.isEntityOwner({ claims }),
        );
      }
      return { result: AuthorizeResult.DENY };
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

/**
 * Installs {@link FitSystemsPermissionPolicy}, configured by
 * `fitsys.permission.admins` and `fitsys.skillsSurvey.managers`.
 */
export const permissionModuleFitSystemsPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'fitsys-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ policy, config }) {
        const admins = config.getOptionalStringArray(
          'fitsys.permission.admins',
        ) ?? ['group:default/portal-admins'];
        const skillsSurveyManagers = config.getOptionalStringArray(
          'fitsys.skillsSurvey.managers',
        );
        policy.setPolicy(
          new FitSystemsPermissionPolicy({ admins, skillsSurveyManagers }),
        );
      },
    });
  },
});
