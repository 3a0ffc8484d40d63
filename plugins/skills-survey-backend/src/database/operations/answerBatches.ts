import { randomBytes } from 'crypto';
import { Knex } from 'knex';
import { SubmitOutcome } from '../SurveyStore';
import { DbAnswerRow } from '../tables';
import { CodedAnswer, outcomeOfRetry, submitAnswer } from './answers';
import { holdCampaignOpen } from './campaigns';

// Group commit of first answers on PostgreSQL: answers that arrive while
// others are being written go together into one transaction, a statement a
// table for all of them, instead of a transaction of several statements each.
// Each answer stays atomic and idempotent: one the keys refuse (a retry, a
// second answer, a taken receipt) writes nothing and is told what it was
// once the batch committed; if the batch fails, each of its answers is
// written again on its own. An answer is acknowledged only after the
// transaction holding it committed.
//
// Anonymity: the people of a batch are written in the order of their names,
// its answers in the order of their random ids: within a batch, neither the order of arrival nor the order
// of one table pairs with the other's. As before, no statement names a
// person table and an answer table together.

const PEOPLE_CHUNK = 500;

const personKey = (a: CodedAnswer) => `${a.campaignId}\u0000${a.personRef}`;
const byText = (a: string, b: string) => (a < b ? -1 : Number(a > b));

/**
 * Stores first answers in one transaction; every answer of a distinct person
 * and receipt. Returns each one's outcome, or undefined where a key refused
 * it (to be read once this transaction is over).
 */
async function submitTogether(
  knex: Knex,
  answers: CodedAnswer[],
): Promise<Array<SubmitOutcome | undefined>> {
  return knex.transaction(async tx => {
    const outcomes: Array<SubmitOutcome | undefined> = answers.map(
      () => 'not-open',
    );
    // Held against closing, in one order, each campaign once.
    const campaigns = [...new Set(answers.map(a => a.campaignId))].sort(byText);
    const teams = new Map<string, string>();
    const writing: number[] = [];
    for (const campaignId of campaigns) {
      if ((await holdCampaignOpen(tx, campaignId)) !== 'open') continue;
      const people = answers
        .filter(a => a.campaignId === campaignId)
        .map(a => a.personRef);
      for (let i = 0; i < people.length; i += PEOPLE_CHUNK) {
        const rows = await tx('campaign_members')
          .where({ campaign_id: campaignId })
          .whereIn('person_ref', people.slice(i, i + PEOPLE_CHUNK))
          .select('person_ref', 'team_ref');
        for (const r of rows)
          teams.set(`${campaignId}\u0000${r.person_ref}`, r.team_ref);
      }
      answers.forEach((a, i) => {
        if (a.campaignId === campaignId) writing.push(i);
      });
    }
    if (!writing.length) return outcomes;

    // Participations, in the order of the people's names; those already
    // there (a retry, a second answer) are left out.
    const participations = writing
      .map(i => ({
        campaign_id: answers[i].campaignId,
        person_ref: answers[i].personRef,
        answered_on: answers[i].day,
      }))
      .sort(
        (a, b) =>
          byText(a.campaign_id, b.campaign_id) ||
          byText(a.person_ref, b.person_ref),
      );
    const participated = new Set(
      (
        (await tx('participations')
          .insert(participations)
          .onConflict(['campaign_id', 'person_ref'])
          .ignore()
          .returning(['campaign_id', 'person_ref'])) as Array<{
          campaign_id: string;
          person_ref: string;
        }>
      ).map(r => `${r.campaign_id}\u0000${r.person_ref}`),
    );
    const answering = writing.filter(i => {
      if (participated.has(personKey(answers[i]))) return true;
      outcomes[i] = undefined;
      return false;
    });

    // Answers, in the order of their random ids; those whose receipt is
    // taken are left out, and their participation taken back.
    const rows = answering
      .map(i => ({
        at: i,
        row: {
          id: randomBytes(16).toString('base64url'),
          campaign_id: answers[i].campaignId,
          team_ref: teams.get(personKey(answers[i])) ?? '',
          receipt_hash: answers[i].receiptHash,
          help_text: answers[i].helpText,
          text_held: false,
          ratings: answers[i].code,
        } as DbAnswerRow,
      }))
      .sort((a, b) => byText(a.row.id, b.row.id));
    const stored = rows.length
      ? new Set(
          (
            (await tx('answers')
              .insert(rows.map(r => r.row))
              .onConflict(['campaign_id', 'receipt_hash'])
              .ignore()
              .returning('id')) as Array<{ id: string }>
          ).map(r => r.id),
        )
      : new Set<string>();
    const refused = rows.filter(r => !stored.has(r.row.id));
    for (const r of refused) {
      outcomes[r.at] = undefined;
      await tx('participations')
        .where({
          campaign_id: answers[r.at].campaignId,
          person_ref: answers[r.at].personRef,
        })
        .delete();
    }
    for (const r of rows) if (stored.has(r.row.id)) outcomes[r.at] = 'created';
    return outcomes;
  });
}

