import { randomBytes } from 'crypto';
import { Knex } from 'knex';
import { NewAnswer, SubmitOutcome } from '../SurveyStore';
import { DbAnswerRow } from '../tables';
import { holdCampaignOpen } from './campaigns';
import { isUniqueViolation } from './errors';

// The person goes to `participations` (with the day), the answer to
// `answers` (with a random id, the team and its ratings' code, see
// ratingCodes.ts); nothing written here carries both, and nothing here
// reads them back in insertion order.

/** An answer as stored: its ratings as their code in the campaign's order. */
export type CodedAnswer = Omit<NewAnswer, 'ratings'> & { code: string };

export async function outcomeOfRetry(
  knex: Knex,
  answer: CodedAnswer,
): Promise<SubmitOutcome> {
  const participated = await knex('participations')
    .where({ campaign_id: answer.campaignId, person_ref: answer.personRef })
    .first('campaign_id');
  const byReceipt = await knex('answers')
    .where({ campaign_id: answer.campaignId, receipt_hash: answer.receiptHash })
    .first('id');
  if (participated) return byReceipt ? 'already-recorded' : 'already-answered';
  return byReceipt ? 'receipt-taken' : 'created';
}

/**
 * Stores a first answer in one transaction: participation and answer
 * both, or neither. A retry (same person, same receipt), a second
 * answer or a taken receipt runs into a key (the person's participation or
 * the receipt's answer) and writes nothing; what it was is then read.
 */
export async function submitAnswer(options: {
  knex: Knex;
  answer: CodedAnswer;
}): Promise<SubmitOutcome> {
  const { knex, answer } = options;
  try {
    return await knex.transaction(async tx => {
      if ((await holdCampaignOpen(tx, answer.campaignId)) !== 'open')
        return 'not-open';
      const member = await tx('campaign_members')
        .where({ campaign_id: answer.campaignId, person_ref: answer.personRef })
        .first('team_ref');
      await tx('participations').insert({
        campaign_id: answer.campaignId,
        person_ref: answer.personRef,
        answered_on: answer.day,
      });
      const row: DbAnswerRow = {
        id: randomBytes(16).toString('base64url'),
        campaign_id: answer.campaignId,
        team_ref: member?.team_ref ?? '',
        receipt_hash: answer.receiptHash,
        help_text: answer.helpText,
        text_held: false,
        ratings: answer.code,
      };
      await tx('answers').insert(row);
      return 'created';
    });
  } catch (error) {
    // A retry, a second answer or a taken receipt (or two first answers at
    // once, the second losing the race): a key refused it.
    if (isUniqueViolation(error)) {
      const outcome = await outcomeOfRetry(knex, answer);
      if (outcome !== 'created') return outcome;
    }
    throw error;
  }
}

/** Replaces the ratings and text of the answer the receipt belongs to. */
export async function changeAnswer(options: {
  knex: Knex;
  answer: Omit<CodedAnswer, 'day'>;
}) {
  const { knex, answer } = options;
  return knex.transaction(async tx => {
    if ((await holdCampaignOpen(tx, answer.campaignId)) !== 'open')
      return 'not-open' as const;
    const participated = await tx('participations')
      .where({ campaign_id: answer.campaignId, person_ref: answer.personRef })
      .first('campaign_id');
    if (!participated) return 'not-participant' as const;
    const row = await tx<DbAnswerRow>('answers')
      .where({
        campaign_id: answer.campaignId,
        receipt_hash: answer.receiptHash,
      })
      .first('id');
    if (!row) return 'no-such-receipt' as const;
    await tx('answers')
      .where({ campaign_id: answer.campaignId, id: row.id })
      .update({
        help_text: answer.helpText,
        text_held: false,
        ratings: answer.code,
      });
    return 'changed' as const;
  });
}

export async function readAnswer(options: {
  knex: Knex;
  campaignId: string;
  receiptHash: string;
}) {
  const { knex, campaignId, receiptHash } = options;
  const row = await knex<DbAnswerRow>('answers')
    .where({ campaign_id: campaignId, receipt_hash: receiptHash })
    .first('ratings', 'help_text');
  if (!row) return undefined;
  return { code: row.ratings, helpText: row.help_text };
}

export async function participation(options: {
  knex: Knex;
  campaignId: string;
  personRef: string;
}) {
  const row = await options
    .knex('participations')
    .where({ campaign_id: options.campaignId, person_ref: options.personRef })
    .first('answered_on');
  return row ? { answeredOn: String(row.answered_on) } : undefined;
}

export async function teamOf(options: {
  knex: Knex;
  campaignId: string;
  personRef: string;
}) {
  const row = await options
    .knex('campaign_members')
    .where({ campaign_id: options.campaignId, person_ref: options.personRef })
    .first('team_ref');
  return row ? String(row.team_ref) : undefined;
}

/** Free texts, ordered by their text so that no order of writing shows. */
export async function freeTexts(options: {
  knex: Knex;
  campaignId: string;
  includeHeld: boolean;
}) {
  let query = options
    .knex<DbAnswerRow>('answers')
    .where({ campaign_id: options.campaignId })
    .whereNotNull('help_text');
  if (!options.includeHeld) query = query.andWhere({ text_held: false });
  const rows = await query
    .orderBy([{ column: 'help_text' }, { column: 'id' }])
    .select('id', 'help_text', 'text_held');
  return rows.map(r => ({
    id: r.id,
    text: r.help_text!,
    held: Boolean(r.text_held),
  }));
}

export async function holdFreeText(options: {
  knex: Knex;
  campaignId: string;
  id: string;
  held: boolean;
}) {
  const changed = await options
    .knex('answers')
    .where({ campaign_id: options.campaignId, id: options.id })
    .whereNotNull('help_text')
    .update({ text_held: options.held });
  return changed > 0;
}
