import { ConflictError, NotFoundError } from '@backstage/errors';
import { heatmapRow, selectHeatmapRows } from '../model/heatmap';
import {
  CampaignResults,
  FreeTextView,
  GapsList,
  HeatmapLevel,
  HeatmapPage,
  TrendPoint,
} from '@internal/plugin-skills-survey-common';
import { CampaignRecord, SurveyStore } from '../database/SurveyStore';
import { respondentCells, resultCellOf } from '../model/cells';
import {
  buildResults,
  FrictionReading,
  frictionOf,
  gapsOf,
  resultsToCsv,
  withFriction,
} from '../model/results';
import { ORGANISATION } from '../model/teams';
import { SurveyAccess, Viewer } from './SurveyAccess';

/** Where Developer Zero's friction per technology comes from (DevzeroFriction). */
export interface FrictionReader {
  forViewer(credentials: Viewer['credentials']): Promise<FrictionReading>;
}

/** Without Developer Zero: friction unavailable, saying so. */
export const NO_FRICTION_READER: FrictionReader = {
  forViewer: async () => ({
    source: {
      status: 'unavailable',
      reason: 'Developer Zero is not connected to the survey',
    },
    byTechnology: new Map(),
  }),
};

/** How many technology views are kept in memory (about 100 kB each at 400 teams). */
const MAX_TECHNOLOGY_VIEWS = 400;

/** How long the list of closed campaigns is kept in memory. */
const CLOSED_CAMPAIGNS_TTL_MS = 5_000;

/**
 * Reading results: response counts of open campaigns, the published cells
 * of closed ones, one technology with its trend, the gaps list, exports and
 * free text. Everything behind the results permission; no HTTP here.
 */
export class ResultsService {
  private readonly results = new Map<string, CampaignResults>();
  private closed?: { at: number; campaigns: CampaignRecord[] };
  private readonly technologies = new Map<
    string,
    ReturnType<ResultsService['readTechnologyResults']>
  >();

  constructor(
    private readonly deps: {
      store: SurveyStore;
      access: SurveyAccess;
      friction?: FrictionReader;
    },
  ) {}

  private friction(viewer: Viewer) {
    return (this.deps.friction ?? NO_FRICTION_READER).forViewer(
      viewer.credentials,
    );
  }

  /** Forgets the closed campaigns read, after this replica closed one. */
  forgetClosed() {
    this.closed = undefined;
  }

  private async campaign(id: string): Promise<CampaignRecord> {
    const found = await this.deps.store.getCampaign(id);
    if (!found) throw new NotFoundError(`campaign ${id}: no such campaign`);
    return found;
  }

  /**
   * Results: response counts while open, every published cell once closed;
   * with `cells: 'organisation'`, each technology's organisation-wide cell
   * only (the per-team cells come a page at a time from the heatmap).
   */
  async campaignResults(
    id: string,
    viewer: Viewer,
    options: { cells?: 'all' | 'organisation' } = {},
  ): Promise<CampaignResults> {
    await this.deps.access.readResults(viewer);
    const full = await this.resultsOf(await this.campaign(id));
    const results =
      options.cells === 'organisation'
        ? {
            ...full,
            technologies: full.technologies.map(t => ({ ...t, teams: [] })),
          }
        : full;
    // Friction is read per request (live, and per what the viewer may see).
    return results.published
      ? withFriction(results, await this.friction(viewer))
      : results;
  }

