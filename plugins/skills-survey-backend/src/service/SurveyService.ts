import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  AnswerInput,
  AnswerReceipt,
  Campaign,
  Helper,
  NewCampaignInput,
  OwnAnswer,
  Participation,
  Technology,
} from '@internal/plugin-skills-survey-common';
import { CatalogSnapshotService } from '@internal/plugin-fitsys-node';
import { createHash } from 'crypto';
import { DateTime } from 'luxon';
import { SkillsSurveySettings } from '../config';
import { Entity } from '@backstage/catalog-model';
import {
  CampaignRecord,
  CampaignSnapshot,
  SurveyStore,
} from '../database/SurveyStore';
import { computeCells } from '../model/cells';
import { campaignView } from '../model/results';
import { buildTeamTree } from '../model/teams';
import { SurveyAccess, Viewer } from './SurveyAccess';
import { TechnologyCatalog } from './TechnologyCatalog';
import { checkRatings } from './ratings';

/** Today in UTC, as the survey stores days. */
export const today = (now = new Date()) =>
  DateTime.fromJSDate(now, { zone: 'utc' }).toISODate()!;

/** The hash stored for a receipt: bound to its campaign, so no receipt works twice. */
export const receiptHash = (campaignId: string, receipt: string) =>
  createHash('sha256').update(`${campaignId}:${receipt}`).digest('hex');

/** What a campaign freezes when it opens, from the catalog's entities. */
export function campaignSnapshot(
  technologies: Technology[],
  entities: readonly Entity[],
  settings: Pick<
    SkillsSurveySettings,
    'minGroupSize' | 'scale' | 'independentLevel'
  >,
): { snapshot: CampaignSnapshot; members: Map<string, string> } {
  const tree = buildTeamTree(entities, settings.minGroupSize);
  return {
    snapshot: {
      technologies,
      scale: settings.scale,
      independentLevel: settings.independentLevel,
      teams: tree.teams,
      ownAnswers: tree.cells.filter(c => c.ownAnswers).map(c => c.ref),
      minGroupSize: settings.minGroupSize,
    },
    members: tree.members,
  };
}

/** How many open campaigns' records are kept (tens of kB each). */
const MAX_OPENED = 16;

/** The skills survey's use cases, behind the permission checks; no HTTP here. */
export class SurveyService {
  /** Open campaigns as they opened, by id. */
  private readonly opened = new Map<string, CampaignRecord>();

  constructor(
    private readonly deps: {
      store: SurveyStore;
      access: SurveyAccess;
      technologies: TechnologyCatalog;
      snapshots: CatalogSnapshotService;
      settings: SkillsSurveySettings;
      now?: () => Date;
      /** Told of each campaign closed here (by hand or by the scheduler). */
      onClosed?: (campaign: CampaignRecord) => void;
    },
  ) {}

  private day() {
    return today(this.deps.now?.());
  }

  private async campaign(id: string): Promise<CampaignRecord> {
    const found = await this.deps.store.getCampaign(id);
    if (!found) throw new NotFoundError(`campaign ${id}: no such campaign`);
    return found;
  }

  async technologies(viewer: Viewer): Promise<Technology[]> {
    const view = await this.deps.snapshots.viewFor(viewer.credentials);
    return this.deps.technologies.of(view);
  }

  /** Campaigns; drafts only for those who manage them. */
  async listCampaigns(viewer: Viewer): Promise<Campaign[]> {
    const manager = await this.deps.access.canManage(viewer);
    return (await this.deps.store.listCampaigns())
      .filter(c => manager || c.status !== 'draft')
      .map(campaignView);
  }

  async getCampaign(id: string, viewer: Viewer): Promise<Campaign> {
    const campaign = await this.campaign(id);
    if (campaign.status === 'draft') await this.deps.access.manage(viewer);
    return campaignView(campaign);
  }

