import {
  Campaign,
  CountCell,
  Footprint,
  FrictionSource,
  Rating,
  ResultCell,
  ScaleLevel,
  TeamSnapshot,
  Technology,
  TechnologyFriction,
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
  /** Developer Zero friction on the entities that use it; null when unavailable or while open. */
  friction: TechnologyFriction | null;
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
  /** Whether the technologies' friction could be read; null while open (no technology is shown). */
  friction: FrictionSource | null;
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
  /** Developer Zero friction on the entities that use it; null when unavailable. */
  friction: TechnologyFriction | null;
  /** Hours lost on those entities (minutes / 60, rounded to 0.1); 0 when unavailable. */
  hoursLost: number;
  /**
   * shareBelowIndependent × (footprint.components + hoursLost): how many
   * components' worth, and hours of friction, the people who lack it face.
   */
  score: number;
  helpers: number;
}

/** The gaps list of a closed campaign. */
export interface GapsList {
  campaignId: string;
  campaignName: string;
  /** How the score is made. */
  method: string;
  /** Whether Developer Zero's friction is part of the score. */
  friction: FrictionSource;
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

/** How the heatmap's rows are chosen: every department, every team, or a group's children. */
export const HEATMAP_LEVELS = ['department', 'team'] as const;

/** A level of the heatmap: departments (groups under the organisation) or teams (groups with no group below). */
export type HeatmapLevel = (typeof HEATMAP_LEVELS)[number];

/** The heatmap's page size: the default and the most a page takes. */
export const HEATMAP_PAGE = { default: 25, max: 100 } as const;

/** What GET /campaigns/{id}/heatmap takes. */
export interface HeatmapQuery {
  /** Rows at a level of the hierarchy (default: departments). */
  level?: HeatmapLevel;
  /** Or the groups directly under this one (a group ref). */
  parent?: string;
  offset?: number;
  limit?: number;
}

/**
 * A heatmap cell: a published cell's respondents and share at the
 * independent level, or why it is withheld. A page holds thousands, so a
 * cell carries nothing it need not: no technology id (its place in the row
 * says which) and no share when nobody gave a level.
 */
export type HeatmapCell =
  | {
      status: 'published';
      respondents: number;
      /** Absent when every respondent answered not applicable. */
      shareIndependent?: number;
    }
  | { status: 'suppressed' }
  | { status: 'no-data' }
  | { status: 'team-below-minimum' };

/** One team's row of the heatmap: a cell per technology, published or why not. */
export interface HeatmapRow {
  team: TeamResult;
  /** How many groups are directly under it (0 for a team one cannot drill into). */
  groupsBelow: number;
  /** A cell per technology of the page, in the order of its `technologies`. */
  cells: HeatmapCell[];
}

/** A page of the technology × team heatmap of a closed campaign. */
export interface HeatmapPage {
  campaignId: string;
  level: HeatmapLevel | null;
  /** The groups above the rows' parent, the organisation first; empty at a level. */
  path: Array<{ ref: string; title: string }>;
  technologies: Array<{ id: string; title: string }>;
  /** The rows' parent (or the organisation at a level), for comparison. */
  total: HeatmapRow;
  /** Rows in all, and the page. */
  totalRows: number;
  offset: number;
  limit: number;
  rows: HeatmapRow[];
}
