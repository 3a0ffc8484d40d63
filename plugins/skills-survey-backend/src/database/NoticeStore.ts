import { Knex } from 'knex';

export type NoticeKind = 'reminder' | 'published';

/**
 * The notices of campaigns: each claimed once, and who has not answered an
 * open campaign (the members snapshotted at opening without a
 * participation). The tables come with the survey store's migrations.
 */
export class NoticeStore {
  constructor(private readonly knex: Knex) {}

  /**
   * Claims the notice of a campaign for a period; true when this call claimed
   * it, false when it was claimed before (here or by another replica).
   */
  async claim(
    campaignId: string,
    kind: NoticeKind,
    period: string,
    day: string,
  ): Promise<boolean> {
    const inserted: Array<{ kind: string }> = await this.knex(
      'campaign_notices',
    )
      .insert({ campaign_id: campaignId, kind, period, sent_on: day })
      .onConflict(['campaign_id', 'kind', 'period'])
      .ignore()
      .returning('kind');
    return inserted.length > 0;
  }

  /** The people of a campaign who have not answered it, by ref. */
  async unanswered(campaignId: string): Promise<string[]> {
    const rows: Array<{ person_ref: string }> = await this.knex(
      'campaign_members',
    )
      .select('person_ref')
      .where('campaign_id', campaignId)
      .whereNotExists(
        this.knex('participations')
          .select(this.knex.raw('1'))
          .where('participations.campaign_id', campaignId)
          .whereRaw('participations.person_ref = campaign_members.person_ref'),
      )
      .orderBy('person_ref');
    return rows.map(r => r.person_ref);
  }
}
