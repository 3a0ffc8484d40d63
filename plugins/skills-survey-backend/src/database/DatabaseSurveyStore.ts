import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import {
  CampaignSnapshot,
  NewAnswer,
  NewCampaign,
  RatingAggregate,
  StoredCell,
  SurveyStore,
} from './SurveyStore';
import {
  changeAnswer,
  freeTexts,
  holdFreeText,
  participation,
  readAnswer,
  submitAnswer,
  teamOf,
} from './operations/answers';
import {
  closeCampaign,
  createCampaign,
  dueToClose,
  getCampaign,
  listCampaigns,
  openCampaign,
  listClosed,
  organisationCellsOf,
  respondentsPerTeam,
  resultCells,
} from './operations/campaigns';
import { AnswerBatcher } from './operations/answerBatches';
import { decodeRatings, encodeRatings } from './operations/ratingCodes';
import { countHelpers, listHelpers, setHelpers } from './operations/helpers';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-skills-survey-backend',
  'migrations',
);

/**
 * The skills survey in the plugin's database (SQLite or PostgreSQL) through
 * knex: a facade over the operations in `./operations`, on the rows typed
 * in `./tables`.
 */
export class DatabaseSurveyStore implements SurveyStore {
  static async create(options: { database: DatabaseService }) {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseSurveyStore(client);
  }

  /** First answers in group commits, on PostgreSQL (see answerBatches). */
  private readonly batcher?: AnswerBatcher;

  constructor(private readonly knex: Knex) {
    if (knex.client.config.client === 'pg')
      this.batcher = new AnswerBatcher(knex);
  }

  createCampaign(campaign: NewCampaign, day: string) {
    return createCampaign({ knex: this.knex, campaign, day });
  }

  getCampaign(id: string) {
    return getCampaign({ knex: this.knex, id });
  }

  listCampaigns() {
    return listCampaigns({ knex: this.knex });
  }

  openCampaign(
    id: string,
    snapshot: CampaignSnapshot,
    members: Map<string, string>,
    day: string,
  ) {
    return openCampaign({ knex: this.knex, id, snapshot, members, day });
  }

  closeCampaign(
    id: string,
    day: string,
    compute: (aggregates: {
      ratings: RatingAggregate[];
      respondents: Map<string, number>;
    }) => StoredCell[],
    options: { onStep?: (step: string, ms: number) => void } = {},
  ) {
    return closeCampaign({ knex: this.knex, id, day, compute, ...options });
  }

  dueToClose(day: string) {
    return dueToClose({ knex: this.knex, day });
  }

  /**
   * The order of a campaign's technologies, in which its answers' ratings
   * are coded (operations/ratingCodes.ts); undefined before it opens. It is
   * frozen at opening, so it is kept once read.
   */
  private async orderOf(campaignId: string) {
    let order = this.orders.get(campaignId);
    if (!order) {
      const snapshot = (await this.getCampaign(campaignId))?.snapshot;
      if (!snapshot) return undefined;
      order = snapshot.technologies.map(t => t.id);
      this.orders.set(campaignId, order);
    }
    return order;
  }

  private readonly orders = new Map<string, string[]>();

  async submitAnswer(answer: NewAnswer) {
    const order = await this.orderOf(answer.campaignId);
    // Neither open nor closed: there is nothing to answer yet.
    if (!order) return 'not-open' as const;
    const { ratings, ...rest } = answer;
    const coded = { ...rest, code: encodeRatings(order, ratings) };
    if (this.batcher) return this.batcher.submit(coded);
    return submitAnswer({ knex: this.knex, answer: coded });
  }

  async changeAnswer(answer: Omit<NewAnswer, 'day'>) {
    const order = await this.orderOf(answer.campaignId);
    if (!order) return 'not-open' as const;
    const { ratings, ...rest } = answer;
    return changeAnswer({
      knex: this.knex,
      answer: { ...rest, code: encodeRatings(order, ratings) },
    });
  }

  async readAnswer(campaignId: string, receiptHash: string) {
    const order = await this.orderOf(campaignId);
    if (!order) return undefined;
    const answer = await readAnswer({
      knex: this.knex,
      campaignId,
      receiptHash,
    });
    return (
      answer && {
        ratings: decodeRatings(order, answer.code),
        helpText: answer.helpText,
      }
    );
  }

  participation(campaignId: string, personRef: string) {
    return participation({ knex: this.knex, campaignId, personRef });
  }

  teamOf(campaignId: string, personRef: string) {
    return teamOf({ knex: this.knex, campaignId, personRef });
  }

  respondentsPerTeam(campaignId: string) {
    return respondentsPerTeam({ knex: this.knex, campaignId });
  }

  resultCells(
    campaignId: string,
    filter: { technologyIds?: string[]; teamRef?: string } = {},
  ) {
    return resultCells({ knex: this.knex, campaignId, ...filter });
  }

  listClosed() {
    return listClosed({ knex: this.knex });
  }

  organisationCellsOf(campaignIds: string[]) {
    return organisationCellsOf({ knex: this.knex, campaignIds });
  }

  freeTexts(campaignId: string, includeHeld: boolean) {
    return freeTexts({ knex: this.knex, campaignId, includeHeld });
  }

  holdFreeText(campaignId: string, id: string, held: boolean) {
    return holdFreeText({ knex: this.knex, campaignId, id, held });
  }

  listHelpers(technologyId?: string) {
    return listHelpers({ knex: this.knex, technologyId });
  }

  setHelpers(
    userRef: string,
    offers: Array<{ technologyId: string; note: string | null }>,
    day: string,
  ) {
    return setHelpers({ knex: this.knex, userRef, offers, day });
  }

  countHelpers() {
    return countHelpers({ knex: this.knex });
  }
}
