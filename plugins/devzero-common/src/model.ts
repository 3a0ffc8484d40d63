/** Where in a newcomer's journey the friction happened. */
export const JOURNEY_STEPS = [
  'discover',
  'set-up',
  'first-use',
  'build',
  'deploy',
  'operate',
  'troubleshoot',
] as const;
/** One of {@link JOURNEY_STEPS}. */
export type JourneyStep = (typeof JOURNEY_STEPS)[number];

/** What kind of friction it was. */
export const CATEGORIES = [
  'documentation',
  'onboarding',
  'api-design',
  'error-message',
  'cli-or-tooling',
  'performance',
  'access',
  'other',
] as const;
/** One of {@link CATEGORIES}. */
export type Category = (typeof CATEGORIES)[number];

/** The friction scale, mildest first. */
export const SEVERITIES = [
  'annoyance',
  'slowed-me-down',
  'blocked-me',
  'would-have-given-up',
] as const;
/** One of {@link SEVERITIES}. */
export type Severity = (typeof SEVERITIES)[number];

/** Where a finding is in its life. */
export const STATUSES = [
  'new',
  'triaged',
  'in-progress',
  'resolved',
  'declined',
  'duplicate',
] as const;
/** One of {@link STATUSES}. */
export type Status = (typeof STATUSES)[number];

/**
 * Statuses in which the owners still owe the reporter something: the one
 * list every open/closed decision reads (SLA clocks, the inbox, "me too",
 * merging, following owners, the insights' open counts).
 */
export const OPEN_STATUSES: Status[] = ['new', 'triaged', 'in-progress'];

/** Statuses in which a finding is closed: every status not in {@link OPEN_STATUSES}. */
export const CLOSED_STATUSES: Status[] = STATUSES.filter(
  s => !OPEN_STATUSES.includes(s),
);

/** Whether a finding in this status is still open (one of {@link OPEN_STATUSES}). */
export function isOpenStatus(status: Status): boolean {
  return OPEN_STATUSES.includes(status);
}

/**
 * How long after a finding was resolved or declined the filing dialog still
 * suggests it, and a "me too" on it reopens it for triage (a regression, or
 * a decline to weigh again) instead of asking for a new finding.
 */
export const RECENTLY_CLOSED_DAYS = 90;

/** The closed statuses a finding may come back from with a "me too" (duplicates send people to their original). */
export const RECENTLY_CLOSED_STATUSES: Status[] = ['resolved', 'declined'];

/**
 * Whether a finding was resolved or declined within
 * {@link RECENTLY_CLOSED_DAYS} of `now`.
 */
export function isRecentlyClosed(
  finding: { status: Status; closedAt?: string },
  now: Date,
): boolean {
  if (!RECENTLY_CLOSED_STATUSES.includes(finding.status) || !finding.closedAt)
    return false;
  const closed = new Date(finding.closedAt).getTime();
  return now.getTime() - closed <= RECENTLY_CLOSED_DAYS * 86_400_000;
}

/** How an SLA stands: while open, and once its clock has stopped. */
export type SlaState =
  | 'on-track'
  | 'at-risk'
  | 'breached'
  | 'achieved'
  | 'failed';

/** One SLA clock of a finding. */
export interface SlaClock {
  state: SlaState;
  /** When the target falls due (ISO 8601). */
  dueAt: string;
}

/** A usability finding as the API returns it. */
export interface Finding {
  id: string;
  entityRef: string;
  /** The owner of the entity (catalog ownedBy): when it was filed, followed to a new owner while it is open. */
  ownerRef: string;
  title: string;
  scenario: string;
  journeyStep: JourneyStep;
  category: Category;
  severity: Severity;
  minutesLost: number;
  /** Minutes lost by the reporter and by everyone who said "me too". */
  totalMinutesLost: number;
  steps?: string;
  expected?: string;
  actual?: string;
  /** Absent when the reporter is hidden from the viewer. */
  reporterRef?: string;
  /** Whether the reporter chose to keep their name from the owners. */
  reporterHidden: boolean;
  mayContact: boolean;
  status: Status;
  assigneeRef?: string;
  snoozedUntil?: string;
  duplicateOf?: string;
  resolutionNote?: string;
  fixUrl?: string;
  declineReason?: string;
  externalUrl?: string;
  links: string[];
  meTooCount: number;
  commentCount: number;
  createdAt: string;
  updatedAt: string;
  triagedAt?: string;
  closedAt?: string;
  sla: { triage: SlaClock; resolve: SlaClock };
}

