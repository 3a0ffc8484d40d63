import { createApiRef } from '@backstage/core-plugin-api';
import {
  Category,
  Finding,
  FindingComment,
  FindingAttachment,
  FindingEvent,
  FindingPage,
  FrictionInsights,
  JourneyStep,
  MeToo,
  Severity,
  Status,
  TriageAction,
} from '@internal/plugin-devzero-common';

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

/** An image attached to a finding as evidence. */
export type Attachment = FindingAttachment;

/** A finding with everything its page shows. */
export interface FindingDetails {
  finding: Finding;
  history: FindingEvent[];
  comments: FindingComment[];
  meToos: MeToo[];
  attachments?: Attachment[];
  canTriage: boolean;
  canComment: boolean;
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

/** The Developer Zero backend, as the frontend uses it. */
export interface DevzeroApi {
  listFindings(query: FindingListQuery): Promise<FindingPage>;
  getInbox(query?: {
    owner?: string[];
    offset?: number;
    limit?: number;
  }): Promise<FindingPage>;
  getFinding(id: string): Promise<FindingDetails>;
  /** Open findings on the entity whose titles resemble this one, best first. */
  findSimilar(entityRef: string, title: string): Promise<Finding[]>;
  /** Files a finding; the same key never files twice. */
  fileFinding(input: NewFindingInput, idempotencyKey: string): Promise<Finding>;
  triage(id: string, input: TriageInput): Promise<Finding>;
  comment(id: string, body: string): Promise<FindingComment>;
  meToo(
    id: string,
    input: { minutesLost: number; note?: string },
  ): Promise<Finding>;
  getInsights(filter?: InsightsFilter): Promise<FrictionInsights>;
  exportFindings(
    query: FindingListQuery,
    format: 'csv' | 'json',
  ): Promise<Blob>;
  uploadAttachment(findingId: string, file: File): Promise<Attachment>;
  getAttachment(findingId: string, attachmentId: string): Promise<Blob>;
  deleteAttachment(findingId: string, attachmentId: string): Promise<void>;
}

/** Reference to the {@link DevzeroApi}. */
export const devzeroApiRef = createApiRef<DevzeroApi>({
  id: 'plugin.devzero.api',
});
