import { fixtureCatalog } from '../__testUtils__/fixture';
import { ArchitectureLibrary } from '../model/ArchitectureLibrary';
import { diffOf } from '../model/queries';
import {
  groupForOwners,
  pendingNotifications,
  summariseDiff,
} from './notifications';

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
        upgrade: {
          series: 'event-driven-service',
          seriesTitle: 'Event-driven service',
          adopterTitle: 'billing',
          version: '1.2.0',
          current: '2.0.0',
          changes:
            'building blocks: adds Schema registry. rules: adds no-legacy-db, publishes-events.',
        },
      },
    ]);
  });

  it("sends one notice per owner and design, naming each of the owner's systems on an older version", () => {
    // A second system of the orders team on the same old version, and a
    // third of theirs on another design's current version.
    const catalog = fixtureCatalog();
    const billing = catalog.find(e => e.metadata.name === 'billing')!;
    const invoicing = structuredClone(billing);
    invoicing.metadata.name = 'invoicing';
    invoicing.metadata.uid = 'invoicing-uid';
    catalog.push(invoicing);
    const grouped = new ArchitectureLibrary(catalog, NOW);
    const pending = pendingNotifications(grouped);
    expect(pending.filter(n => n.upgrade).map(n => n.key)).toEqual([
      'upgrade:system:default/billing:event-driven-service@2.0.0',
      'upgrade:system:default/invoicing:event-driven-service@2.0.0',
    ]);

    const notices = groupForOwners(pending);
    const upgrades = notices.filter(n =>
      n.payload.scope?.startsWith('upgrade'),
    );
    expect(upgrades).toHaveLength(1);
    expect(upgrades[0].recipients).toEqual(['group:default/orders-team']);
    expect(upgrades[0].payload).toMatchObject({
      title:
        '2 of your systems follow older versions of Event-driven service; 2.0.0 is recommended',
      description:
        'From 1.2.0 (billing, invoicing): building blocks: adds Schema registry. rules: adds no-legacy-db, publishes-events.',
      link: '/reference-architectures/event-driven-service?from=1.2.0&to=2.0.0',
      scope: 'upgrade:group:default/orders-team:event-driven-service',
    });
    // The revisit is not an upgrade and goes out as it was.
    expect(notices.filter(n => n.key.startsWith('revisit:'))).toHaveLength(1);

    // Only what was claimed this run is grouped: an adopter notified on an
    // earlier run is not named again.
    const later = groupForOwners(
      pending.filter(n => n.key.includes('invoicing')),
    );
    expect(later).toHaveLength(1);
    expect(later[0].payload.title).toBe(
      'invoicing follows Event-driven service 1.2.0; 2.0.0 is recommended',
    );
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
