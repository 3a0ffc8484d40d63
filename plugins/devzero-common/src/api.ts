import {
  Category,
  Finding,
  FindingAttachment,
  FindingComment,
  FindingEvent,
  JourneyStep,
  MeToo,
  Severity,
  Status,
  TriageAction,
} from './model';

// What the backend's HTTP API takes and answers besides the model: the
// frontend sends these shapes, and the backend's schemas are checked against
// them (their types at compile time, sample bodies in its tests).

/** Filters, sorting and paging of the findings list, as the API takes them. */
export interface FindingListQuery {
  status?: Status[];
  severity?: Severity[];
  category?: Category[];
  journeyStep?: JourneyStep[];
  /** Owner refs, or `mine` for the viewer's own teams. */
  owner?: string[];
  entity?: string[];
  /** A user ref, or `me`. */
  reporter?: string;
  /** A user ref, or `me`. */
  assignee?: string;
  /** ISO 8601 date-times bounding when findings were filed. */
  from?: string;
  to?: string;
  q?: string;
  sort?: 'created' | 'updated' | 'severity' | 'minutes-lost';
  order?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
}

/** What a reporter files. */
export interface NewFindingInput {
  entityRef: string;
  title: string;
  scenario: string;
  journeyStep: JourneyStep;
  category: Category;
  severity: Severity;
  minutesLost: number;
  steps?: string;
  expected?: string;
  actual?: string;
  mayContact: boolean;
  /** Keep the reporter's name from the owners (where the portal allows it). */
  hideReporter?: boolean;
  links: string[];
  externalUrl?: string;
}

/** A finding with everything its page shows. */
export interface FindingDetails {
  finding: Finding;
  history: FindingEvent[];
  comments: FindingComment[];
  meToos: MeToo[];
  attachments?: FindingAttachment[];
  canTriage: boolean;
  canComment: boolean;
  /** A Developer Zero admin: may, among other things, remove anyone's image. */
  canAdminister: boolean;
}

/**
 * A finding another may be marked a duplicate of, and how alike their
 * titles are, from 0 to 1 (`GET /findings/:id/similar`).
 */
export interface DuplicateCandidate {
  finding: Finding;
  similarity: number;
}

/** A triage action and what it needs. */
export interface TriageInput {
  action: TriageAction;
  note?: string;
  fixUrl?: string;
  duplicateOf?: string;
  assigneeRef?: string | null;
  snoozedUntil?: string | null;
  externalUrl?: string | null;
}

/** Filters of the insights. */
export interface InsightsFilter {
  owner?: string[];
  entity?: string[];
  from?: string;
  to?: string;
}

/** Friction on one entity: what GET /friction/entities answers per entity. */
export interface EntityFriction {
  entityRef: string;
  /** Findings filed against it, duplicates not counted (they are merged into another). */
  findings: number;
  /** Of those, how many are still open. */
  open: number;
  /** Minutes lost, the reporters' and every "me too"'s; a duplicate's count on its original. */
  minutesLost: number;
}

/** The answer of GET /friction/entities: entities with at least one finding, heaviest first. */
export interface EntityFrictionList {
  items: EntityFriction[];
}
