import {
  Category,
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
  assigneeRef?: string;
  createdFrom?: string;
  createdTo?: string;
  /** Words in the title or scenario. */
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

/** What a triage action changes besides the status. */
export interface TriageChange {
  action: TriageAction;
  actorRef: string;
  note?: string;
  fixUrl?: string;
  duplicateOf?: string;
  assigneeRef?: string;
  snoozedUntil?: string;
}

/** Where findings live. */
export interface FindingStore {
  file(
    finding: NewFinding,
    now: Date,
  ): Promise<{ finding: FindingRecord; created: boolean }>;
  get(id: string): Promise<FindingRecord | undefined>;
  getMany(ids: string[]): Promise<FindingRecord[]>;
  list(
    query: FindingQuery,
  ): Promise<{ items: FindingRecord[]; totalItems: number }>;
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
  /** Every finding matching the filters, for aggregation (no paging). */
  listAll(
    query: Omit<FindingQuery, 'sort' | 'order' | 'offset' | 'limit'>,
  ): Promise<FindingRecord[]>;
  /** Records that the owners were warned about one of a finding's SLA clocks. */
  markWarned(id: string, clock: 'triage' | 'resolve', now: Date): Promise<void>;
  history(id: string): Promise<FindingEvent[]>;
  comments(id: string): Promise<FindingComment[]>;
  meToos(id: string): Promise<MeToo[]>;
}
