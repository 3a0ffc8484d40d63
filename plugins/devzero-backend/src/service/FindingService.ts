import {
  BackstageCredentials,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
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
  devzeroFindingCommentPermission,
  devzeroFindingCreatePermission,
  devzeroFindingReadPermission,
  devzeroFindingTriagePermission,
  Finding,
  FindingPage,
  OPEN_STATUSES,
} from '@internal/plugin-devzero-common';
import { AttachmentStore } from '../database/AttachmentStore';
import {
  FindingCriteria,
  FindingQuery,
  FindingRecord,
  FindingStore,
  NewFinding,
  reopenedIn,
  SortedFindingFilter,
  TriageChange,
} from '../database/FindingStore';
import { devzeroFindingRules } from '../permissions';
import { FindingNotifier } from './FindingNotifier';
import { insightsOf } from './insights';
import { ownerOf } from './owners';
import { mostSimilar } from './similar';
import { SlaTargets, slaBounds, slaOf } from './sla';

const transform = createConditionTransformer(
  Object.values(devzeroFindingRules),
);

/** A conditional decision's conditions, as criteria the store can apply. */
function criteriaOf(decision: ConditionalPolicyDecision): FindingCriteria {
  return transform(
    decision.conditions as PermissionCriteria<PermissionCondition<string>>,
  ) as FindingCriteria;
}

/** What a reporter files; a retry under the same idempotency key must repeat them. */
const FILED_FIELDS = [
  'entityRef',
  'title',
  'scenario',
  'journeyStep',
  'category',
  'severity',
  'minutesLost',
  'steps',
  'expected',
  'actual',
  'mayContact',
  'reporterHidden',
  'links',
  'externalUrl',
] as const;

/** Who is asking: credentials, and the refs they own things as. */
export interface Viewer {
  credentials: BackstageCredentials;
  userRef: string;
  ownershipRefs: string[];
}

