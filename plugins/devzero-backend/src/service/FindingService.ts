import {
  BackstageCredentials,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  devzeroFindingCommentPermission,
  devzeroFindingReadPermission,
  devzeroFindingTriagePermission,
  FindingPage,
  OPEN_STATUSES,
  RECENTLY_CLOSED_DAYS,
  RECENTLY_CLOSED_STATUSES,
} from '@internal/plugin-devzero-common';
import { AttachmentStore } from '../database/AttachmentStore';
import {
  FindingQuery,
  FindingRecord,
  FindingStore,
  NewFinding,
  SortedFindingFilter,
  TriageChange,
} from '../database/FindingStore';
import { FindingAccess, Viewer } from './findingAccess';
import { findingDetail } from './findingDetail';
import { FindingNotifier } from './FindingNotifier';
import { fileFinding } from './filing';
import { insightsOf } from './insights';
import { mostSimilar } from './similar';
import { SlaTargets, slaBounds } from './sla';

export type { Viewer } from './findingAccess';
export { matches } from './findingAccess';

/** Developer Zero's behaviour: routing to owners, permissions, visibility, SLAs. */
export class FindingService {
  private readonly access: FindingAccess;

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
  ) {
    this.access = new FindingAccess({ ...deps, now: () => this.now() });
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  async viewer(credentials: BackstageCredentials<any>): Promise<Viewer> {
    return this.access.viewer(credentials);
  }

  /** Whether the viewer is a Developer Zero admin. */
  async isAdmin(viewer: Viewer) {
    return this.access.isAdmin(viewer);
  }

  async file(
    input: Omit<NewFinding, 'ownerRef' | 'reporterRef'>,
    viewer: Viewer,
  ) {
    return fileFinding(
      { ...this.deps, access: this.access, now: () => this.now() },
      input,
      viewer,
    );
  }

  async insights(
    query: Pick<
      FindingQuery,
      'ownerRefs' | 'entityRefs' | 'createdFrom' | 'createdTo'
    >,
    viewer: Viewer,
  ) {
    const aggregates = await this.deps.store.aggregate(
      { ...query, criteria: await this.access.readCriteria(viewer) },
      { now: this.now(), bounds: slaBounds(this.deps.slaTargets) },
    );
    return insightsOf(aggregates, this.deps.slaTargets);
  }

  /**
   * Findings and minutes lost per entity, over the findings the viewer may
   * read: what other plugins (the skills survey) set beside their own figures.
   */
  async frictionByEntity(
    query: Pick<FindingQuery, 'entityRefs' | 'createdFrom' | 'createdTo'>,
    viewer: Viewer,
  ) {
    return this.deps.store.frictionByEntity({
      ...query,
      criteria: await this.access.readCriteria(viewer),
    });
  }

  /** Every finding of a view, as the viewer may see them, in the view's order. */
  async exportAll(
    query: Omit<SortedFindingFilter, 'criteria'>,
    viewer: Viewer,
  ) {
    const admin = await this.isAdmin(viewer);
    const findings = await this.deps.store.listAll({
      ...query,
      ...this.access.reporterFilter(query.reporterRef, viewer, admin),
      criteria: await this.access.readCriteria(viewer),
    });
    return findings.map(f => this.access.present(f, viewer, admin));
  }

  /**
   * Findings on the entity whose titles resemble this one, best first: the
   * open ones, and those resolved or declined in the last
   * {@link RECENTLY_CLOSED_DAYS} days, which the reporter may bring back
   * (reopen their own, or say "me too") instead of filing again.
   */
  async similar(entityRef: string, title: string, viewer: Viewer) {
    const criteria = await this.access.readCriteria(viewer);
    const newest: Omit<FindingQuery, 'statuses'> = {
      entityRefs: [entityRef],
      sort: 'created',
      order: 'desc',
      offset: 0,
      limit: 500,
      criteria,
    };
    const since = new Date(
      this.now().getTime() - RECENTLY_CLOSED_DAYS * 86_400_000,
    ).toISOString();
    const [open, closed] = await Promise.all([
      this.deps.store.list({ ...newest, statuses: OPEN_STATUSES }),
      this.deps.store.list({
        ...newest,
        statuses: RECENTLY_CLOSED_STATUSES,
        closedFrom: since,
      }),
    ]);
    const admin = await this.isAdmin(viewer);
    return mostSimilar(title, [...open.items, ...closed.items]).map(f =>
      this.access.present(f, viewer, admin),
    );
  }

  async list(
    query: Omit<FindingQuery, 'criteria'>,
    viewer: Viewer,
  ): Promise<FindingPage> {
    const criteria = await this.access.readCriteria(viewer);
    const admin = await this.isAdmin(viewer);
    const { items, totalItems, totalCapped } = await this.deps.store.list({
      ...query,
      ...this.access.reporterFilter(query.reporterRef, viewer, admin),
      criteria,
    });
    return {
      items: items.map(f => this.access.present(f, viewer, admin)),
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
      !(await this.access.allowed(
        devzeroFindingReadPermission,
        finding,
        viewer,
      ))
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
    return this.access.allowed(
      devzeroFindingCommentPermission,
      finding,
      viewer,
    );
  }

  async get(id: string, viewer: Viewer) {
    const finding = await this.load(id, viewer);
    return findingDetail(
      {
        store: this.deps.store,
        access: this.access,
        attachments: this.deps.attachments,
      },
      id,
      finding,
      viewer,
    );
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
      !(await this.access.allowed(
        devzeroFindingTriagePermission,
        finding,
        viewer,
      ))
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
        !(await this.access.allowed(
          devzeroFindingTriagePermission,
          canonical,
          viewer,
        ))
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
    return this.access.present(updated, viewer, await this.isAdmin(viewer));
  }

  async comment(id: string, body: string, viewer: Viewer) {
    const finding = await this.load(id, viewer);
    if (
      !(await this.access.allowed(
        devzeroFindingCommentPermission,
        finding,
        viewer,
      ))
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

  /**
   * Adds the viewer's "me too": to an open finding, or to one resolved or
   * declined in the last {@link RECENTLY_CLOSED_DAYS} days, which it
   * reopens for triage (see the store's addMeToo).
   */
  async meToo(
    id: string,
    input: { minutesLost: number; note?: string },
    viewer: Viewer,
  ) {
    const before = await this.load(id, viewer);
    const updated = await this.deps.store.addMeToo(
      id,
      { ...input, userRef: viewer.userRef },
      this.now(),
    );
    // A "me too" on a recently resolved or declined finding reopened it:
    // the owners hear of it as of any reopening.
    await this.deps.notifier?.statusChanged(
      updated,
      viewer.userRef,
      before.status,
      `Still happening: someone said “me too” after it was ${before.status}.`,
    );
    return this.access.present(updated, viewer, await this.isAdmin(viewer));
  }
}
