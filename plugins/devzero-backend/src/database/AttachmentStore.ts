import { FindingAttachment } from '@internal/plugin-devzero-common';

/** An image to keep as evidence on a finding. */
export type NewAttachment = Pick<
  FindingAttachment,
  'findingId' | 'fileName' | 'contentType' | 'uploaderRef'
> & { data: Buffer };

/** Where the images attached to findings live. */
export interface AttachmentStore {
  /**
   * Keeps an image, with an entry in its finding's history, unless its finding already has `max` of them (a
   * ConflictError) or does not exist (a NotFoundError).
   */
  add(
    attachment: NewAttachment,
    max: number,
    now: Date,
  ): Promise<FindingAttachment>;
  /** What is attached to a finding, oldest first, without the bytes. */
  list(findingId: string): Promise<FindingAttachment[]>;
  /** One attachment of a finding, without the bytes. */
  get(
    findingId: string,
    attachmentId: string,
  ): Promise<FindingAttachment | undefined>;
  /** One attachment of a finding, with the bytes. */
  read(
    findingId: string,
    attachmentId: string,
  ): Promise<{ attachment: FindingAttachment; data: Buffer } | undefined>;
  /**
   * Removes one attachment of a finding, writing who did in its history;
   * false when there was none.
   */
  remove(
    findingId: string,
    attachmentId: string,
    actorRef: string,
    now: Date,
  ): Promise<boolean>;
}
