import { fixtureCatalog } from '../__testUtils__/fixture';
import { ArchitectureLibrary } from './ArchitectureLibrary';
import {
  adoptersOf,
  architectureDetail,
  diffOf,
  entityConformance,
  listArchitectures,
} from './queries';
import { listDecisions, overdueRevisits } from './decisions';

const NOW = new Date('2026-12-02T10:00:00Z');
const library = () => new ArchitectureLibrary(fixtureCatalog(), NOW);
const page = { offset: 0, limit: 50 };

describe('ArchitectureLibrary', () => {
  it('groups versions into series and shows the recommended version', () => {
    const { items, totalCount, facets } = listArchitectures(library(), page);
    expect(totalCount).toBe(2);
    const [eventDriven, batch] = items;
    expect(eventDriven).toMatchObject({
      series: 'event-driven-service',
      ref: 'referencearchitecture:default/event-driven-service',
      version: '2.0.0',
      lifecycle: 'recommended',
      versions: [
        { version: '2.0.0', lifecycle: 'recommended', adopters: 1 },
        { version: '1.2.0', lifecycle: 'deprecated', adopters: 1 },
      ],
      // orders, billing and typo name it; billing is on a deprecated version.
      adopters: { total: 3, current: 1, outdated: 1, conforming: 2 },
      ratings: { availability: 4, cost: 3 },
      revisitOverdue: false,
    });
    expect(batch).toMatchObject({
      series: 'scheduled-batch-job',
      adopters: { total: 1 },
    });
    expect(facets).toEqual({
      owners: ['group:default/data', 'group:default/platform'],
      tags: ['batch', 'events', 'kafka'],
      lifecycles: ['trial', 'recommended'],
    });
  });

  it('searches and filters the library', () => {
    const titles = (query: object) =>
      listArchitectures(library(), { ...page, ...query }).items.map(
        i => i.series,
      );
    expect(titles({ q: 'OUTBOX events' })).toEqual(['event-driven-service']);
    expect(titles({ lifecycle: ['trial'] })).toEqual(['scheduled-batch-job']);
    expect(titles({ quality: 'operability' })).toEqual(['scheduled-batch-job']);
    expect(titles({ tag: 'Kafka' })).toEqual(['event-driven-service']);
    expect(titles({ owner: 'group:default/data' })).toEqual([
      'scheduled-batch-job',
    ]);
  });

  it("scores each adopter against its own version's rules", () => {
    const orders = entityConformance(library(), 'system:default/orders')!;
    expect(orders.adopter).toMatchObject({
      version: '2.0.0',
      outdated: false,
      conformance: {
        score: 100,
        level: 'silver',
        passed: 3,
        failed: 0,
        violations: [],
      },
    });
    expect(orders.results).toHaveLength(3);
    expect(orders.newerRecommended).toBeUndefined();

    // billing's version has one rule (a database), which the legacy one
    // meets; its silver level has no rules, so it is reached too.
    const billing = entityConformance(library(), 'System:default/Billing')!;
    expect(billing.adopter).toMatchObject({
      version: '1.2.0',
      versionLifecycle: 'deprecated',
      outdated: true,
      conformance: { score: 100, level: 'silver' },
    });
    expect(billing.newerRecommended).toBe('2.0.0');
  });

  it('re-evaluates one changed adopter as a rebuild of the whole library would', () => {
    const catalog = fixtureCatalog();
    const changed = (
      name: string,
      annotations: Record<string, string> | undefined,
    ) => {
      const old = catalog.find(e => e.metadata.name === name)!;
      const entity = { ...old, metadata: { ...old.metadata, annotations } };
      catalog[catalog.indexOf(old)] = entity;
      return entity;
    };
    const seen = (lib: ArchitectureLibrary) => ({
      summary: listArchitectures(lib, page).items,
      adopters: adoptersOf(lib, 'event-driven-service', page).items,
      billing: entityConformance(lib, 'system:default/billing'),
    });
    const incremental = library();
    expect(incremental.adopters.get('system:default/billing')).toMatchObject({
      summary: { version: '1.2.0', outdated: true },
    });

    // billing moves up to the recommended version.
    const moved = incremental.reevaluate(
      changed('billing', {
        'fitsys.dev/reference-architecture': 'event-driven-service',
        'fitsys.dev/reference-architecture-version': '2.0.0',
      }),
    );
    expect(moved?.summary).toMatchObject({ version: '2.0.0', outdated: false });
    expect(seen(incremental)).toEqual(
      seen(new ArchitectureLibrary(catalog, NOW)),
    );
    expect(
      listArchitectures(incremental, page).items[0].adopters,
    ).toMatchObject({ total: 3, current: 2, outdated: 0 });

    // and then follows none: it leaves the series.
    expect(
      incremental.reevaluate(changed('billing', undefined)),
    ).toBeUndefined();
    expect(incremental.adopters.has('system:default/billing')).toBe(false);
    expect(seen(incremental)).toEqual(
      seen(new ArchitectureLibrary(catalog, NOW)),
    );
    expect(listArchitectures(incremental, page).items[0].adopters.total).toBe(
      2,
    );
  });

  it('names what is wrong with an adoption it cannot match', () => {
    expect(
      entityConformance(library(), 'system:default/ghost')!.adopter.problem,
    ).toEqual({
      type: 'unknown-architecture',
      message:
        'metadata.annotations["fitsys.dev/reference-architecture"] names "serverless-api", and there is no reference architecture of that name in the catalog',
    });
    expect(
      entityConformance(library(), 'system:default/typo')!.adopter.problem
        ?.message,
    ).toBe(
      'metadata.annotations["fitsys.dev/reference-architecture-version"] is "3.0.0", and event-driven-service has no such version; its versions are 2.0.0, 1.2.0',
    );
    expect(
      entityConformance(library(), 'system:default/nobody'),
    ).toBeUndefined();
  });

  it('lists adopters worst first, by status and version', () => {
    const refs = (query: object) =>
      adoptersOf(library(), 'event-driven-service', {
        ...page,
        ...query,
      }).items.map(a => a.ref);
    expect(refs({})).toEqual([
      'system:default/typo',
      'system:default/billing',
      'system:default/orders',
    ]);
    expect(refs({ status: 'outdated' })).toEqual(['system:default/billing']);
    expect(refs({ status: 'problem' })).toEqual(['system:default/typo']);
    expect(refs({ version: '1.2.0' })).toEqual(['system:default/billing']);
    expect(() => refs({ version: '9.9.9' })).toThrow(
      'version: event-driven-service has no version "9.9.9"; its versions are 2.0.0, 1.2.0',
    );
  });

  it('shows a version in full, with a newer recommended one named', () => {
    const detail = architectureDetail(
      library(),
      'Event-Driven-Service',
      '1.2.0',
    );
    expect(detail.version.ref).toBe(
      'referencearchitecture:default/event-driven-service-1',
    );
    expect(detail.newerRecommended).toBe('2.0.0');
    expect(() => architectureDetail(library(), 'nope')).toThrow(
      'architecture: there is no reference architecture "nope"; GET /architectures lists them',
    );
  });

  it('diffs a version against the one before it by default', () => {
    const { diff } = diffOf(library(), 'event-driven-service');
    expect(diff.from).toBe('1.2.0');
    expect(diff.to).toBe('2.0.0');
    expect(diff.buildingBlocks).toEqual([
      { key: 'Schema registry', change: 'added' },
    ]);
    expect(diff.rules.map(r => [r.key, r.change])).toEqual([
      ['no-legacy-db', 'added'],
      ['publishes-events', 'added'],
    ]);
  });

  it('lists decisions once, with the versions that record them, and overdue revisits', () => {
    const { items } = listDecisions(library(), page);
    expect(
      items.map(d => [d.id, d.architectures.length, d.revisitOverdue]),
    ).toEqual([
      ['adr-0002', 1, false],
      ['adr-0001', 2, true],
    ]);
    expect(
      listDecisions(library(), { ...page, overdue: true }).items.map(d => d.id),
    ).toEqual(['adr-0001']);
    expect(listDecisions(library(), { ...page, q: 'avro' }).totalCount).toBe(1);
    expect(overdueRevisits(library())).toEqual([
      {
        type: 'decision',
        ref: 'referencearchitecture:default/event-driven-service',
        title: 'Outbox over dual writes',
        owner: 'group:default/platform',
        revisitBy: '2025-03-01',
        daysOverdue: 641,
        decisionId: 'adr-0001',
      },
    ]);
  });

  it('counts only what the view shows', () => {
    const partial = new ArchitectureLibrary(
      fixtureCatalog().filter(e => e.metadata.name !== 'billing'),
      NOW,
    );
    expect(listArchitectures(partial, page).items[0].adopters.total).toBe(2);
  });
});
