import {
  FindingComment,
  FindingEvent,
  Status,
} from '@internal/plugin-devzero-common';
import { FindingRecord, MeTooRecord } from './FindingStore';
import {
  DbFindingCommentRow,
  DbFindingEventRow,
  DbFindingMeTooRow,
  DbFindingRow,
} from './tables';

// SQLite hands back strings and 0/1, PostgreSQL Dates and booleans. The
// store writes times as toISOString() does, which SQLite keeps as they are;
// those are passed on without a Date's round trip (a list page has some 150).
const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** A time as the API writes it (ISO 8601, UTC), or undefined for null. */
export const iso = (value: unknown): string | undefined => {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && ISO_UTC.test(value)) return value;
  return new Date(value as string).toISOString();
};

/** A text column, or undefined for null. */
export const text = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : String(value);

/** A finding as the store hands it out. */
export function toFindingRecord(row: DbFindingRow): FindingRecord {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    ownerRef: row.owner_ref,
    title: row.title,
    scenario: row.scenario,
    journeyStep: row.journey_step as FindingRecord['journeyStep'],
    category: row.category as FindingRecord['category'],
    severity: row.severity as FindingRecord['severity'],
    minutesLost: Number(row.minutes_lost),
    totalMinutesLost: Number(row.total_minutes_lost),
    steps: text(row.steps),
    expected: text(row.expected),
    actual: text(row.actual),
    reporterRef: row.reporter_ref,
    mayContact: !!row.may_contact,
    reporterHidden: !!row.reporter_hidden,
    status: row.status as Status,
    assigneeRef: text(row.assignee_ref),
    snoozedUntil: iso(row.snoozed_until),
    duplicateOf: text(row.duplicate_of),
    resolutionNote: text(row.resolution_note),
    fixUrl: text(row.fix_url),
    declineReason: text(row.decline_reason),
    externalUrl: text(row.external_url),
    links: JSON.parse(row.links),
    meTooCount: Number(row.me_too_count),
    commentCount: Number(row.comment_count),
    createdAt: iso(row.created_at)!,
    updatedAt: iso(row.updated_at)!,
    triagedAt: iso(row.triaged_at),
    closedAt: iso(row.closed_at),
    triageWarnedAt: iso(row.triage_warned_at),
    resolveWarnedAt: iso(row.resolve_warned_at),
  };
}

/** An entry of a finding's history. */
export function toFindingEvent(row: DbFindingEventRow): FindingEvent {
  return {
    id: Number(row.id),
    findingId: row.finding_id,
    actorRef: row.actor_ref,
    at: iso(row.at)!,
    action: row.action as FindingEvent['action'],
    fromStatus: text(row.from_status) as Status | undefined,
    toStatus: text(row.to_status) as Status | undefined,
    note: text(row.note),
    assigneeRef: text(row.assignee_ref),
    duplicateOf: text(row.duplicate_of),
  };
}

/** A comment on a finding. */
export function toFindingComment(row: DbFindingCommentRow): FindingComment {
  return {
    id: Number(row.id),
    findingId: row.finding_id,
    authorRef: row.author_ref,
    body: row.body,
    createdAt: iso(row.created_at)!,
  };
}

/** A "me too" as stored, with where a merge brought it from. */
export function toMeTooRecord(row: DbFindingMeTooRow): MeTooRecord {
  return {
    userRef: row.user_ref,
    minutesLost: Number(row.minutes_lost),
    note: text(row.note),
    createdAt: iso(row.created_at)!,
    ...(row.merged_from && { mergedFrom: row.merged_from }),
    ...(row.reporter_hidden !== null && {
      reporterHidden: Boolean(row.reporter_hidden),
    }),
  };
}