  /**
   * A page of the technology × team heatmap of a closed campaign: the
   * departments, the teams, or the groups under a parent, by title, with
   * the parent's (or the organisation's) row to compare them with. The
   * cells are the published ones of the full results: paging shows less,
   * never more.
   */
  async heatmap(
    id: string,
    viewer: Viewer,
    query: {
      level?: HeatmapLevel;
      parent?: string;
      offset: number;
      limit: number;
    },
  ): Promise<HeatmapPage> {
    await this.deps.access.readResults(viewer);
    const campaign = await this.latestClosed(id);
    const snapshot = campaign.snapshot!;
    const view: { level: HeatmapLevel } | { parent: string } = query.parent
      ? { parent: query.parent }
      : { level: query.level ?? 'department' };
    const selection = selectHeatmapRows(snapshot.teams, view);
    if (!selection)
      throw new NotFoundError(
        `parent: ${query.parent} was not a group when ${campaign.name} opened`,
      );
    const page = selection.rows.slice(query.offset, query.offset + query.limit);
    // The full results, read once and kept (closed results never change):
    // a page is a slice of them, so it shows exactly their published cells.
    const results = await this.resultsOf(campaign);
    const teams = new Map(results.teams.map(t => [t.ref, t]));
    const row = (ref: string) =>
      heatmapRow(results, teams, ref, selection.groupsBelow);
    return {
      campaignId: campaign.id,
      level: 'level' in view ? view.level : null,
      path: selection.path.map(t => ({
        ref: t.ref,
        title: t.ref === ORGANISATION ? 'Organisation' : t.title,
      })),
      technologies: snapshot.technologies.map(t => ({
        id: t.id,
        title: t.title,
      })),
      total: row(selection.total.ref),
      totalRows: selection.rows.length,
      offset: query.offset,
      limit: query.limit,
      rows: page.map(t => row(t.ref)),
    };
  }

  private async resultsOf(campaign: CampaignRecord): Promise<CampaignResults> {
    const { store } = this.deps;
    if (campaign.status === 'draft')
      throw new ConflictError(
        `campaign ${campaign.name}: is a draft; results start once it opens`,
      );
    if (campaign.status === 'open') {
      const counts = await store.respondentsPerTeam(campaign.id);
      return buildResults(
        campaign,
        respondentCells(campaign.snapshot!, counts),
      );
    }
    const cached = this.results.get(campaign.id);
    if (cached) return cached;
    const previous = await this.previousOf(campaign);
    const results = buildResults(
      campaign,
      await store.resultCells(campaign.id),
      previous && {
        record: previous,
        cells: await store.resultCells(previous.id),
      },
    );
    // Closed results never change.
    this.results.set(campaign.id, results);
    return results;
  }

  /**
   * Closed campaigns, oldest first. Read again at most every few seconds:
   * each holds its snapshot, and a campaign closed on another replica shows
   * here within that time.
   */
  private async closedCampaigns(): Promise<CampaignRecord[]> {
    const now = Date.now();
    if (this.closed && now - this.closed.at < CLOSED_CAMPAIGNS_TTL_MS)
      return this.closed.campaigns;
    const campaigns = await this.readClosedCampaigns();
    this.closed = { at: now, campaigns };
    return campaigns;
  }

  private async readClosedCampaigns(): Promise<CampaignRecord[]> {
    return (await this.deps.store.listCampaigns())
      .filter(c => c.status === 'closed')
      .sort((a, b) =>
        a.closedOn! === b.closedOn!
          ? a.closesOn.localeCompare(b.closesOn) || a.name.localeCompare(b.name)
          : a.closedOn!.localeCompare(b.closedOn!),
      );
  }

  private async previousOf(campaign: CampaignRecord) {
    const closed = await this.closedCampaigns();
    const at = closed.findIndex(c => c.id === campaign.id);
    return at > 0 ? closed[at - 1] : undefined;
  }

  private async latestClosed(campaignId?: string) {
    if (campaignId) {
      const campaign = await this.campaign(campaignId);
      if (campaign.status !== 'closed')
        throw new ConflictError(
          `campaign ${campaign.name}: is ${campaign.status}; results are published when it closes`,
        );
      return campaign;
    }
    const closed = await this.closedCampaigns();
    if (!closed.length)
      throw new NotFoundError(
        'No campaign has closed yet, so nothing is published',
      );
    return closed[closed.length - 1];
  }

  async exportCsv(id: string, viewer: Viewer): Promise<string> {
    await this.deps.access.readResults(viewer);
    return resultsToCsv(await this.resultsOf(await this.latestClosed(id)));
  }

