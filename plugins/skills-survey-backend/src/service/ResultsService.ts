import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  CampaignResults,
  FreeTextView,
  GapsList,
  TrendPoint,
} from '@internal/plugin-skills-survey-common';
import { CampaignRecord, SurveyStore } from '../database/SurveyStore';
import { respondentCells, resultCellOf } from '../model/cells';
import { buildResults, gapsOf, resultsToCsv } from '../model/results';
import { ORGANISATION } from '../model/teams';
import { SurveyAccess, Viewer } from './SurveyAccess';

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
    private readonly deps: { store: SurveyStore; access: SurveyAccess },
  ) {}

  /** Forgets the closed campaigns read, after this replica closed one. */
  forgetClosed() {
    this.closed = undefined;
  }

  private async campaign(id: string): Promise<CampaignRecord> {
    const found = await this.deps.store.getCampaign(id);
    if (!found) throw new NotFoundError(`campaign ${id}: no such campaign`);
    return found;
  }

  /** Results: response counts while open, every published cell once closed. */
  async campaignResults(id: string, viewer: Viewer): Promise<CampaignResults> {
    await this.deps.access.readResults(viewer);
    return this.resultsOf(await this.campaign(id));
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
    return gapsOf(results, await this.deps.store.countHelpers());
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
    return found;
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
