import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { FindingAttachment } from '@internal/plugin-devzero-common';
import { AttachmentStore } from '../database/AttachmentStore';
import { FindingService, Viewer } from './FindingService';
import { checkImage, evidenceFileName, imageTypeOf } from './images';

/** How many images one finding may carry. */
export const MAX_ATTACHMENTS_PER_FINDING = 10;

/** Evidence images on findings: who may add, read and remove them, and what they may be. */
export class AttachmentService {
  constructor(
    private readonly deps: {
      findings: FindingService;
      store: AttachmentStore;
      /** The largest image one upload may be (`fitsys.devzero.attachments.maxBytes`). */
      maxBytes: number;
      now?: () => Date;
    },
  ) {}

  get maxBytes() {
    return this.deps.maxBytes;
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /**
   * Refuses anyone who may not add evidence to the finding: a 404 when they
   * may not read it, a 403 when they are neither its reporter nor may comment
   * on it. The router asks before it reads the bytes.
   */
  async checkMayAdd(findingId: string, viewer: Viewer) {
    const { findings } = this.deps;
    const finding = await findings.readable(findingId, viewer);
    if (
      finding.reporterRef !== viewer.userRef &&
      !(await findings.mayComment(finding, viewer))
    ) {
      throw new NotAllowedError(
        'Only the reporter and those who may comment on this finding may add images to it',
      );
    }
    if (finding.status === 'duplicate') {
      // Its evidence moved to the canonical finding; new evidence goes there too.
      throw new ConflictError(
        `This finding is a duplicate of ${finding.duplicateOf}; add the image there`,
      );
    }
  }

  async add(
    findingId: string,
    upload: { name?: string; contentType?: string; data: Buffer },
    viewer: Viewer,
  ): Promise<FindingAttachment> {
    const type = imageTypeOf(upload.contentType);
    await this.checkMayAdd(findingId, viewer);
    checkImage(upload.data, type, this.deps.maxBytes);
    return this.deps.store.add(
      {
        findingId,
        fileName: evidenceFileName(upload.name, type),
        contentType: type,
        uploaderRef: viewer.userRef,
        data: upload.data,
      },
      MAX_ATTACHMENTS_PER_FINDING,
      this.now(),
    );
  }

  /** An image with its bytes, for whoever may read its finding. */
  async read(findingId: string, attachmentId: string, viewer: Viewer) {
    await this.deps.findings.readable(findingId, viewer);
    const found = await this.deps.store.read(findingId, attachmentId);
    if (!found)
      throw new NotFoundError(
        `Finding ${findingId} has no attachment ${attachmentId}`,
      );
    return found;
  }

  /** Removes an image: its uploader or a Developer Zero admin may. */
  async remove(findingId: string, attachmentId: string, viewer: Viewer) {
    const { findings, store } = this.deps;
    await findings.readable(findingId, viewer);
    const attachment = await store.get(findingId, attachmentId);
    if (!attachment)
      throw new NotFoundError(
        `Finding ${findingId} has no attachment ${attachmentId}`,
      );
    if (
      attachment.uploaderRef !== viewer.userRef &&
      !(await findings.isAdmin(viewer))
    ) {
      throw new NotAllowedError(
        'Only the person who added this image, or a Developer Zero admin, may remove it',
      );
    }
    await store.remove(findingId, attachmentId, viewer.userRef, this.now());
  }
}
