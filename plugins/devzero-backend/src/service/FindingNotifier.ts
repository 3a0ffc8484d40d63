import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { OPEN_STATUSES, Status } from '@internal/plugin-devzero-common';
import { FindingRecord, FindingStore } from '../database/FindingStore';
import { SlaTargets, slaOf } from './sla';

const link = (f: FindingRecord) => `/devzero/findings/${f.id}`;
const short = (ref: string) => ref.slice(ref.indexOf('/') + 1);

/**
 * Tells people what they need to act on: owners when a finding arrives or a
 * clock is about to breach, reporters when their finding moves or gets a
 * comment. A notification that cannot be sent is logged; the change it
 * reports has already been saved.
 */
export class FindingNotifier {
  constructor(
    private readonly deps: {
      notifications: NotificationService;
      logger: LoggerService;
    },
  ) {}

  /** Sends, or logs why not; says whether it was sent. */
  private async send(options: Parameters<NotificationService['send']>[0]) {
    try {
      await this.deps.notifications.send(options);
      return true;
    } catch (error) {
      this.deps.logger.warn(
        `Developer Zero could not send a notification: ${error}`,
      );
      return false;
    }
  }

  async filed(f: FindingRecord) {
    await this.send({
      recipients: {
        type: 'entity',
        entityRef: f.ownerRef,
        excludeEntityRef: f.reporterRef,
      },
      payload: {
        title: `New finding on ${short(f.entityRef)}: ${f.title}`,
        description: `${f.severity.replace(/-/g, ' ')}, ${
          f.minutesLost
        } minutes lost. ${f.scenario}`,
        link: link(f),
        severity:
          f.severity === 'would-have-given-up' || f.severity === 'blocked-me'
            ? 'high'
            : 'normal',
        topic: 'devzero-new-finding',
        scope: `devzero:${f.id}:filed`,
      },
    });
  }

  /**
   * Tells the reporter their finding moved; and the owners when it comes
   * back to them, reopened (by its reporter, say), with the note that says why.
   */
  async statusChanged(
    f: FindingRecord,
    actorRef: string,
    from: Status,
    note?: string,
  ) {
    if (f.status === from) return;
    if (!OPEN_STATUSES.includes(from) && OPEN_STATUSES.includes(f.status))
      await this.send({
        recipients: {
          type: 'entity',
          entityRef: f.ownerRef,
          // The reporter hears of it below, unless they reopened it.
          excludeEntityRef: [...new Set([actorRef, f.reporterRef])],
        },
        payload: {
          title: `Reopened: ${f.title}`,
          description: note ?? `It moved from ${from} to ${f.status}.`,
          link: link(f),
          topic: 'devzero-reopened',
          scope: `devzero:${f.id}:reopened`,
        },
      });
    if (actorRef === f.reporterRef) return;
    await this.send({
      recipients: {
        type: 'entity',
        entityRef: f.reporterRef,
        excludeEntityRef: actorRef,
      },
      payload: {
        title: `Your finding is ${f.status}: ${f.title}`,
        // A reopened finding keeps its earlier resolution or reason in its
        // fields, so the one to tell is the one its new status has.
        description:
          (f.status === 'resolved' && f.resolutionNote) ||
          (f.status === 'declined' && f.declineReason) ||
          `It moved from ${from} to ${f.status}.`,
        link: link(f),
        topic: 'devzero-status',
        scope: `devzero:${f.id}:status`,
      },
    });
  }

  async commented(f: FindingRecord, authorRef: string, body: string) {
    await this.send({
      recipients: {
        type: 'entity',
        entityRef: [f.reporterRef, f.ownerRef],
        excludeEntityRef: authorRef,
      },
      payload: {
        title: `New comment on: ${f.title}`,
        description: body.length > 280 ? `${body.slice(0, 279)}…` : body,
        link: link(f),
        topic: 'devzero-comment',
      },
    });
  }

  /** Tells a team that an entity's open findings came to them with it. */
  async rerouted(
    entityRef: string,
    fromOwnerRef: string,
    toOwnerRef: string,
    count: number,
  ) {
    const open = OPEN_STATUSES.map(s => `status=${s}`).join('&');
    await this.send({
      recipients: { type: 'entity', entityRef: toOwnerRef },
      payload: {
        title: `${count} open finding${count === 1 ? '' : 's'} on ${short(
          entityRef,
        )} ${count === 1 ? 'is' : 'are'} now yours`,
        description: `The catalog says ${toOwnerRef} owns ${entityRef} now; its open findings moved here from ${fromOwnerRef}, unassigned and unsnoozed.`,
        link: `/devzero?entity=${encodeURIComponent(entityRef)}&${open}`,
        topic: 'devzero-rerouted',
      },
    });
  }

  /**
   * Warns owners once per clock when an open finding's SLA is at risk or
   * breached. Runs on the scheduler, on one replica at a time.
   */
  async warnAboutSlas(store: FindingStore, targets: SlaTargets, now: Date) {
    const open = await store.listAll({ statuses: OPEN_STATUSES });
    let warned = 0;
    for (const f of open) {
      const clocks = slaOf(f, targets, now);
      const due = [
        {
          clock: 'triage' as const,
          state: f.status === 'new' ? clocks.triage : undefined,
          already: f.triageWarnedAt,
        },
        {
          clock: 'resolve' as const,
          state: clocks.resolve,
          already: f.resolveWarnedAt,
        },
      ].filter(c => c.state && c.state.state !== 'on-track' && !c.already);
      for (const { clock, state } of due) {
        const sent = await this.send({
          recipients: { type: 'entity', entityRef: f.ownerRef },
          payload: {
            title: `Time to ${clock} ${
              state!.state === 'breached' ? 'has run out' : 'is running out'
            }: ${f.title}`,
            description: `The ${clock} target for this ${f.severity.replace(
              /-/g,
              ' ',
            )} finding on ${short(f.entityRef)} is ${state!.dueAt}.`,
            link: link(f),
            severity: 'high',
            topic: 'devzero-sla',
            scope: `devzero:${f.id}:sla-${clock}`,
          },
        });
        // Unsent, it is tried again on the next run.
        if (!sent) continue;
        await store.markWarned(f.id, clock, now);
        warned++;
      }
    }
    return warned;
  }
}
