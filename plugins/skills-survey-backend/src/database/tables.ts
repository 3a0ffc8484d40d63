// The rows of the skills survey's tables, as knex hands them over, from the
// migrations in ../../migrations. SQLite hands back booleans as 0 or 1.
// Days are ISO dates (YYYY-MM-DD) in text; no table holds a time of day.

/** A boolean as one of the databases hands it back. */
export type DbBoolean = boolean | 0 | 1;

/** `campaigns`: one survey campaign. */
export interface DbCampaignRow {
  id: string;
  name: string;
  intro: string;
  opens_on: string;
  closes_on: string;
  status: string;
  /** A JSON array of technology ids. */
  technology_ids: string;
  created_by: string;
  created_on: string;
  opened_on: string | null;
  closed_on: string | null;
  /** JSON of a CampaignSnapshot, from opening on. */
  snapshot: string | null;
}

/** `campaign_members`: a person's team when the campaign opened. */
export interface DbCampaignMemberRow {
  campaign_id: string;
  person_ref: string;
  /** The team answers are attributed to; '' for the organisation. */
  team_ref: string;
}

/** `participations`: who answered, and on what day. */
export interface DbParticipationRow {
  campaign_id: string;
  person_ref: string;
  answered_on: string;
}

/** `answers`: what was answered, by nobody in particular. */
export interface DbAnswerRow {
  /** 128 random bits, base64url. */
  id: string;
  campaign_id: string;
  team_ref: string;
  /** Hex SHA-256 of the campaign id and the receipt. */
  receipt_hash: string;
  help_text: string | null;
  text_held: DbBoolean;
  /**
   * The ratings: a character a technology, in the order of the campaign's
   * snapshot (operations/ratingCodes.ts).
   */
  ratings: string;
}

/** `result_cells`: a published aggregate, or the status of a withheld one. */
export interface DbResultCellRow {
  campaign_id: string;
  /** '' for respondent counts. */
  technology_id: string;
  /** '' for the organisation. */
  team_ref: string;
  status: string;
  respondents: number | null;
  /** JSON: respondents per level, by level. */
  levels: string | null;
  not_applicable: number | null;
  want_to_learn: number | null;
}

/** `helpers`: a person offering help with a technology, by name. */
export interface DbHelperRow {
  user_ref: string;
  technology_id: string;
  note: string | null;
  since: string;
}
