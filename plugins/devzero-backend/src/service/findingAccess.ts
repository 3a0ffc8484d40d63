import {
  BackstageCredentials,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  ConditionalPolicyDecision,
  PermissionCriteria,
  PermissionCondition,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { createConditionTransformer } from '@backstage/plugin-permission-node';
import {
  devzeroAdminPermission,
  devzeroFindingReadPermission,
  Finding,
} from '@internal/plugin-devzero-common';
import { FindingCriteria, FindingRecord } from '../database/FindingStore';
import { devzeroFindingRules } from '../permissions';
import { SlaTargets, slaOf } from './sla';

const transform = createConditionTransformer(
  Object.values(devzeroFindingRules),
);

/** A conditional decision's conditions, as criteria the store can apply. */
function criteriaOf(decision: ConditionalPolicyDecision): FindingCriteria {
  return transform(
    decision.conditions as PermissionCriteria<PermissionCondition<string>>,
  ) as FindingCriteria;
}

/** Who is asking: credentials, and the refs they own things as. */
export interface Viewer {
  credentials: BackstageCredentials;
  userRef: string;
  ownershipRefs: string[];
}

/** Who the viewer is, what they may do, and what they may see of a finding. */
export class FindingAccess {
  constructor(
    private readonly deps: {
      permissions: PermissionsService;
      userInfo: UserInfoService;
      slaTargets: SlaTargets;
      reporterVisibleToOwners: boolean;
      now: () => Date;
    },
  ) {}

  async viewer(credentials: BackstageCredentials<any>): Promise<Viewer> {
    if (credentials.principal?.type === 'service') {
      // A plugin reading on its own behalf owns nothing and files nothing.
      return {
        credentials,
        userRef: credentials.principal.subject,
        ownershipRefs: [],
      };
    }
    const info = await this.deps.userInfo.getUserInfo(credentials);
    return {
      credentials,
      userRef: info.userEntityRef,
      ownershipRefs: info.ownershipEntityRefs,
    };
  }

  /** Whether the viewer holds a permission on a finding, evaluating conditions here. */
  async allowed(
    permission: ResourcePermission,
    finding: FindingRecord,
    viewer: Viewer,
  ) {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission }],
      { credentials: viewer.credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return true;
    if (decision.result === AuthorizeResult.DENY) return false;
    return matches(criteriaOf(decision as ConditionalPolicyDecision), finding);
  }

  /** Whether the viewer is a Developer Zero admin. */
  async isAdmin(viewer: Viewer) {
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: devzeroAdminPermission }],
      { credentials: viewer.credentials },
    );
    return decision.result === AuthorizeResult.ALLOW;
  }

  /** Whether this reporter's name is kept from the viewer. */
  hides(
    reporterRef: string,
    reporterHidden: boolean,
    viewer: Viewer,
    admin: boolean,
  ) {
    return (
      (!this.deps.reporterVisibleToOwners || reporterHidden) &&
      !admin &&
      reporterRef !== viewer.userRef
    );
  }

  present(finding: FindingRecord, viewer: Viewer, admin: boolean): Finding {
    const hideReporter = this.hides(
      finding.reporterRef,
      finding.reporterHidden,
      viewer,
      admin,
    );
    return {
      ...finding,
      reporterRef: hideReporter ? undefined : finding.reporterRef,
      sla: slaOf(finding, this.deps.slaTargets, this.deps.now()),
    };
  }

  /** What the viewer may read, as criteria for the store; throws when nothing. */
  async readCriteria(viewer: Viewer) {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission: devzeroFindingReadPermission }],
      { credentials: viewer.credentials },
    );
    if (decision.result === AuthorizeResult.DENY) {
      throw new NotAllowedError('You may not read findings');
    }
    return decision.result === AuthorizeResult.CONDITIONAL
      ? criteriaOf(decision as ConditionalPolicyDecision)
      : undefined;
  }

  /**
   * Filtering by someone else's name must not reveal the findings whose
   * reporter is hidden from the viewer: those are left out, and where every
   * reporter is hidden the filter is refused.
   */
  reporterFilter(
    reporterRef: string | undefined,
    viewer: Viewer,
    admin: boolean,
  ): { reporterShownOnly?: boolean } {
    if (!reporterRef || admin || reporterRef === viewer.userRef) return {};
    if (!this.deps.reporterVisibleToOwners) {
      throw new NotAllowedError(
        "reporter: reporters' names are not shown in this portal, so findings cannot be filtered by someone else's",
      );
    }
    return { reporterShownOnly: true };
  }
}

/** Evaluates permission criteria on one finding, as the store does in its query. */
export function matches(
  criteria: FindingCriteria,
  finding: FindingRecord,
): boolean {
  if ('allOf' in criteria)
    return criteria.allOf.every(c => matches(c, finding));
  if ('anyOf' in criteria) return criteria.anyOf.some(c => matches(c, finding));
  if ('not' in criteria) return !matches(criteria.not, finding);
  return criteria.values.includes(finding[criteria.field]);
}