interface Waiting {
  answer: CodedAnswer;
  resolve: (outcome: SubmitOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * First answers, written one at a time while few are in flight and in
 * batches while more come than the database takes one by one: an answer
 * arriving when `maxBatches` transactions are being written waits for one
 * of them to end, then goes with every answer waiting then (at most
 * `maxBatch`). No timer: a lone answer is written at once.
 */
export class AnswerBatcher {
  private readonly waiting: Waiting[] = [];
  private running = 0;

  constructor(
    private readonly knex: Knex,
    private readonly options: { maxBatches: number; maxBatch: number } = {
      maxBatches: 4,
      maxBatch: 64,
    },
  ) {}

  submit(answer: CodedAnswer): Promise<SubmitOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ answer, resolve, reject });
      this.next();
    });
  }

  private next() {
    while (this.running < this.options.maxBatches && this.waiting.length) {
      const batch = this.waiting.splice(0, this.options.maxBatch);
      this.running += 1;
      this.write(batch).finally(() => {
        this.running -= 1;
        this.next();
      });
    }
  }

  private async write(batch: Waiting[]) {
    // One answer a person and a receipt in a transaction; a repeat goes on
    // its own after it (and finds the first there).
    const people = new Set<string>();
    const receipts = new Set<string>();
    const together: Waiting[] = [];
    const after: Waiting[] = [];
    for (const w of batch) {
      const key = personKey(w.answer);
      if (people.has(key) || receipts.has(w.answer.receiptHash)) after.push(w);
      else {
        people.add(key);
        receipts.add(w.answer.receiptHash);
        together.push(w);
      }
    }
    let outcomes: Array<SubmitOutcome | undefined> | undefined;
    if (together.length > 1) {
      try {
        outcomes = await submitTogether(
          this.knex,
          together.map(w => w.answer),
        );
      } catch {
        // A deadlock, a lost connection, a row the batch did not expect:
        // nothing of it was written; each answer is written on its own.
        outcomes = undefined;
      }
    }
    const alone = async (w: Waiting, outcome?: SubmitOutcome) => {
      try {
        let found = outcome;
        if (!found && outcomes) {
          // A key refused it: read what it was; if the row it ran into
          // went away (a transaction that did not commit), write it alone.
          found = await outcomeOfRetry(this.knex, w.answer);
          if (found === 'created') found = undefined;
        }
        w.resolve(
          found ?? (await submitAnswer({ knex: this.knex, answer: w.answer })),
        );
      } catch (error) {
        w.reject(error);
      }
    };
    await Promise.all(
      together.map((w, i) => (outcomes ? alone(w, outcomes[i]) : alone(w))),
    );
    for (const w of after) await alone(w);
  }
}
