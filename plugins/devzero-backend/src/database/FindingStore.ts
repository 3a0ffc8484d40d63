import {
  Category,
  EntityFriction,
  Finding,
  FindingComment,
  FindingEvent,
  JourneyStep,
  MeToo,
  Severity,
  Status,
  TriageAction,
} from '@internal/plugin-devzero-common';

/**
 * A "me too" as stored. `reporterHidden` is set on one that was a reporter's
 * own finding, merged in as a duplicate: whether they kept their name from
 * the owners.
 */
export interface MeTooRecord extends MeToo {
  reporterHidden?: boolean;
}

/**
 * A finding as the store keeps it: the API's finding without the computed
 * SLA clocks, with the reporter always known and when owners were warned.
 */
export type FindingRecord = Omit<Finding, 'sla' | 'reporterRef'> & {
  reporterRef: string;
  triageWarnedAt?: string;
  resolveWarnedAt?: string;
};

/** What a reporter files. */
export type NewFinding = Pick<
  FindingRecord,
  | 'entityRef'
  | 'ownerRef'
  | 'title'
  | 'scenario'
  | 'journeyStep'
  | 'category'
  | 'severity'
  | 'minutesLost'
  | 'steps'
  | 'expected'
  | 'actual'
  | 'mayContact'
  | 'links'
  | 'externalUrl'
  | 'reporterRef'
> & {
  /** A client-chosen key: filing again with the same key returns the first finding. */
  idempotencyKey?: string;
  /** Keep the reporter's name from the owners (where the portal allows it). */
  reporterHidden?: boolean;
};

/** A permission condition as the store can apply it in its query. */
export type FindingCriteria =
  | { allOf: FindingCriteria[] }
  | { anyOf: FindingCriteria[] }
  | { not: FindingCriteria }
  | { field: 'ownerRef' | 'reporterRef'; values: string[] };

/** Filters, sorting and paging of the findings list. */
export interface FindingQuery {
  statuses?: Status[];
  severities?: Severity[];
  categories?: Category[];
  journeySteps?: JourneyStep[];
  ownerRefs?: string[];
  entityRefs?: string[];
  reporterRef?: string;
  /** Leave out findings whose reporters keep their names from the owners. */
  reporterShownOnly?: boolean;
  assigneeRef?: string;
  createdFrom?: string;
  createdTo?: string;
  /** ISO 8601: only findings closed at this moment or later. */
  closedFrom?: string;
  /** Text the title or scenario contains, in any case. */
  text?: string;
  /** Leave out findings snoozed until after this moment. */
  notSnoozedAt?: string;
  sort: 'created' | 'updated' | 'severity' | 'minutes-lost';
  order: 'asc' | 'desc';
  offset: number;
  limit: number;
  /** What the viewer may see, from the permission framework. */
  criteria?: FindingCriteria;
}

/**
 * The duplicate whose reopening an "unmerge" entry records: its note begins
 * with that finding's id.
 */
