import { Entity } from '@backstage/catalog-model';
import { fixtureCatalog, FIXTURE_SETTINGS } from '../__testUtils__/fixture';
import { DependencyMapAnalysis } from './DependencyMapAnalysis';
import { EntityRecordCache } from './entityRecords';
import { subgraphToJson } from './diagram';

/** The fixture as the catalog serves it: every entity with a uid and an etag. */
function fromCatalog(entities: Entity[] = fixtureCatalog()): Entity[] {
  return entities.map((e, i) => ({
    ...e,
    metadata: { ...e.metadata, uid: `uid-${i}`, etag: `etag-${i}` },
  }));
}

/** A fresh copy, as the next snapshot decodes it (new objects, same text). */
const copyOf = (entities: Entity[]): Entity[] =>
  JSON.parse(JSON.stringify(entities));

const named = (entities: Entity[], name: string) =>
  entities.find(e => e.metadata.name === name)!;

/** Every answer of an analysis that a change of one entity could alter. */
function answers(a: DependencyMapAnalysis) {
  const node = (id: string) => a.nodeOf(id)!;
  return {
    ids: a.graph.ids,
    labels: a.graph.labels,
    out: Array.from(a.graph.out),
    outStart: Array.from(a.graph.outStart),
    hotSpots: a.hotSpots({ offset: 0, limit: 100 }).items,
    groups: a.correlationGroups(0, 100).items,
    journeys: a.journeys(),
    risks: a.risks(100),
    problems: a.problems({ offset: 0, limit: 100 }).items,
    blastRadius: a.blastRadius(node('resource:default/db'), 100),
    availability: a.journeyAvailability('checkout'),
    subgraph: subgraphToJson(
      a.graph,
      node('component:default/gateway'),
      a.subgraph(node('component:default/gateway'), {
        depth: 3,
        direction: 'both',
        maxNodes: 100,
      }),
    ),
  };
}

const analyse = (
  entities: Entity[],
  cache: EntityRecordCache,
  complete = true,
) =>
  new DependencyMapAnalysis(entities, FIXTURE_SETTINGS, undefined, {
    cache,
    complete,
  });

describe('EntityRecordCache', () => {
  it('gives the same answers as reading every entity, and reads unchanged entities once', () => {
    const catalog = fromCatalog();
    const cache = new EntityRecordCache();
    const fresh = answers(new DependencyMapAnalysis(catalog, FIXTURE_SETTINGS));

    expect(answers(analyse(catalog, cache))).toEqual(fresh);
    expect(cache.lastRead).toBe(catalog.length);
    expect(cache.size).toBe(catalog.length);

    // The next snapshot: new objects, nothing changed, nothing read again.
    expect(answers(analyse(copyOf(catalog), cache))).toEqual(fresh);
    expect(cache.lastRead).toBe(0);
  });

  it('reads a changed entity again (a new etag) and answers from its new state', () => {
    const cache = new EntityRecordCache();
    const catalog = fromCatalog();
    const before = analyse(catalog, cache);
    expect(
      before.problems({ entity: before.nodeOf('ledger'), offset: 0, limit: 5 })
        .totalItems,
    ).toBe(1);

    // ledger fixes its annotations and moves to a zone of its own.
    const next = copyOf(catalog);
    const ledger = named(next, 'ledger');
    ledger.metadata.annotations = {
      ...ledger.metadata.annotations,
      'fitsys.dev/tier': '2',
      'fitsys.dev/zone': 'eu-west-1c',
    };
    ledger.metadata.etag = 'etag-ledger-2';
    const after = analyse(next, cache);
    expect(cache.lastRead).toBe(1);
    expect(answers(after)).toEqual(
      answers(new DependencyMapAnalysis(next, FIXTURE_SETTINGS)),
    );
    expect(
      after.problems({ entity: after.nodeOf('ledger'), offset: 0, limit: 5 })
        .totalItems,
    ).toBe(0);
    expect(after.nodeOf('zone:eu-west-1c')).toBeDefined();
    expect(after.graph.tier[after.nodeOf('ledger')!]).toBe(2);
  });

  it('keeps the record while the etag stays the same', () => {
    // The catalog changes the etag with any change; a record is trusted
    // as long as the etag is the one it was read at.
    const cache = new EntityRecordCache();
    const catalog = fromCatalog();
    analyse(catalog, cache);
    const next = copyOf(catalog);
    named(next, 'web').metadata.title = 'Renamed without a new etag';
    const after = analyse(next, cache);
    expect(cache.lastRead).toBe(0);
    expect(after.graph.labels[after.nodeOf('web')!]).toBe('web');
  });

  it('drops a removed entity from the graph and from the records', () => {
    const cache = new EntityRecordCache();
    const catalog = fromCatalog();
    analyse(catalog, cache);
    const next = copyOf(catalog).filter(e => e.metadata.name !== 'reports');
    const after = analyse(next, cache);
    expect(after.nodeOf('reports')).toBeUndefined();
    expect(cache.size).toBe(catalog.length - 1);
    expect(cache.lastRead).toBe(0);
    expect(answers(after)).toEqual(
      answers(new DependencyMapAnalysis(next, FIXTURE_SETTINGS)),
    );
    // It comes back read afresh, not from a stale record.
    const back = analyse(copyOf(catalog), cache);
    expect(cache.lastRead).toBe(1);
    expect(back.nodeOf('reports')).toBeDefined();
  });

  it('keeps every record when a part of the snapshot is analysed', () => {
    const cache = new EntityRecordCache();
    const catalog = fromCatalog();
    analyse(catalog, cache);
    // What one caller sees: a part, which must not evict the rest.
    analyse(
      catalog.filter(e => e.metadata.name !== 'web'),
      cache,
      false,
    );
    expect(cache.size).toBe(catalog.length);
    analyse(copyOf(catalog), cache);
    expect(cache.lastRead).toBe(0);
  });

  it('reads entities without a uid or an etag every time', () => {
    const cache = new EntityRecordCache();
    const catalog = fixtureCatalog();
    analyse(catalog, cache);
    analyse(catalog, cache);
    expect(cache.lastRead).toBe(catalog.length);
    expect(cache.size).toBe(0);
  });
});
