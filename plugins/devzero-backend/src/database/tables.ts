// The rows of Developer Zero's tables, as knex hands them over, from the
// migrations in ../../migrations. SQLite hands back times as the ISO strings
// the store wrote and booleans as 0 or 1; PostgreSQL hands back Dates and
// booleans. Written rows take the ISO strings.

/** A time as one of the databases hands it back. */
export type DbTimestamp = string | Date;

/** A boolean as one of the databases hands it back. */
export type DbBoolean = boolean | 0 | 1;

/** `findings`: one usability finding. */
export interface DbFindingRow {
  /** A UUID. */
  id: string;
  entity_ref: string;
  owner_ref: string;
  title: string;
  scenario: string;
  journey_step: string;
  category: string;
  severity: string;
  /** The reporter's own minutes. */
  minutes_lost: number;
  /** The reporter's and every "me too"'s minutes. */
  total_minutes_lost: number;
  steps: string | null;
  expected: string | null;
  actual: string | null;
  reporter_ref: string;
  may_contact: DbBoolean;
  /** Whether the reporter kept their name from the owners. */
  reporter_hidden: DbBoolean;
  /** The reporter's key of a retry, unique per reporter. */
  idempotency_key: string | null;
  status: string;
  assignee_ref: string | null;
  snoozed_until: DbTimestamp | null;
  /** The canonical finding's id, while this one is its duplicate. */
  duplicate_of: string | null;
  resolution_note: string | null;
  fix_url: string | null;
  decline_reason: string | null;
  external_url: string | null;
  /** A JSON array of addresses. */
  links: string;
  me_too_count: number;
  comment_count: number;
  created_at: DbTimestamp;
  updated_at: DbTimestamp;
  triaged_at: DbTimestamp | null;
  closed_at: DbTimestamp | null;
  /** When the owners were warned about the triage clock. */
  triage_warned_at: DbTimestamp | null;
  /** When the owners were warned about the resolve clock. */
  resolve_warned_at: DbTimestamp | null;
}

/** `finding_events`: one entry of a finding's history. */
export interface DbFindingEventRow {
  /** Increments: the history's order. */
  id: number;
  finding_id: string;
  actor_ref: string;
  at: DbTimestamp;
  action: string;
  from_status: string | null;
  to_status: string | null;
  /** The triager's reason (and, for actions without fields, what changed). */
  note: string | null;
  /** "assign": who was given the finding; null when unassigned. */
  assignee_ref: string | null;
  /** "mark-duplicate": the finding it was made a duplicate of. */
  duplicate_of: string | null;
}

/** `finding_comments`: one comment between reporter and owners. */
export interface DbFindingCommentRow {
  /** Increments: the comments' order. */
  id: number;
  finding_id: string;
  author_ref: string;
  body: string;
  created_at: DbTimestamp;
}

/** `finding_me_toos`: one person's "me too" on a finding (primary key: both). */
export interface DbFindingMeTooRow {
  finding_id: string;
  user_ref: string;
  minutes_lost: number;
  note: string | null;
  created_at: DbTimestamp;
  /**
   * Set on a duplicate's reporter merged in: whether they kept their name
   * from the owners of their own finding; null for a plain "me too".
   */
  reporter_hidden: DbBoolean | null;
  /** The duplicate it came from first, when a merge brought it here. */
  merged_from: string | null;
}

/** `finding_attachments`: one evidence image, its bytes in the row. */
export interface DbFindingAttachmentRow {
  /** A UUID. */
  id: string;
  finding_id: string;
  file_name: string;
  content_type: string;
  size: number;
  uploader_ref: string;
  created_at: DbTimestamp;
  /** Orders images added in the same millisecond as they were added. */
  seq: number;
  data: Buffer | Uint8Array;
  /** The duplicate it came from first, when a merge brought it here. */
  merged_from: string | null;
}

/**
 * `findings_search` (SQLite only): an FTS5 table with the trigram tokenizer
 * over each finding's title and scenario, kept in step by triggers.
 */
export interface DbFindingSearchRow {
  id: string;
  title: string;
  scenario: string;
}