  async createCampaign(
    input: NewCampaignInput,
    viewer: Viewer,
  ): Promise<Campaign> {
    await this.deps.access.manage(viewer);
    if (input.closesOn < input.opensOn)
      throw new InputError(
        `body.closesOn: ${input.closesOn} is before opensOn ${input.opensOn}; a campaign closes on or after the day it opens`,
      );
    const known = new Set((await this.deps.technologies.all()).map(t => t.id));
    const unknown = input.technologyIds.filter(id => !known.has(id));
    if (unknown.length)
      throw new InputError(
        `body.technologyIds: ${unknown
          .slice(0, 10)
          .join(', ')} not known; choose from GET /technologies`,
      );
    return campaignView(
      await this.deps.store.createCampaign(
        {
          name: input.name,
          intro: input.intro ?? '',
          opensOn: input.opensOn,
          closesOn: input.closesOn,
          technologyIds: [...new Set(input.technologyIds)],
          createdBy: viewer.userRef,
        },
        this.day(),
      ),
    );
  }

  /** Opens a draft: its technologies, scale and teams are frozen now. */
  async openCampaign(id: string, viewer: Viewer): Promise<Campaign> {
    await this.deps.access.manage(viewer);
    const campaign = await this.campaign(id);
    if (campaign.status !== 'draft')
      throw new ConflictError(
        `campaign ${campaign.name}: is ${campaign.status}; only a draft opens`,
      );
    const { settings } = this.deps;
    const all = new Map(
      (await this.deps.technologies.all()).map(t => [t.id, t]),
    );
    const gone = campaign.technologyIds.filter(t => !all.has(t));
    if (gone.length)
      throw new ConflictError(
        `campaign ${campaign.name}: technologies ${gone.join(
          ', ',
        )} are no longer known; create the campaign again without them`,
      );
    const { snapshot, members } = campaignSnapshot(
      campaign.technologyIds.map(t => all.get(t)!),
      (await this.deps.snapshots.get()).entities,
      settings,
    );
    return campaignView(
      await this.deps.store.openCampaign(id, snapshot, members, this.day()),
    );
  }

  async closeCampaign(id: string, viewer: Viewer): Promise<Campaign> {
    await this.deps.access.manage(viewer);
    return campaignView(await this.close(id));
  }

  /** Closes a campaign and stores its published aggregates (also the scheduler's job). */
  async close(id: string): Promise<CampaignRecord> {
    const campaign = await this.campaign(id);
    if (campaign.status !== 'open')
      throw new ConflictError(
        `campaign ${campaign.name}: is ${campaign.status}; only an open campaign closes`,
      );
    const closed = await this.deps.store.closeCampaign(
      id,
      this.day(),
      aggregates => computeCells(campaign.snapshot!, aggregates),
    );
    this.deps.onClosed?.(closed);
    return closed;
  }

  /** Closes every open campaign whose closing day has passed; returns their ids. */
  async closeDue(): Promise<string[]> {
    const due = await this.deps.store.dueToClose(this.day());
    const closed: string[] = [];
    for (const id of due) {
      try {
        await this.close(id);
        closed.push(id);
      } catch (error) {
        // Closed by hand or by another replica in the meantime.
        if (!(error instanceof ConflictError)) throw error;
      }
    }
    return closed;
  }

  /**
   * An open campaign, for writing answers: its record as it opened is kept
   * (its snapshot never changes), so that answers do not each read it; that
   * it is still open, the transaction that writes the answer checks.
   */
  private async openedCampaign(id: string): Promise<CampaignRecord> {
    const kept = this.opened.get(id);
    if (kept) return kept;
    const campaign = await this.openForAnswers(id);
    if (this.opened.size >= MAX_OPENED) this.opened.clear();
    this.opened.set(id, campaign);
    return campaign;
  }

  /** The answer could not be written as the campaign is no longer open. */
  private async closedMeanwhile(campaign: CampaignRecord): Promise<never> {
    this.opened.delete(campaign.id);
    await this.openForAnswers(campaign.id);
    throw new ConflictError(
      `campaign ${campaign.name}: closed while the answer was sent; it is read-only`,
    );
  }

  private async openForAnswers(id: string): Promise<CampaignRecord> {
    const campaign = await this.campaign(id);
    if (campaign.status === 'draft')
      throw new ConflictError(
        `campaign ${campaign.name}: is not open yet; answers are taken from ${campaign.opensOn} once the platform team opens it`,
      );
    if (campaign.status === 'closed')
      throw new ConflictError(
        `campaign ${campaign.name}: closed on ${campaign.closedOn}; it is read-only`,
      );
    return campaign;
  }

