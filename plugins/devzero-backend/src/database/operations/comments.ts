import { NotFoundError } from '@backstage/errors';
import { FindingComment } from '@internal/plugin-devzero-common';
import { Knex } from 'knex';
import { toFindingComment } from '../conversion';
import { DbFindingCommentRow, DbFindingRow } from '../tables';
import { recordEvents } from './history';

/** Adds a comment to a finding, counts it and writes it in the history, together. */
export async function addComment(options: {
  knex: Knex;
  findingId: string;
  authorRef: string;
  body: string;
  now: Date;
}): Promise<FindingComment> {
  const { knex, findingId: id, authorRef, body, now } = options;
  const at = now.toISOString();
  const commentId = await knex.transaction(async tx => {
    const row = await tx<DbFindingRow>('findings').where({ id }).first();
    if (!row) throw new NotFoundError(`There is no finding ${id}`);
    const [inserted] = await tx<DbFindingCommentRow>('finding_comments')
      .insert({ finding_id: id, author_ref: authorRef, body, created_at: at })
      .returning('id');
    await tx<DbFindingRow>('findings')
      .where({ id })
      .increment('comment_count', 1)
      .update({ updated_at: at });
    await recordEvents({
      tx,
      events: { finding_id: id, actor_ref: authorRef, at, action: 'comment' },
    });
    // Drivers answer `returning` with { id } or the bare id.
    return typeof inserted === 'object' ? inserted.id : inserted;
  });
  return {
    id: Number(commentId),
    findingId: id,
    authorRef,
    body,
    createdAt: at,
  };
}

/** A finding's comments, oldest first. */
export async function readComments(options: {
  knex: Knex;
  findingId: string;
}): Promise<FindingComment[]> {
  const { knex, findingId } = options;
  const rows = await knex<DbFindingCommentRow>('finding_comments')
    .where({ finding_id: findingId })
    .orderBy('id');
  return rows.map(toFindingComment);
}
