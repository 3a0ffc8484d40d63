import { mockServices } from '@backstage/backend-test-utils';
import { memoryStore } from '../__testUtils__/memoryStore';
import { FindingNotifier } from './FindingNotifier';
import { DEFAULT_SLA_TARGETS } from './sla';

describe('FindingNotifier SLA warnings', () => {
  it('warns the owners once per clock when it is at risk or breached', async () => {
    const { store, knex } = await memoryStore();
    const sent: any[] = [];
    const notifier = new FindingNotifier({
      notifications: { send: async o => void sent.push(o) },
      logger: mockServices.logger.mock(),
    });
    const filed = new Date('2026-11-01T00:00:00Z');
    const { finding } = await store.file(
      {
        entityRef: 'component:default/fernhill-cli',
        ownerRef: 'group:default/platform-team',
        title: 'doctor passes with the wrong context',
        scenario: 's',
        journeyStep: 'troubleshoot',
        category: 'cli-or-tooling',
        severity: 'blocked-me',
        minutesLost: 55,
        mayContact: true,
        links: [],
        reporterRef: 'user:default/riley.novak',
      },
      filed,
    );
    // Blocked-me: triage within 2 days. After 1 day nothing; after 1.6 days at risk.
    expect(
      await notifier.warnAboutSlas(
        store,
        DEFAULT_SLA_TARGETS,
        new Date('2026-11-02T00:00:00Z'),
      ),
    ).toBe(0);
    expect(
      await notifier.warnAboutSlas(
        store,
        DEFAULT_SLA_TARGETS,
        new Date('2026-11-02T15:00:00Z'),
      ),
    ).toBe(1);
    expect(sent[0]).toMatchObject({
      recipients: { type: 'entity', entityRef: 'group:default/platform-team' },
      payload: {
        title:
          'Time to triage is running out: doctor passes with the wrong context',
        scope: `devzero:${finding.id}:sla-triage`,
      },
    });
    // Warned once: a later run only warns about the resolve clock when it is due.
    expect(
      await notifier.warnAboutSlas(
        store,
        DEFAULT_SLA_TARGETS,
        new Date('2026-11-04T00:00:00Z'),
      ),
    ).toBe(0);
    expect(
      await notifier.warnAboutSlas(
        store,
        DEFAULT_SLA_TARGETS,
        new Date('2026-11-13T00:00:00Z'),
      ),
    ).toBe(1);
    expect(sent[1].payload.title).toBe(
      'Time to resolve is running out: doctor passes with the wrong context',
    );
    await knex.destroy();
  });

  it('logs a notification that fails and carries on', async () => {
    const logger = mockServices.logger.mock();
    const notifier = new FindingNotifier({
      notifications: {
        send: async () => {
          throw new Error('notifications backend is down');
        },
      },
      logger,
    });
    await notifier.commented(
      {
        reporterRef: 'user:default/a',
        ownerRef: 'group:default/b',
        title: 't',
        id: 'x',
      } as any,
      'user:default/c',
      'hi',
    );
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('notifications backend is down'),
    );
  });
});

describe('FindingNotifier status changes', () => {
  it("tells the reporter the new status's own note, not one left from before a reopen", async () => {
    const sent: any[] = [];
    const notifier = new FindingNotifier({
      notifications: { send: async o => void sent.push(o) },
      logger: mockServices.logger.mock(),
    });
    // Resolved once, reopened, then declined: the old resolution note stays.
    const finding = {
      id: 'f-1',
      title: 'No simulator',
      reporterRef: 'user:default/riley.novak',
      ownerRef: 'group:default/platform-team',
      resolutionNote: 'Added the simulator to the guide',
    } as any;
    const sam = 'user:default/sam.okafor';
    await notifier.statusChanged(
      { ...finding, status: 'declined', declineReason: 'Works as designed' },
      sam,
      'triaged',
    );
    await notifier.statusChanged(
      { ...finding, status: 'triaged' },
      sam,
      'resolved',
    );
    await notifier.statusChanged(
      { ...finding, status: 'resolved' },
      sam,
      'triaged',
    );
    expect(sent.map(s => s.payload.description)).toEqual([
      'Works as designed',
      'It moved from resolved to triaged.',
      'Added the simulator to the guide',
    ]);
    expect(sent[0].recipients).toEqual({
      type: 'entity',
      entityRef: 'user:default/riley.novak',
      excludeEntityRef: sam,
    });
  });
});
