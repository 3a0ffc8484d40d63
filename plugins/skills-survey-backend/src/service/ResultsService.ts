import { ConflictError, NotFoundError } from '@backstage/errors';
import { HeatmapView, heatmapPageBody, heatmapView } from '../model/heatmap';
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
  frictionOf,
  gapsOf,
  resultsToCsv,
  withFriction,
} from '../model/results';
import { ORGANISATION } from '../model/teams';
import { SurveyAccess, Viewer } from './SurveyAccess';
import { ClosedCampaignCache, remember } from './ClosedCampaignCache';
import { FrictionReader, NO_FRICTION_READER } from './DevzeroFriction';

/** How many technology views are kept in memory (about 100 kB each at 400 teams). */
const MAX_TECHNOLOGY_VIEWS = 400;

/** How many closed campaigns' full results are kept (megabytes each at 400 teams). */
const MAX_FULL_RESULTS = 8;

/** How many heatmap views' rows (a level or a parent's groups, of a campaign) are kept. */
const MAX_HEATMAP_VIEWS = 256;

/** What a page of the heatmap is asked with. */
export interface HeatmapPageQuery {
  level?: HeatmapLevel;
  parent?: string;
  offset: number;
  limit: number;
}

/**
 * Reading results: response counts of open campaigns, the published cells
 * of closed ones, one technology with its trend, the gaps list, exports and
 * free text. Everything behind the results permission; no HTTP here.
 *
 * What is kept in memory is of closed campaigns only, whose record and
 * published cells never change (a closed campaign is read-only; holding free
 * text back changes no cell, and free text is read on every request). Which
 * campaigns are closed, and so each one's previous campaign and every trend,
 * is read from the database on every request (one small query, no
 * snapshots), so a campaign closed on another replica shows at once and no
 * replica needs telling (see ClosedCampaignCache).
 */
export class ResultsService {
  /** Closed campaigns' records and organisation-wide cells. */
  private readonly closedCache: ClosedCampaignCache;
  /** Full results, by campaign and previous campaign. */
  private readonly results = new Map<string, Promise<CampaignResults>>();
  /** One technology's results in a campaign, by campaign, previous and technology. */
  private readonly technologies = new Map<
    string,
    ReturnType<ResultsService['readTechnologyView']>
  >();

  /** The rows of each heatmap view, by campaign and view. */
  private readonly heatmapViews = new Map<string, Promise<HeatmapView>>();

  constructor(
    private readonly deps: {
      store: SurveyStore;
      access: SurveyAccess;
      friction?: FrictionReader;
    },
  ) {
    this.closedCache = new ClosedCampaignCache(deps.store);
  }

  /**
   * Reads closed campaigns' cells ahead of the first trend (at start and
   * after a close), so that no request waits for them; see
   * ClosedCampaignCache.warm.
   */
  warm(): Promise<void> {
    return this.closedCache.warm();
  }

  private friction(viewer: Viewer) {
    return (this.deps.friction ?? NO_FRICTION_READER).forViewer(
      viewer.credentials,
    );
  }

  private async campaign(id: string): Promise<CampaignRecord> {
    const found = await this.deps.store.getCampaign(id);
    if (!found) throw new NotFoundError(`campaign ${id}: no such campaign`);
    return found;
  }

  /** A campaign: from memory when closed, else as stored now. */
  private async anyCampaign(
    id: string,
  ): Promise<{ campaign: CampaignRecord; closed: CampaignRecord[] }> {
    let closed = await this.closedCache.closedCampaigns();
    let campaign = closed.find(c => c.id === id) ?? (await this.campaign(id));
    if (campaign.status === 'closed' && !closed.includes(campaign)) {
      // Closed since the list was read: read it again, with this one.
      closed = await this.closedCache.closedCampaigns();
      campaign = closed.find(c => c.id === id) ?? campaign;
    }
    return { campaign, closed };
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
    const { campaign, closed } = await this.anyCampaign(id);
    const full = await this.resultsOf(campaign, closed);
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
    query: HeatmapPageQuery,
  ): Promise<HeatmapPage> {
    const body = await this.heatmapBody(id, viewer, query);
    return JSON.parse(Buffer.concat(body).toString('utf8'));
  }

  /**
   * The heatmap page as the router sends it: JSON in pieces, to be written
   * one after the other (see heatmapPageBody). The rows of a view are
   * selected and sorted once per campaign, and each row serialised once, so
   * that a page costs lookups.
   */
  async heatmapBody(
    id: string,
    viewer: Viewer,
    query: HeatmapPageQuery,
  ): Promise<Buffer[]> {
    await this.deps.access.readResults(viewer);
    const { campaign, closed } = await this.latestClosed(id);
    const view: { level: HeatmapLevel } | { parent: string } = query.parent
      ? { parent: query.parent }
      : { level: query.level ?? 'department' };
    const key =
      'level' in view ? `level:${view.level}` : `parent:${view.parent}`;
    const selection = await remember(
      this.heatmapViews,
      `${campaign.id}|${key}`,
      async () => {
        const found = heatmapView(campaign.snapshot!, view);
        if (!found)
          throw new NotFoundError(
            `parent: ${query.parent} was not a group when ${campaign.name} opened`,
          );
        return found;
      },
      MAX_HEATMAP_VIEWS,
    );
    // The full results, read once and kept (closed results never change):
    // a page is a slice of them, so it shows exactly their published cells.
    const results = await this.resultsOf(campaign, closed);
    return heatmapPageBody(results, selection, {
      campaignId: campaign.id,
      offset: query.offset,
      limit: query.limit,
    });
  }

