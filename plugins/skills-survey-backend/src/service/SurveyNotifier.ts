import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { DateTime } from 'luxon';
import { NoticeStore } from '../database/NoticeStore';
import { SurveyStore } from '../database/SurveyStore';

/** Recipients per notification sent: the notifications backend resolves each. */
const RECIPIENTS_PER_SEND = 500;
/** A campaign closed longer ago than this is not announced any more. */
const ANNOUNCE_WITHIN_DAYS = 7;

/**
 * The survey's notifications: a weekly reminder to the people of an open
 * campaign who have not answered it (at most one a week), and a notice to
 * everyone when a campaign's results are published. Run on the survey's
 * schedule; each notice is claimed in the database first, so two replicas
 * never send one twice.
 */
export class SurveyNotifier {
  constructor(
    private readonly deps: {
      store: SurveyStore;
      notices: NoticeStore;
      notifications: NotificationService;
      logger: LoggerService;
    },
  ) {}

  async run(
    now: DateTime = DateTime.now(),
  ): Promise<{ reminded: number; announced: number }> {
    // Days in UTC, as the survey's campaign days are.
    const today = now.setZone('utc').toISODate()!;
    const monday = now.setZone('utc').startOf('week').toISODate()!;
    let reminded = 0;
    let announced = 0;
    for (const campaign of await this.deps.store.listCampaigns()) {
      if (campaign.status === 'open') {
        if (
          !(await this.deps.notices.claim(
            campaign.id,
            'reminder',
            monday,
            today,
          ))
        )
          continue;
        const people = await this.deps.notices.unanswered(campaign.id);
        for (let i = 0; i < people.length; i += RECIPIENTS_PER_SEND) {
          await this.send({
            recipients: {
              type: 'entity',
              entityRef: people.slice(i, i + RECIPIENTS_PER_SEND),
            },
            payload: {
              title: `Skills survey ${campaign.name}: a few minutes, anonymously`,
              description: `Rate how well you know the technologies we run, so that the platform team builds and teaches what is needed first. Open until the end of ${campaign.closesOn}; your answer is kept apart from your name. You get this at most once a week until you answer or it closes.`,
              link: '/skills-survey',
              severity: 'low',
              topic: 'skills-survey',
              scope: `skills-survey-reminder:${campaign.id}`,
            },
          });
        }
        reminded += people.length;
      } else if (
        campaign.status === 'closed' &&
        campaign.closedOn &&
        DateTime.fromISO(today).diff(
          DateTime.fromISO(campaign.closedOn),
          'days',
        ).days <= ANNOUNCE_WITHIN_DAYS
      ) {
        if (
          !(await this.deps.notices.claim(campaign.id, 'published', '-', today))
        )
          continue;
        await this.send({
          recipients: { type: 'broadcast' },
          payload: {
            title: `Skills survey ${campaign.name}: results are published`,
            description:
              'The results are totals of groups large enough to stay anonymous. The platform team plans what to build and teach from them; the helpers directory lists who offers help.',
            link: '/skills-survey',
            severity: 'normal',
            topic: 'skills-survey',
            scope: `skills-survey-published:${campaign.id}`,
          },
        });
        announced += 1;
      }
    }
    return { reminded, announced };
  }

  private async send(options: Parameters<NotificationService['send']>[0]) {
    try {
      await this.deps.notifications.send(options);
    } catch (error) {
      // Claimed and not sent: logged, not retried, so that an outage of the
      // notifications backend does not send the week's reminder twice.
      this.deps.logger.warn(
        `Skills survey could not send "${options.payload.title}": ${error}`,
      );
    }
  }
}