/** An entry in a finding's history. */
export interface FindingEvent {
  id: number;
  findingId: string;
  actorRef: string;
  at: string;
  action:
    | TriageAction
    | 'file'
    | 'comment'
    | 'me-too'
    | 'merge'
    | 'unmerge'
    /** Moved to the entity's new owner in the catalog, by "The catalog". */
    | 'reroute'
    | 'add-image'
    | 'remove-image';
  fromStatus?: Status;
  toStatus?: Status;
  /**
   * The triager's reason; for actions without fields of their own, what
   * changed in words.
   */
  note?: string;
  /** "assign": who was given the finding; absent when it was unassigned. */
  assigneeRef?: string;
  /** "mark-duplicate": the id of the finding it was made a duplicate of. */
  duplicateOf?: string;
}

/** A comment between reporter and owners. */
export interface FindingComment {
  id: number;
  findingId: string;
  authorRef: string;
  body: string;
  createdAt: string;
}

/** A "me too" on a finding. */
export interface MeToo {
  userRef: string;
  minutesLost: number;
  note?: string;
  createdAt: string;
  /**
   * The duplicate this came from, when marking one as a duplicate moved it
   * here (its reporter's, noted "Filed as <id>: <title>", or a "me too"
   * said on it).
   */
  mergedFrom?: string;
}

/** What the owners may do to a finding. */
export const TRIAGE_ACTIONS = [
  'accept',
  'start',
  'resolve',
  'decline',
  'mark-duplicate',
  'reopen',
  'assign',
  'snooze',
  'link-issue',
] as const;
/** One of {@link TRIAGE_ACTIONS}. */
export type TriageAction = (typeof TRIAGE_ACTIONS)[number];

/** Which status each action leads to, from which statuses; assign, snooze and link-issue keep the status. */
export const TRANSITIONS: Record<
  TriageAction,
  { from: Status[]; to?: Status }
> = {
  accept: { from: ['new'], to: 'triaged' },
  start: { from: ['new', 'triaged'], to: 'in-progress' },
  resolve: { from: [...OPEN_STATUSES], to: 'resolved' },
  decline: { from: [...OPEN_STATUSES], to: 'declined' },
  'mark-duplicate': { from: [...OPEN_STATUSES], to: 'duplicate' },
  reopen: { from: [...CLOSED_STATUSES], to: 'triaged' },
  assign: { from: [...OPEN_STATUSES] },
  snooze: { from: [...OPEN_STATUSES] },
  // A tracker issue may be linked (or unlinked) whatever the status.
  'link-issue': { from: [...STATUSES] },
};

/** The status an action leads to, or a message saying why it cannot be taken. */
export function nextStatus(
  action: TriageAction,
  from: Status,
): { status: Status } | { problem: string } {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(from)) {
    return {
      problem: `a ${from} finding cannot be given "${action}"; that action applies to ${rule.from.join(
        ', ',
      )} findings`,
    };
  }
  return { status: rule.to ?? from };
}

/** One page of findings. */
export interface FindingPage {
  items: Finding[];
  /** How many findings match; with `totalCapped`, how many at least. */
  totalItems: number;
  /**
   * Set when counting stopped at 10,000 findings, or at the end of the
   * page if that is further (a list across teams): there are more than
   * `totalItems`.
   */
  totalCapped?: true;
  offset: number;
  limit: number;
}

/** Median and 90th percentile of a duration, in hours, over `count` findings. */
export interface DurationStats {
  count: number;
  medianHours?: number;
  p90Hours?: number;
}

/** Friction in numbers: where newcomers lose time, and how owners respond. */
export interface FrictionInsights {
  totals: { findings: number; open: number; minutesLost: number };
  byOwner: Array<{
    ownerRef: string;
    findings: number;
    open: number;
    minutesLost: number;
    timeToTriage: DurationStats;
    timeToResolve: DurationStats;
    /** Clocks stopped in time, stopped late, and still running past their target. */
    sla: {
      triage: { achieved: number; failed: number; breached: number };
      resolve: { achieved: number; failed: number; breached: number };
    };
  }>;
  /** The 20 entities that cost the most minutes. */
  byEntity: Array<{
    entityRef: string;
    ownerRef: string;
    findings: number;
    minutesLost: number;
  }>;
  byCategory: Array<{
    category: Category;
    findings: number;
    minutesLost: number;
  }>;
  /** In journey order: where newcomers get stuck. */
  byJourneyStep: Array<{
    journeyStep: JourneyStep;
    findings: number;
    minutesLost: number;
  }>;
  /** Week by week (weeks start on Monday, UTC). */
  weekly: Array<{
    weekStart: string;
    filed: number;
    closed: number;
    minutesLost: number;
  }>;
}

/** An image attached to a finding as evidence; its bytes are served separately. */
export interface FindingAttachment {
  id: string;
  findingId: string;
  /** A safe file name: no path, no control characters, at most 200 characters. */
  fileName: string;
  /** image/png, image/jpeg, image/gif or image/webp. */
  contentType: string;
  /** In bytes. */
  size: number;
  uploaderRef: string;
  createdAt: string;
}