  async gaps(viewer: Viewer, campaignId?: string): Promise<GapsList> {
    await this.deps.access.readResults(viewer);
    const campaign = await this.latestClosed(campaignId);
    // Organisation-wide cells only: one a technology.
    const organisation = {
      ...campaign,
      snapshot: {
        ...campaign.snapshot!,
        teams: campaign.snapshot!.teams.filter(t => t.ref === ORGANISATION),
      },
    };
    const results = buildResults(
      organisation,
      await this.deps.store.resultCells(campaign.id, {
        teamRef: ORGANISATION,
      }),
    );
    const [helpers, friction] = await Promise.all([
      this.deps.store.countHelpers(),
      this.friction(viewer),
    ]);
    return gapsOf(results, helpers, friction);
  }

  /**
   * One technology's published cells in a closed campaign, and its trend
   * over all of them: only its cells are read, and one organisation-wide
   * cell per campaign for the trend.
   */
  async technologyResults(
    technologyId: string,
    viewer: Viewer,
    campaignId?: string,
  ) {
    await this.deps.access.readResults(viewer);
    const campaign = await this.latestClosed(campaignId);
    // Closed results never change; the trend changes when one more closes.
    const closedIds = (await this.closedCampaigns()).map(c => c.id).join();
    const key = `${campaign.id}|${technologyId}|${closedIds}`;
    let found = this.technologies.get(key);
    if (!found) {
      found = this.readTechnologyResults(technologyId, campaign);
      if (this.technologies.size >= MAX_TECHNOLOGY_VIEWS)
        this.technologies.delete(this.technologies.keys().next().value!);
      this.technologies.set(key, found);
      found.catch(() => this.technologies.delete(key));
    }
    const [view, friction] = await Promise.all([found, this.friction(viewer)]);
    return {
      ...view,
      friction: friction.source,
      result: { ...view.result, friction: frictionOf(friction, technologyId) },
    };
  }

  private async readTechnologyResults(
    technologyId: string,
    campaign: CampaignRecord,
  ) {
    const { store } = this.deps;
    if (!campaign.snapshot!.technologies.some(t => t.id === technologyId))
      throw new NotFoundError(
        `technology ${technologyId}: not asked about in ${campaign.name}`,
      );
    const previous = await this.previousOf(campaign);
    const only = new Set([technologyId]);
    const results = buildResults(
      campaign,
      await store.resultCells(campaign.id, { technologyIds: [technologyId] }),
      previous && {
        record: previous,
        cells: await store.resultCells(previous.id, {
          technologyIds: [technologyId],
        }),
      },
      only,
    );
    const closed = (await this.closedCampaigns()).filter(c =>
      c.snapshot!.technologies.some(t => t.id === technologyId),
    );
    const overall = await store.organisationCells(
      technologyId,
      closed.map(c => c.id),
    );
    const trend: TrendPoint[] = closed.map(c => ({
      campaignId: c.id,
      campaignName: c.name,
      closedOn: c.closedOn!,
      overall: resultCellOf(
        overall.get(c.id),
        true,
        c.snapshot!.scale,
        c.snapshot!.independentLevel,
      ),
    }));
    return {
      campaign: results.campaign,
      minGroupSize: results.minGroupSize,
      scale: results.scale,
      result: results.technologies[0],
      trend,
    };
  }

  async freeText(id: string, viewer: Viewer): Promise<FreeTextView> {
    await this.deps.access.readResults(viewer);
    const campaign = await this.latestClosed(id);
    const admin = await this.deps.access.canHoldFreeText(viewer);
    const results = await this.resultsOf(campaign);
    const shownTexts = await this.deps.store.freeTexts(id, false);
    const min = campaign.snapshot!.minGroupSize;
    // Organisation-wide only: per-team views could be differenced.
    const shown =
      results.respondents.status === 'published' && shownTexts.length >= min;
    if (!shown) return { campaignId: id, shown: false, texts: [] };
    return {
      campaignId: id,
      shown: true,
      texts: admin ? await this.deps.store.freeTexts(id, true) : shownTexts,
    };
  }

  async holdFreeText(
    id: string,
    textId: string,
    held: boolean,
    viewer: Viewer,
  ): Promise<void> {
    await this.deps.access.holdFreeText(viewer);
    await this.latestClosed(id);
    if (!(await this.deps.store.holdFreeText(id, textId, held)))
      throw new NotFoundError(
        `text ${textId}: no such free text in campaign ${id}`,
      );
  }
}
