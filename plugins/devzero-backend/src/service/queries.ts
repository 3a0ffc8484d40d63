import { z } from 'zod';
import {
  FindingFilter,
  FindingQuery,
  TriageChange,
} from '../database/FindingStore';
import { Viewer } from './FindingService';
import {
  frictionQuery,
  inboxQuery,
  insightsQuery,
  listQuery,
  triageBody,
} from './schemas';

// What parsed input (./schemas.ts) means for the service and the store:
// "mine" and "me" read as the viewer's, times as the store writes them.

/** A time as the store writes and compares them (ISO 8601, UTC). */
const utc = (time?: string) => time && new Date(time).toISOString();

/** The owners a parsed `owner` filter names, "mine" read as the viewer's teams. */
const ownersOf = (owners: string[] | undefined, me: Viewer) =>
  owners?.flatMap(o => (o === 'mine' ? me.ownershipRefs : [o]));

/** The store's filter for a parsed list or export query. */
export function findingFilterOf(
  q: Omit<z.infer<typeof listQuery>, 'sort' | 'order' | 'offset' | 'limit'>,
  me: Viewer,
): Omit<FindingFilter, 'criteria'> {
  return {
    statuses: q.status,
    severities: q.severity,
    categories: q.category,
    journeySteps: q.journeyStep,
    ownerRefs: ownersOf(q.owner, me),
    entityRefs: q.entity,
    reporterRef: q.reporter === 'me' ? me.userRef : q.reporter,
    assigneeRef: q.assignee === 'me' ? me.userRef : q.assignee,
    createdFrom: utc(q.from),
    createdTo: utc(q.to),
    text: q.q?.trim() || undefined,
  };
}

/** The store's query for a parsed list query: GET /findings and the list action. */
export function findingQueryOf(
  q: z.infer<typeof listQuery>,
  me: Viewer,
): Omit<FindingQuery, 'criteria'> {
  const { sort, order, offset, limit } = q;
  return { ...findingFilterOf(q, me), sort, order, offset, limit };
}

/** The inbox: new findings of the viewer's teams (or the owners asked for) not snoozed now, oldest first. */
export function inboxQueryOf(
  q: z.infer<typeof inboxQuery>,
  me: Viewer,
  now: Date,
): Omit<FindingQuery, 'criteria'> {
  return {
    statuses: ['new'],
    ownerRefs: q.owner ?? me.ownershipRefs,
    notSnoozedAt: now.toISOString(),
    sort: 'created',
    order: 'asc',
    offset: q.offset,
    limit: q.limit,
  };
}

/** The findings the insights aggregate. */
export function insightsFilterOf(
  q: z.infer<typeof insightsQuery>,
  me: Viewer,
): Pick<
  FindingFilter,
  'ownerRefs' | 'entityRefs' | 'createdFrom' | 'createdTo'
> {
  return {
    ownerRefs: ownersOf(q.owner, me),
    entityRefs: q.entity,
    createdFrom: utc(q.from),
    createdTo: utc(q.to),
  };
}

/** The findings friction per entity is summed over. */
export function frictionFilterOf(
  q: z.infer<typeof frictionQuery>,
): Pick<FindingFilter, 'entityRefs' | 'createdFrom' | 'createdTo'> {
  return {
    entityRefs: q.entity,
    createdFrom: utc(q.from),
    createdTo: utc(q.to),
  };
}

/** The change a parsed triage body asks for; null (unassign, unsnooze, unlink) as absent. */
export function triageChangeOf(
  body: z.infer<typeof triageBody>,
): Omit<TriageChange, 'actorRef'> {
  return {
    ...body,
    assigneeRef: body.assigneeRef ?? undefined,
    externalUrl: body.externalUrl ?? undefined,
    snoozedUntil: body.snoozedUntil
      ? new Date(body.snoozedUntil).toISOString()
      : undefined,
  };
}
