import { ConflictError, NotFoundError } from '@backstage/errors';
import { FindingAttachment } from '@internal/plugin-devzero-common';
import { randomUUID } from 'crypto';
import { Knex } from 'knex';
import { AttachmentStore, NewAttachment } from './AttachmentStore';
import { recordEvents } from './operations/history';
import { DbFindingAttachmentRow, DbFindingRow } from './tables';

const METADATA: Array<keyof DbFindingAttachmentRow> = [
  'id',
  'finding_id',
  'file_name',
  'content_type',
  'size',
  'uploader_ref',
  'created_at',
];

function toAttachment(
  row: Omit<DbFindingAttachmentRow, 'data' | 'seq' | 'merged_from'>,
): FindingAttachment {
  return {
    id: row.id,
    findingId: row.finding_id,
    fileName: row.file_name,
    contentType: row.content_type,
    size: Number(row.size),
    uploaderRef: row.uploader_ref,
    // SQLite hands back strings, PostgreSQL Dates.
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/**
 * Attachments in the plugin's database, next to the findings; the table comes
 * with the findings store's migrations, so create that store first.
 */
export class DatabaseAttachmentStore implements AttachmentStore {
  constructor(private readonly db: Knex) {}

  async add(attachment: NewAttachment, max: number, now: Date) {
    const id = randomUUID();
    const at = now.toISOString();
    await this.db.transaction(async trx => {
      // Touching the finding first locks its row (on PostgreSQL), so two
      // uploads at once cannot both take its last free place.
      const touched = await trx<DbFindingRow>('findings')
        .where({ id: attachment.findingId })
        .update({ updated_at: at });
      if (touched !== 1)
        throw new NotFoundError(`There is no finding ${attachment.findingId}`);
      const [{ count, last }] = await trx<DbFindingAttachmentRow>(
        'finding_attachments',
      )
        .where({ finding_id: attachment.findingId })
        .count({ count: '*' })
        .max({ last: 'seq' });
      if (Number(count) >= max)
        throw new ConflictError(
          `attachment: this finding already has ${count} images, the most it may have; remove one before adding another`,
        );
      await trx<DbFindingAttachmentRow>('finding_attachments').insert({
        id,
        finding_id: attachment.findingId,
        file_name: attachment.fileName,
        content_type: attachment.contentType,
        size: attachment.data.length,
        uploader_ref: attachment.uploaderRef,
        created_at: at,
        seq: Number(last ?? 0) + 1,
        data: attachment.data,
      });
      await recordEvents({
        tx: trx,
        events: {
          finding_id: attachment.findingId,
          actor_ref: attachment.uploaderRef,
          at,
          action: 'add-image',
          note: attachment.fileName,
        },
      });
    });
    return (await this.get(attachment.findingId, id))!;
  }

  async list(findingId: string) {
    const rows = await this.db<DbFindingAttachmentRow>('finding_attachments')
      .where({ finding_id: findingId })
      .select(METADATA)
      .orderBy([
        { column: 'created_at', order: 'asc' },
        { column: 'seq', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(toAttachment);
  }

  async get(findingId: string, attachmentId: string) {
    const row = await this.db<DbFindingAttachmentRow>('finding_attachments')
      .where({ finding_id: findingId, id: attachmentId })
      .select(METADATA)
      .first();
    return row ? toAttachment(row) : undefined;
  }

  async read(findingId: string, attachmentId: string) {
    const row = await this.db<DbFindingAttachmentRow>('finding_attachments')
      .where({ finding_id: findingId, id: attachmentId })
      .first();
    if (!row) return undefined;
    return { attachment: toAttachment(row), data: Buffer.from(row.data) };
  }

  async remove(
    findingId: string,
    attachmentId: string,
    actorRef: string,
    now: Date,
  ) {
    const at = now.toISOString();
    return this.db.transaction(async trx => {
      const row = await trx<DbFindingAttachmentRow>('finding_attachments')
        .where({ finding_id: findingId, id: attachmentId })
        .select('file_name')
        .first();
      const removed = await trx<DbFindingAttachmentRow>('finding_attachments')
        .where({ finding_id: findingId, id: attachmentId })
        .delete();
      if (!row || removed === 0) return false;
      await trx<DbFindingRow>('findings')
        .where({ id: findingId })
        .update({ updated_at: at });
      await recordEvents({
        tx: trx,
        events: {
          finding_id: findingId,
          actor_ref: actorRef,
          at,
          action: 'remove-image',
          note: row.file_name,
        },
      });
      return true;
    });
  }
}