/** Developer Zero's behaviour: routing to owners, permissions, visibility, SLAs. */
export class FindingService {
  constructor(
    private readonly deps: {
      store: FindingStore;
      catalog: CatalogService;
      permissions: PermissionsService;
      userInfo: UserInfoService;
      slaTargets: SlaTargets;
      reporterVisibleToOwners: boolean;
      /** Whether a reporter may keep their name from the owners of one finding. */
      anonymousFiling?: boolean;
      notifier?: FindingNotifier;
      /** Where evidence images live; without it a finding shows none. */
      attachments?: AttachmentStore;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

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
  private async allowed(
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
  private hides(
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

  private present(
    finding: FindingRecord,
    viewer: Viewer,
    admin: boolean,
  ): Finding {
    const hideReporter = this.hides(
      finding.reporterRef,
      finding.reporterHidden,
      viewer,
      admin,
    );
    return {
      ...finding,
      reporterRef: hideReporter ? undefined : finding.reporterRef,
      sla: slaOf(finding, this.deps.slaTargets, this.now()),
    };
  }

  async file(
    input: Omit<NewFinding, 'ownerRef' | 'reporterRef'>,
    viewer: Viewer,
  ) {
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: devzeroFindingCreatePermission }],
      {
        credentials: viewer.credentials,
      },
    );
    if (decision.result !== AuthorizeResult.ALLOW)
      throw new NotAllowedError('You may not file findings');
    if (input.reporterHidden && this.deps.anonymousFiling === false) {
      throw new InputError(
        'hideReporter: this portal does not let reporters keep their name from the owners (fitsys.devzero.anonymousFiling is false)',
      );
    }
    const entity = await this.deps.catalog.getEntityByRef(input.entityRef, {
      credentials: viewer.credentials,
    });
    if (!entity)
      throw new InputError(
        `entityRef: there is no entity ${input.entityRef} in the catalog; file the finding against one that exists`,
      );
    const ownerRef = ownerOf(entity);
    if (!ownerRef)
      throw new InputError(
        `entityRef: ${input.entityRef} has no owner in the catalog to route the finding to`,
      );
    const filed = {
      ...input,
      entityRef: stringifyEntityRef(entity),
      ownerRef,
      reporterRef: viewer.userRef,
      reporterHidden: input.reporterHidden ?? false,
    };
    const result = await this.deps.store.file(filed, this.now());
    if (!result.created) {
      // A retry sends the same finding; another one under its key would be lost.
      const differ = FILED_FIELDS.filter(
        f =>
          JSON.stringify(result.finding[f] ?? null) !==
          JSON.stringify(filed[f] ?? null),
      );
      if (differ.length)
        throw new ConflictError(
          `idempotencyKey: already used for finding ${
            result.finding.id
          }, which has another ${differ.join(
            ', ',
          )}; send a new key to file a new finding`,
        );
    }
    if (result.created) await this.deps.notifier?.filed(result.finding);
    return {
      finding: this.present(result.finding, viewer, await this.isAdmin(viewer)),
      created: result.created,
    };
  }

  /** What the viewer may read, as criteria for the store; throws when nothing. */
  private async readCriteria(viewer: Viewer) {
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

  async insights(
    query: Pick<
      FindingQuery,
      'ownerRefs' | 'entityRefs' | 'createdFrom' | 'createdTo'
    >,
    viewer: Viewer,
  ) {
    const aggregates = await this.deps.store.aggregate(
      { ...query, criteria: await this.readCriteria(viewer) },
      { now: this.now(), bounds: slaBounds(this.deps.slaTargets) },
    );
    return insightsOf(aggregates, this.deps.slaTargets);
  }

  /**
   * Filtering by someone else's name must not reveal the findings whose
   * reporter is hidden from the viewer: those are left out, and where every
   * reporter is hidden the filter is refused.
   */
  private reporterFilter(
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

  /** Every finding of a view, as the viewer may see them, in the view's order. */
  async exportAll(
    query: Omit<SortedFindingFilter, 'criteria'>,
    viewer: Viewer,
  ) {
    const admin = await this.isAdmin(viewer);
    const findings = await this.deps.store.listAll({
      ...query,
      ...this.reporterFilter(query.reporterRef, viewer, admin),
      criteria: await this.readCriteria(viewer),
    });
    return findings.map(f => this.present(f, viewer, admin));
  }

  /** Open findings on the entity whose titles resemble this one, best first. */
  async similar(entityRef: string, title: string, viewer: Viewer) {
    const criteria = await this.readCriteria(viewer);
    const { items } = await this.deps.store.list({
      entityRefs: [entityRef],
      statuses: OPEN_STATUSES,
      sort: 'created',
      order: 'desc',
      offset: 0,
      limit: 500,
      criteria,
    });
    const admin = await this.isAdmin(viewer);
    return mostSimilar(title, items).map(f => this.present(f, viewer, admin));
  }

  async list(
    query: Omit<FindingQuery, 'criteria'>,
    viewer: Viewer,
  ): Promise<FindingPage> {
    const criteria = await this.readCriteria(viewer);
    const admin = await this.isAdmin(viewer);
    const { items, totalItems, totalCapped } = await this.deps.store.list({
      ...query,
      ...this.reporterFilter(query.reporterRef, viewer, admin),
      criteria,
    });
    return {
      items: items.map(f => this.present(f, viewer, admin)),
      totalItems,
      ...(totalCapped && { totalCapped }),
      offset: query.offset,
      limit: query.limit,
    };
  }

  private async load(id: string, viewer: Viewer) {
    const finding = await this.deps.store.get(id);
    if (
      !finding ||
      !(await this.allowed(devzeroFindingReadPermission, finding, viewer))
    ) {
      throw new NotFoundError(`There is no finding ${id}`);
    }
    return finding;
  }

  /** The finding, if the viewer may read it; a 404 otherwise, so that its existence does not leak. */
  async readable(id: string, viewer: Viewer) {
    return this.load(id, viewer);
  }

  /** Whether the viewer may comment on the finding (and so add evidence to it). */
  async mayComment(finding: FindingRecord, viewer: Viewer) {
    return this.allowed(devzeroFindingCommentPermission, finding, viewer);
  }

  async get(id: string, viewer: Viewer) {
    const finding = await this.load(id, viewer);
    const admin = await this.isAdmin(viewer);
    const [history, comments, meToos, attachments] = await Promise.all([
      this.deps.store.history(id),
      this.deps.store.comments(id),
      this.deps.store.meToos(id),
      this.deps.attachments?.list(id) ?? [],
    ]);
    const presented = this.present(finding, viewer, admin);
    // A hidden reporter stays hidden in the history, the comments and the
    // images too; so does the reporter of a duplicate merged into this
    // finding, who kept their name from the owners of their own.
    const hidden = new Map<string, string>();
    for (const m of meToos) {
      if (
        m.reporterHidden !== undefined &&
        this.hides(m.userRef, m.reporterHidden, viewer, admin)
      )
        hidden.set(m.userRef, 'a hidden reporter');
    }
    // So does the reporter of a duplicate reopened since, whose "me too"
    // went back with it, leaving their comments, images and the history's
    // entry (if they reopened it themselves) here.
    for (const reopenedId of new Set(history.map(reopenedIn))) {
      const reopened = reopenedId && (await this.deps.store.get(reopenedId));
      if (
        reopened &&
        this.hides(reopened.reporterRef, reopened.reporterHidden, viewer, admin)
      )
        hidden.set(reopened.reporterRef, 'a hidden reporter');
    }
    if (presented.reporterRef === undefined)
      hidden.set(finding.reporterRef, 'the reporter');
    const shown = (ref: string) => hidden.get(ref) ?? ref;
    return {
      finding: presented,
      history: history.map(e => ({ ...e, actorRef: shown(e.actorRef) })),
      comments: comments.map(c => ({ ...c, authorRef: shown(c.authorRef) })),
      meToos: meToos.map(({ reporterHidden, ...m }) => ({
        ...m,
        userRef: shown(m.userRef),
      })),
      attachments: attachments.map(a => ({
        ...a,
        uploaderRef: shown(a.uploaderRef),
      })),
      canTriage: await this.allowed(
        devzeroFindingTriagePermission,
        finding,
        viewer,
      ),
      canComment: await this.allowed(
        devzeroFindingCommentPermission,
        finding,
        viewer,
      ),
      canAdminister: admin,
    };
  }

  async triage(
    id: string,
    change: Omit<TriageChange, 'actorRef'>,
    viewer: Viewer,
  ) {
    const finding = await this.load(id, viewer);
    // The reporter may reopen their own finding; everything else is for the owners.
    const reporterReopens =
      change.action === 'reopen' && finding.reporterRef === viewer.userRef;
    if (
      !reporterReopens &&
      !(await this.allowed(devzeroFindingTriagePermission, finding, viewer))
    ) {
      throw new NotAllowedError(
        `Only the owners of ${finding.entityRef} (${finding.ownerRef}) may triage this finding`,
      );
    }
    if (
      change.action === 'assign' &&
      change.assigneeRef &&
      !(await this.deps.catalog.getEntityByRef(change.assigneeRef, {
        credentials: viewer.credentials,
      }))
    ) {
      throw new InputError(
        `assigneeRef: there is no user ${change.assigneeRef} in the catalog; assign someone who is in it`,
      );
    }
    if (change.duplicateOf) {
      // The finding in the path exists: a 404 would say it does not.
      const canonical = await this.load(change.duplicateOf, viewer).catch(e => {
        throw e instanceof NotFoundError
          ? new InputError(
              `duplicateOf: there is no finding ${change.duplicateOf}`,
            )
          : e;
      });
      // Merging writes its reporters and evidence into the canonical finding.
      if (
        !(await this.allowed(devzeroFindingTriagePermission, canonical, viewer))
      ) {
        throw new NotAllowedError(
          `duplicateOf: finding ${canonical.id} belongs to ${canonical.ownerRef}; only its owners may merge findings into it. Comment there to ask them, or triage this one on its own`,
        );
      }
    }
    const updated = await this.deps.store.triage(
      id,
      { ...change, actorRef: viewer.userRef },
      this.now(),
    );
    await this.deps.notifier?.statusChanged(
      updated,
      viewer.userRef,
      finding.status,
      change.note,
    );
    return this.present(updated, viewer, await this.isAdmin(viewer));
  }

  async comment(id: string, body: string, viewer: Viewer) {
    const finding = await this.load(id, viewer);
    if (
      !(await this.allowed(devzeroFindingCommentPermission, finding, viewer))
    ) {
      throw new NotAllowedError(
        'Only the reporter and the owners may comment on this finding',
      );
    }
    const comment = await this.deps.store.addComment(
      id,
      viewer.userRef,
      body,
      this.now(),
    );
    await this.deps.notifier?.commented(finding, viewer.userRef, body);
    return comment;
  }

  async meToo(
    id: string,
    input: { minutesLost: number; note?: string },
    viewer: Viewer,
  ) {
    await this.load(id, viewer);
    const updated = await this.deps.store.addMeToo(
      id,
      { ...input, userRef: viewer.userRef },
      this.now(),
    );
    return this.present(updated, viewer, await this.isAdmin(viewer));
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
