import { fixtureCatalog } from '../__testUtils__/fixture';
import { ArchitectureLibrary } from '../model/ArchitectureLibrary';
import { diffOf } from '../model/queries';
import { pendingNotifications, summariseDiff } from './notifications';

const NOW = new Date('2026-12-02T10:00:00Z');

describe('pendingNotifications', () => {
  const library = new ArchitectureLibrary(fixtureCatalog(), NOW);

  it('tells the owner of an adopter on an older version what changed in the recommended one', () => {
    const upgrades = pendingNotifications(library).filter(n =>
      n.key.startsWith('upgrade:'),
    );
    expect(upgrades).toEqual([
      {
        key: 'upgrade:system:default/billing:event-driven-service@2.0.0',
        recipients: ['group:default/orders-team'],
        payload: {
          title:
            'billing follows Event-driven service 1.2.0; 2.0.0 is recommended',
          description:
            'What changed from 1.2.0 to 2.0.0: building blocks: adds Schema registry. rules: adds no-legacy-db, publishes-events.',
          link: '/reference-architectures/event-driven-service?from=1.2.0&to=2.0.0',
          severity: 'normal',
          topic: 'reference-architectures',
          scope: 'upgrade:system:default/billing',
        },
      },
    ]);
  });

  it('tells the owner when a revisit date has passed, once per date', () => {
    const revisits = pendingNotifications(library).filter(n =>
      n.key.startsWith('revisit:'),
    );
    expect(revisits.map(r => [r.key, r.recipients, r.payload.title])).toEqual([
      [
        'revisit:referencearchitecture:default/event-driven-service:adr-0001:2025-03-01',
        ['group:default/platform'],
        'Revisit due: Outbox over dual writes',
      ],
    ]);
    expect(revisits[0].payload.description).toMatch(
      /by 2025-03-01 \(641 days ago\)/,
    );
  });

  it('says so when nothing a team would act on changed', () => {
    const { diff } = diffOf(library, 'event-driven-service', '2.0.0', '2.0.0');
    expect(summariseDiff(diff)).toBe(
      'No building block, rule or rating changed.',
    );
  });
});
