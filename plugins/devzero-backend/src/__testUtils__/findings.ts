import { mockServices } from '@backstage/backend-test-utils';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { FindingStore, NewFinding } from '../database/FindingStore';
import { FindingNotifier } from '../service/FindingNotifier';

/** A finding as the store files it: blocked-me, on the card authoriser, by Riley. */
export function newFinding(overrides: Partial<NewFinding> = {}): NewFinding {
  return {
    entityRef: 'component:default/card-authoriser',
    ownerRef: 'group:default/card-authorisation-team',
    title: 'The local set-up guide misses the HSM simulator',
    scenario:
      'I tried to run card-authoriser locally. The guide never says how to start the HSM simulator.',
    journeyStep: 'set-up',
    category: 'documentation',
    severity: 'blocked-me',
    minutesLost: 45,
    mayContact: true,
    links: ['https://docs.fernhill.example/card-authoriser/local'],
    reporterRef: 'user:default/riley.novak',
    ...overrides,
  };
}

/** A notifier whose notifications are kept in `sent`, or refused while `down` says so. */
export function recordingNotifier(down: () => boolean = () => false) {
  const sent: Array<Parameters<NotificationService['send']>[0]> = [];
  const logger = mockServices.logger.mock();
  const notifier = new FindingNotifier({
    notifications: {
      send: async options => {
        if (down()) throw new Error('notifications backend is down');
        sent.push(options);
      },
    },
    logger,
  });
  return { notifier, sent, logger };
}

/** Marks `id` a duplicate of `duplicateOf`, as `actorRef` at `when`. */
export function markDuplicate(
  store: FindingStore,
  id: string,
  duplicateOf: string,
  actorRef: string,
  when: Date,
) {
  return store.triage(
    id,
    { action: 'mark-duplicate', actorRef, duplicateOf },
    when,
  );
}
