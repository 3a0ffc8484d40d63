import { newFinding, recordingNotifier } from '../__testUtils__/findings';
import { memoryStore } from '../__testUtils__/memoryStore';
import { DEFAULT_SLA_TARGETS } from './sla';

// Blocked-me: triage within 2 days.
const cliFinding = newFinding({
  entityRef: 'component:default/fernhill-cli',
  ownerRef: 'group:default/platform-team',
  title: 'doctor passes with the wrong context',
  journeyStep: 'troubleshoot',
  category: 'cli-or-tooling',
  minutesLost: 55,
});

describe('FindingNotifier SLA warnings', () => {
  it('warns the owners once per clock when it is at risk or breached', async () => {
    const { store, knex } = await memoryStore();
    const { notifier, sent } = recordingNotifier();
    const filed = new Date('2026-11-01T00:00:00Z');
    const { finding } = await store.file(cliFinding, filed);
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

  it('warns again on the next run when a warning could not be sent', async () => {
    const { store, knex } = await memoryStore();
    let down = true;
    const { notifier, sent } = recordingNotifier(() => down);
    await store.file(cliFinding, new Date('2026-11-01T00:00:00Z'));
    const later = new Date('2026-11-02T15:00:00Z');
    expect(
      await notifier.warnAboutSlas(store, DEFAULT_SLA_TARGETS, later),
    ).toBe(0);
    down = false;
    expect(
      await notifier.warnAboutSlas(store, DEFAULT_SLA_TARGETS, later),
    ).toBe(1);
    expect(sent).toHaveLength(1);
    await knex.destroy();
  });

  it('logs a notification that fails and carries on', async () => {
    const { notifier, logger } = recordingNotifier(() => true);
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
    const { notifier, sent } = recordingNotifier();
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
    const toReporter = sent.filter(s => s.payload.topic === 'devzero-status');
    expect(toReporter.map(s => s.payload.description)).toEqual([
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

  it('tells the owners when a finding comes back to them reopened, with why', async () => {
    const { notifier, sent } = recordingNotifier();
    const riley = 'user:default/riley.novak';
    const finding = {
      id: 'f-2',
      title: 'No simulator',
      reporterRef: riley,
      ownerRef: 'group:default/platform-team',
      status: 'triaged',
    } as any;
    await notifier.statusChanged(
      finding,
      riley,
      'resolved',
      'Still not in the guide',
    );
    expect(sent).toEqual([
      {
        recipients: {
          type: 'entity',
          entityRef: 'group:default/platform-team',
          excludeEntityRef: [riley],
        },
        payload: expect.objectContaining({
          title: 'Reopened: No simulator',
          description: 'Still not in the guide',
          topic: 'devzero-reopened',
        }),
      },
    ]);
    // Moving between open states is the owners' own doing: only the reporter hears.
    sent.length = 0;
    await notifier.statusChanged(
      { ...finding, status: 'in-progress' },
      'user:default/sam.okafor',
      'triaged',
    );
    expect(sent.map(s => s.payload.topic)).toEqual(['devzero-status']);
  });
});
