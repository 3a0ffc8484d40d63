import {
  Campaign,
  CampaignStatus,
  Helper,
  Rating,
  ScaleLevel,
  TeamSnapshot,
  Technology,
} from '@internal/plugin-skills-survey-common';

/** What a campaign froze when it opened. */
export interface CampaignSnapshot {
  technologies: Technology[];
  scale: ScaleLevel[];
  /** The level from which a person counts as independent. */
  independentLevel: number;
  teams: TeamSnapshot[];
  /** Attributed teams that have answers of their own (not only their sub-teams'). */
  ownAnswers: string[];
  minGroupSize: number;
}

/** A campaign as stored, with its snapshot once open. */
export interface CampaignRecord
  extends Omit<Campaign, 'technologies' | 'scale'> {
  snapshot?: CampaignSnapshot;
}

/** A closed campaign as listed: enough to order it and find its results. */
export interface ClosedCampaign {
  id: string;
  name: string;
  closesOn: string;
  closedOn: string;
}

/** A new campaign, as the service hands it to the store. */
export interface NewCampaign {
  name: string;
  intro: string;
  opensOn: string;
  closesOn: string;
  technologyIds: string[];
  createdBy: string;
}

/** An answer to store: the person goes to participations, the rest to answers. */
export interface NewAnswer {
  campaignId: string;
  personRef: string;
  /** The day it is given (YYYY-MM-DD). */
  day: string;
  receiptHash: string;
  ratings: Rating[];
  helpText: string | null;
}

/** What storing a first answer did. */
export type SubmitOutcome =
  | 'created'
  /** A retry: this person's answer with this receipt is already there. */
  | 'already-recorded'
  /** This person already answered, with another receipt. */
  | 'already-answered'
  /** The receipt belongs to an answer this person did not give. */
  | 'receipt-taken'
  /** The campaign is not open (any more). */
  | 'not-open';

/** One row of the aggregate the database computes at closing. */
export interface RatingAggregate {
  teamRef: string;
  technologyId: string;
  level: number | null;
  wantToLearn: boolean;
  count: number;
}

/** A cell as stored at closing. */
export interface StoredCell {
  technologyId: string;
  teamRef: string;
  status: 'published' | 'suppressed' | 'no-data';
  respondents?: number;
  levels?: Record<string, number>;
  notApplicable?: number;
  wantToLearn?: number;
}

/** The skills survey's storage. */
export interface SurveyStore {
  createCampaign(campaign: NewCampaign, day: string): Promise<CampaignRecord>;
  getCampaign(id: string): Promise<CampaignRecord | undefined>;
  listCampaigns(): Promise<CampaignRecord[]>;
  openCampaign(
    id: string,
    snapshot: CampaignSnapshot,
    members: Map<string, string>,
    day: string,
  ): Promise<CampaignRecord>;
  /**
   * Closes an open campaign: marks it closed, then has `compute` turn the
   * database's aggregates into cells and stores them, in one transaction
   * that waits for answers being written. `onStep` is told how long each
   * step took (the bench prints it).
   */
  closeCampaign(
    id: string,
    day: string,
    compute: (aggregates: {
      ratings: RatingAggregate[];
      respondents: Map<string, number>;
    }) => StoredCell[],
    options?: { onStep?: (step: string, ms: number) => void },
  ): Promise<CampaignRecord>;
  /** Open campaigns whose closing day is before `day`. */
  dueToClose(day: string): Promise<string[]>;
  submitAnswer(answer: NewAnswer): Promise<SubmitOutcome>;
  /** Replaces the ratings and text of the answer with the receipt; false if none. */
  changeAnswer(
    answer: Omit<NewAnswer, 'day'>,
  ): Promise<'changed' | 'no-such-receipt' | 'not-open' | 'not-participant'>;
  readAnswer(
    campaignId: string,
    receiptHash: string,
  ): Promise<{ ratings: Rating[]; helpText: string | null } | undefined>;
  participation(
    campaignId: string,
    personRef: string,
  ): Promise<{ answeredOn: string } | undefined>;
  teamOf(campaignId: string, personRef: string): Promise<string | undefined>;
  respondentsPerTeam(campaignId: string): Promise<Map<string, number>>;
  /** A campaign's stored cells: all, or those of some technologies, or of one team. */
  resultCells(
    campaignId: string,
    filter?: { technologyIds?: string[]; teamRef?: string },
  ): Promise<StoredCell[]>;
  /** The closed campaigns, without their snapshots, in no particular order. */
  listClosed(): Promise<ClosedCampaign[]>;
  /** The organisation-wide cells of some campaigns, by campaign id. */
  organisationCellsOf(
    campaignIds: string[],
  ): Promise<Map<string, StoredCell[]>>;
  /** Free texts of a closed campaign, in the order of their text, with how many there are. */
  freeTexts(
    campaignId: string,
    includeHeld: boolean,
  ): Promise<Array<{ id: string; text: string; held: boolean }>>;
  holdFreeText(campaignId: string, id: string, held: boolean): Promise<boolean>;
  listHelpers(technologyId?: string): Promise<Helper[]>;
  setHelpers(
    userRef: string,
    offers: Array<{ technologyId: string; note: string | null }>,
    day: string,
  ): Promise<Helper[]>;
  countHelpers(): Promise<Map<string, number>>;
}

/** The statuses a campaign may have. */
export const CAMPAIGN_STATUSES: CampaignStatus[] = ['draft', 'open', 'closed'];