export function reopenedIn(event: FindingEvent): string | undefined {
  if (event.action !== 'unmerge') return undefined;
  return /^([0-9a-f-]{36}) \(/.exec(event.note ?? '')?.[1];
}

/** What a triage action changes besides the status. */
export interface TriageChange {
  action: TriageAction;
  actorRef: string;
  note?: string;
  fixUrl?: string;
  duplicateOf?: string;
  assigneeRef?: string;
  snoozedUntil?: string;
  /** The tracker issue to link; absent to unlink (link-issue). */
  externalUrl?: string;
}

/** The filters that select the findings to aggregate: the list's, without paging. */
export type FindingFilter = Omit<
  FindingQuery,
  'sort' | 'order' | 'offset' | 'limit'
>;

/** Filters, and the order of a list (newest first if not given). */
export type SortedFindingFilter = FindingFilter &
  Partial<Pick<FindingQuery, 'sort' | 'order'>>;

/** Counts of one SLA clock's outcomes. */
export interface SlaOutcomes {
  achieved: number;
  failed: number;
  breached: number;
}

/** What the database is told to judge SLA clocks by: per severity and clock, in milliseconds. */
export interface SlaJudgement {
  now: Date;
  bounds: Record<
    Severity,
    Record<
      'triage' | 'resolve',
      {
        achievedWithinMs: number;
        failedAfterMs: number;
        breachedFromMs: number;
      }
    >
  >;
}

/**
 * The findings matching a filter, aggregated by the database: counts, sums,
 * SLA outcomes, the median and 90th percentile of response times, weeks.
 */
export interface FindingAggregates {
  byOwner: Array<{
    ownerRef: string;
    findings: number;
    open: number;
    minutesLost: number;
    sla: { triage: SlaOutcomes; resolve: SlaOutcomes };
  }>;
  /** Stopped clocks the bounds could not judge (near their due time, or due in months), for the caller to judge. */
  undecidedClocks: Array<{
    ownerRef: string;
    severity: Severity;
    clock: 'triage' | 'resolve';
    createdAt: number;
    stoppedAt: number;
  }>;
  /** Per owner and clock: how many stopped, and the nearest-rank median and 90th percentile of the milliseconds it took. */
  durations: Array<{
    ownerRef: string;
    clock: 'triage' | 'resolve';
    count: number;
    medianMs: number;
    p90Ms: number;
  }>;
  /** One row per entity and owner it had, with when it was last filed against (ms). */
  byEntityOwner: Array<{
    entityRef: string;
    ownerRef: string;
    findings: number;
    minutesLost: number;
    lastFiledAt: number;
  }>;
  byCategoryAndStep: Array<{
    category: Category;
    journeyStep: JourneyStep;
    findings: number;
    minutesLost: number;
  }>;
  /** Weeks start on Monday, UTC (YYYY-MM-DD): findings filed and closed in each. */
  byWeek: Array<{
    weekStart: string;
    filed: number;
    closed: number;
    minutesLost: number;
  }>;
}

/** Where findings live. */
export interface FindingStore {
  file(
    finding: NewFinding,
    now: Date,
  ): Promise<{ finding: FindingRecord; created: boolean }>;
  get(id: string): Promise<FindingRecord | undefined>;
  getMany(ids: string[]): Promise<FindingRecord[]>;
  /**
   * A page of findings and how many match. Counting stops at a set number
   * of findings, or at the end of the page if that is further: then
   * `totalItems` is that number and `totalCapped` is set, meaning there are
   * more.
   */
  list(query: FindingQuery): Promise<{
    items: FindingRecord[];
    totalItems: number;
    totalCapped?: true;
  }>;
  /** Applies a triage action and writes its history entry, together or not at all. */
  triage(id: string, change: TriageChange, now: Date): Promise<FindingRecord>;
  addComment(
    id: string,
    authorRef: string,
    body: string,
    now: Date,
  ): Promise<FindingComment>;
  addMeToo(
    id: string,
    meToo: { userRef: string; minutesLost: number; note?: string },
    now: Date,
  ): Promise<FindingRecord>;
  /** Each entity with open findings, and the owner they are routed to (one row per pair). */
  openOwners(): Promise<Array<{ entityRef: string; ownerRef: string }>>;
  /**
   * Moves an entity's open findings from one owner to another, the entity's
   * owner now, each with a history entry by `actorRef`; unassigns and
   * unsnoozes them; returns how many moved.
   */
  reroute(
    entityRef: string,
    fromOwnerRef: string,
    toOwnerRef: string,
    actorRef: string,
    now: Date,
  ): Promise<number>;
  /** Every finding matching the filters (no paging), newest first unless sorted otherwise. */
  listAll(query: SortedFindingFilter): Promise<FindingRecord[]>;
  /** The findings matching the filters, aggregated for the insights. */
  aggregate(
    query: FindingFilter,
    sla: SlaJudgement,
  ): Promise<FindingAggregates>;
  /**
   * Findings and minutes lost per entity (duplicates not counted), of the
   * findings the filter selects: entities with none are left out.
   */
  frictionByEntity(query: FindingFilter): Promise<EntityFriction[]>;
  /** Records that the owners were warned about one of a finding's SLA clocks. */
  markWarned(id: string, clock: 'triage' | 'resolve', now: Date): Promise<void>;
  history(id: string): Promise<FindingEvent[]>;
  comments(id: string): Promise<FindingComment[]>;
  meToos(id: string): Promise<MeTooRecord[]>;
}