  async submit(
    id: string,
    input: AnswerInput,
    viewer: Viewer,
  ): Promise<AnswerReceipt> {
    await this.deps.access.answer(viewer);
    const campaign = await this.openedCampaign(id);
    checkRatings(campaign.snapshot!, input.ratings);
    const outcome = await this.deps.store.submitAnswer({
      campaignId: id,
      personRef: viewer.userRef,
      day: this.day(),
      receiptHash: receiptHash(id, input.receipt),
      ratings: input.ratings,
      helpText: input.helpText || null,
    });
    switch (outcome) {
      case 'created':
        return { campaignId: id, created: true };
      case 'already-recorded':
        return { campaignId: id, created: false };
      case 'already-answered':
        throw new ConflictError(
          `You have already answered ${campaign.name}. Change your answer with the receipt your browser kept (PUT /campaigns/${id}/answers); without it a new answer is refused, so that nobody can answer twice`,
        );
      case 'receipt-taken':
        throw new ConflictError(
          'receipt: belongs to another answer; make a fresh random receipt',
        );
      default:
        return this.closedMeanwhile(campaign);
    }
  }

  async change(
    id: string,
    input: AnswerInput,
    viewer: Viewer,
  ): Promise<AnswerReceipt> {
    await this.deps.access.answer(viewer);
    const campaign = await this.openedCampaign(id);
    checkRatings(campaign.snapshot!, input.ratings);
    const outcome = await this.deps.store.changeAnswer({
      campaignId: id,
      personRef: viewer.userRef,
      receiptHash: receiptHash(id, input.receipt),
      ratings: input.ratings,
      helpText: input.helpText || null,
    });
    if (outcome === 'changed') return { campaignId: id, created: false };
    if (outcome === 'not-participant')
      throw new ConflictError(
        `You have not answered ${campaign.name} yet; send your first answer with POST /campaigns/${id}/answers`,
      );
    if (outcome === 'no-such-receipt')
      throw new ConflictError(
        `receipt: matches no answer of ${campaign.name}; only the receipt kept when you answered changes it`,
      );
    return this.closedMeanwhile(campaign);
  }

  async readOwn(
    id: string,
    receipt: string,
    viewer: Viewer,
  ): Promise<OwnAnswer> {
    await this.deps.access.answer(viewer);
    const campaign = await this.openForAnswers(id);
    const participated = await this.deps.store.participation(
      id,
      viewer.userRef,
    );
    const found = participated
      ? await this.deps.store.readAnswer(id, receiptHash(id, receipt))
      : undefined;
    if (!found)
      throw new ConflictError(
        `receipt: matches no answer of yours to ${campaign.name}`,
      );
    return { campaignId: id, ...found };
  }

  async participation(id: string, viewer: Viewer): Promise<Participation> {
    const campaign = await this.campaign(id);
    if (campaign.status === 'draft') await this.deps.access.manage(viewer);
    const found = await this.deps.store.participation(id, viewer.userRef);
    return {
      campaignId: id,
      answered: Boolean(found),
      answeredOn: found?.answeredOn ?? null,
    };
  }

  async helpers(technologyId?: string): Promise<Helper[]> {
    return this.deps.store.listHelpers(technologyId);
  }

  async setHelpers(
    offers: Array<{ technologyId: string; note?: string }>,
    viewer: Viewer,
  ): Promise<Helper[]> {
    const known = new Set((await this.deps.technologies.all()).map(t => t.id));
    const unknown = offers.filter(o => !known.has(o.technologyId));
    if (unknown.length)
      throw new InputError(
        `body.technologies: ${unknown
          .map(o => o.technologyId)
          .join(', ')} not known; choose from GET /technologies`,
      );
    return this.deps.store.setHelpers(
      viewer.userRef,
      offers.map(o => ({ technologyId: o.technologyId, note: o.note || null })),
      this.day(),
    );
  }
}
