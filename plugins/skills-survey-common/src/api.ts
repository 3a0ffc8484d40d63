import {
  Campaign,
  CountCell,
  Footprint,
  Rating,
  ResultCell,
  ScaleLevel,
  TeamSnapshot,
  Technology,
} from './model';

// What the backend's HTTP API takes and answers besides the model.

/** The body that creates a campaign. */
export interface NewCampaignInput {
  name: string;
  intro?: string;
  opensOn: string;
  closesOn: string;
  technologyIds: string[];
}

/** An answer, first given or changed. */
export interface AnswerInput {
  /** The receipt the browser made and keeps (see RECEIPT_PATTERN). */
  receipt: string;
  ratings: Rating[];
  /** "What would help you most?" */
  helpText?: string;
}

/** What submitting answers. */
export interface AnswerReceipt {
  campaignId: string;
  /** False when a retry found the answer already recorded. */
  created: boolean;
}

/** One's own answer, read back with its receipt while the campaign is open. */
export interface OwnAnswer {
  campaignId: string;
  ratings: Rating[];
  helpText: string | null;
}

/** Whether the signed-in person has answered a campaign. */
export interface Participation {
  campaignId: string;
  answered: boolean;
  /** The day they first answered. */
  answeredOn: string | null;
}

/** A team in results: its size, and how many answered. */
export interface TeamResult extends TeamSnapshot {
  responses: CountCell;
  /** Respondents over size, when published. */
  responseRate: number | null;
}

/** One technology's results in one campaign. */
export interface TechnologyResult {
  technology: Technology;
  overall: ResultCell;
  /** Change in share at the independent level against the previous campaign, when both are published. */
  change: number | null;
  teams: Array<{ teamRef: string; cell: ResultCell; change: number | null }>;
}

/** A campaign's results: while open, response counts only. */
export interface CampaignResults {
  campaign: Campaign;
  published: boolean;
  minGroupSize: number;
  scale: ScaleLevel[];
  respondents: CountCell;
  teams: TeamResult[];
  technologies: TechnologyResult[];
  previousCampaignId: string | null;
}

/** A technology's share at the independent level in one campaign. */
export interface TrendPoint {
  campaignId: string;
  campaignName: string;
  closedOn: string;
  overall: ResultCell;
}

/** One row of the gaps list. */
export interface Gap {
  rank: number;
  technology: Technology;
  footprint: Footprint;
  /** Share of respondents below the independent level, organisation-wide. */
  shareBelowIndependent: number;
  respondents: number;
  wantToLearn: number;
  /** footprint.components × shareBelowIndependent: how many components' worth of people lack it. */
  score: number;
  helpers: number;
}

/** The gaps list of a closed campaign. */
export interface GapsList {
  campaignId: string;
  campaignName: string;
  /** How the score is made. */
  method: string;
  gaps: Gap[];
  /** Technologies left out because their organisation-wide cell is not published. */
  unpublished: string[];
}

/** A free-text answer, in a view large enough to show it. */
export interface FreeText {
  id: string;
  text: string;
  held: boolean;
}

/** The free text of a closed campaign. */
export interface FreeTextView {
  campaignId: string;
  /** False when fewer than the minimum group size answered it. */
  shown: boolean;
  texts: FreeText[];
}

/** A person who offers to help with technologies, by name. */
export interface Helper {
  userRef: string;
  technologyId: string;
  note: string | null;
  since: string;
}
