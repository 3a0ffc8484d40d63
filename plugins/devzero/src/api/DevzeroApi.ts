import { createApiRef } from '@backstage/core-plugin-api';
import {
  DuplicateCandidate,
  Finding,
  FindingAttachment,
  FindingComment,
  FindingDetails,
  FindingListQuery,
  FindingPage,
  FrictionInsights,
  InsightsFilter,
  NewFindingInput,
  TriageInput,
} from '@internal/plugin-devzero-common';

/** An image attached to a finding as evidence. */
export type Attachment = FindingAttachment;

export type {
  FindingListQuery,
  NewFindingInput,
  FindingDetails,
  TriageInput,
  InsightsFilter,
};

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
  /**
   * The open findings of the finding's team it may duplicate, those holding
   * `q` only, ranked by how alike their titles are to its title.
   */
  findDuplicateCandidates(
    id: string,
    query?: { q?: string; limit?: number },
  ): Promise<DuplicateCandidate[]>;
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
