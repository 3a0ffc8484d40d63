import { createApiRef } from '@backstage/core-plugin-api';
import {
  AnswerInput,
  AnswerReceipt,
  Campaign,
  CampaignResults,
  FreeTextView,
  GapsList,
  HeatmapPage,
  HeatmapQuery,
  Helper,
  NewCampaignInput,
  OwnAnswer,
  Participation,
  ScaleLevel,
  Technology,
  TechnologyResult,
  TrendPoint,
} from '@internal/plugin-skills-survey-common';

/** One technology in a closed campaign, with its trend over every closed campaign. */
export interface TechnologyResults {
  campaign: Campaign;
  minGroupSize: number;
  scale: ScaleLevel[];
  result: TechnologyResult;
  trend: TrendPoint[];
}

/** A technology someone offers help with, and a note. */
export interface HelpOffer {
  technologyId: string;
  note?: string;
}

/** The skills-survey backend, as the pages use it. */
export interface SkillsSurveyApi {
  listTechnologies(): Promise<Technology[]>;
  listCampaigns(): Promise<Campaign[]>;
  getCampaign(id: string): Promise<Campaign>;
  createCampaign(input: NewCampaignInput): Promise<Campaign>;
  openCampaign(id: string): Promise<Campaign>;
  closeCampaign(id: string): Promise<Campaign>;
  getParticipation(id: string): Promise<Participation>;
  /** A first answer; 409 when the person answered already. */
  submitAnswer(id: string, input: AnswerInput): Promise<AnswerReceipt>;
  /** Changes an answer given with the same receipt. */
  changeAnswer(id: string, input: AnswerInput): Promise<AnswerReceipt>;
  /** Reads one's own answer back with its receipt (sent in the body). */
  lookupAnswer(id: string, receipt: string): Promise<OwnAnswer>;
  /** Results; `cells: 'organisation'` leaves out the per-team cells (see getHeatmap). */
  getResults(
    id: string,
    options?: { cells?: 'all' | 'organisation' },
  ): Promise<CampaignResults>;
  /** A page of the technology × team heatmap of a closed campaign. */
  getHeatmap(id: string, query: HeatmapQuery): Promise<HeatmapPage>;
  getTechnologyResults(
    technologyId: string,
    campaignId?: string,
  ): Promise<TechnologyResults>;
  getGaps(campaignId?: string): Promise<GapsList>;
  getFreeText(id: string): Promise<FreeTextView>;
  holdFreeText(id: string, textId: string, held: boolean): Promise<void>;
  /** The aggregates as CSV. */
  exportResults(id: string): Promise<Blob>;
  listHelpers(technologyId?: string): Promise<Helper[]>;
  /** Replaces the signed-in person's offers of help. */
  setMyHelp(offers: HelpOffer[]): Promise<Helper[]>;
}

/** The skills-survey API. */
export const skillsSurveyApiRef = createApiRef<SkillsSurveyApi>({
  id: 'plugin.skills-survey.api',
});