  private async resultsOf(
    campaign: CampaignRecord,
    closed: CampaignRecord[],
  ): Promise<CampaignResults> {
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
    // Closed results never change; their comparison does when the previous
    // campaign does (one closed the same day, sorting before this one).
    const previous = this.closedCache.previousOf(campaign, closed);
    return remember(
      this.results,
      `${campaign.id}|${previous?.id ?? ''}`,
      async () => {
        const [cells, previousCells] = await Promise.all([
          this.closedCache.cells(campaign.id),
          previous && this.closedCache.cells(previous.id),
        ]);
        return buildResults(
          campaign,
          cells.all,
          previous && { record: previous, cells: previousCells!.all },
        );
      },
      MAX_FULL_RESULTS,
    );
  }

  /** A closed campaign (the one named, or the last), with all closed ones. */
  private async latestClosed(
    campaignId?: string,
  ): Promise<{ campaign: CampaignRecord; closed: CampaignRecord[] }> {
    if (campaignId) {
      const { campaign, closed } = await this.anyCampaign(campaignId);
      if (campaign.status !== 'closed')
        throw new ConflictError(
          `campaign ${campaign.name}: is ${campaign.status}; results are published when it closes`,
        );
      return { campaign, closed };
    }
    const closed = await this.closedCache.closedCampaigns();
    if (!closed.length)
      throw new NotFoundError(
        'No campaign has closed yet, so nothing is published',
      );
    return { campaign: closed[closed.length - 1], closed };
  }

  async exportCsv(id: string, viewer: Viewer): Promise<string> {
    await this.deps.access.readResults(viewer);
    const { campaign, closed } = await this.latestClosed(id);
    return resultsToCsv(await this.resultsOf(campaign, closed));
  }

  async gaps(viewer: Viewer, campaignId?: string): Promise<GapsList> {
    await this.deps.access.readResults(viewer);
    const { campaign } = await this.latestClosed(campaignId);
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
      (await this.closedCache.organisationCells([campaign.id]))[0].cells,
    );
    const [helpers, friction] = await Promise.all([
      this.deps.store.countHelpers(),
      this.friction(viewer),
    ]);
    return gapsOf(results, helpers, friction);
  }

  /**
   * One technology's published cells in a closed campaign, and its trend
   * over all of them: its cells in the campaign and the previous one are
   * read once and kept; the trend is made on each call from each closed
   * campaign's organisation-wide cells, also read once and kept.
   */
  async technologyResults(
    technologyId: string,
    viewer: Viewer,
    campaignId?: string,
  ) {
    await this.deps.access.readResults(viewer);
    const { campaign, closed } = await this.latestClosed(campaignId);
    if (!campaign.snapshot!.technologies.some(t => t.id === technologyId))
      throw new NotFoundError(
        `technology ${technologyId}: not asked about in ${campaign.name}`,
      );
    const previous = this.closedCache.previousOf(campaign, closed);
    const view = remember(
      this.technologies,
      `${campaign.id}|${previous?.id ?? ''}|${technologyId}`,
      () => this.readTechnologyView(technologyId, campaign, previous),
      MAX_TECHNOLOGY_VIEWS,
    );
    const asked = closed.filter(c =>
      c.snapshot!.technologies.some(t => t.id === technologyId),
    );
    const [found, overall, friction] = await Promise.all([
      view,
      this.closedCache.organisationCells(asked.map(c => c.id)),
      this.friction(viewer),
    ]);
    const trend: TrendPoint[] = asked.map((c, i) => ({
      campaignId: c.id,
      campaignName: c.name,
      closedOn: c.closedOn!,
      overall: resultCellOf(
        overall[i].byTechnology.get(technologyId),
        true,
        c.snapshot!.scale,
        c.snapshot!.independentLevel,
      ),
    }));
    return {
      ...found,
      trend,
      friction: friction.source,
      result: { ...found.result, friction: frictionOf(friction, technologyId) },
    };
  }

  private async readTechnologyView(
    technologyId: string,
    campaign: CampaignRecord,
    previous: CampaignRecord | undefined,
  ) {
    // Every technology's cells of both campaigns are read at once and kept:
    // a burst of technologies asked for the first time makes two queries.
    const [cells, previousCells] = await Promise.all([
      this.closedCache.cells(campaign.id),
      previous && this.closedCache.cells(previous.id),
    ]);
    const results = buildResults(
      campaign,
      cells.byTechnology.get(technologyId) ?? [],
      previous && {
        record: previous,
        cells: previousCells!.byTechnology.get(technologyId) ?? [],
      },
      new Set([technologyId]),
    );
    return {
      campaign: results.campaign,
      minGroupSize: results.minGroupSize,
      scale: results.scale,
      result: results.technologies[0],
    };
  }

  async freeText(id: string, viewer: Viewer): Promise<FreeTextView> {
    const { withHeld } = await this.deps.access.readFreeText(viewer);
    const { campaign, closed } = await this.latestClosed(id);
    const results = await this.resultsOf(campaign, closed);
    const shownTexts = await this.deps.store.freeTexts(id, false);
    const min = campaign.snapshot!.minGroupSize;
    // Organisation-wide only: per-team views could be differenced.
    const shown =
      results.respondents.status === 'published' && shownTexts.length >= min;
    if (!shown) return { campaignId: id, shown: false, texts: [] };
    return {
      campaignId: id,
      shown: true,
      texts: withHeld ? await this.deps.store.freeTexts(id, true) : shownTexts,
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
