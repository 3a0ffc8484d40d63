import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  CatalogSnapshot,
  CatalogSnapshotService,
  CatalogView,
  createCatalogSnapshot,
} from '@internal/plugin-fitsys-node';
import { fixtureCatalog, FIXTURE_SETTINGS } from '../__testUtils__/fixture';
import { DependencyMapService } from './DependencyMapService';

const snapshotOf = (generation: number, drop: string[] = []) =>
  createCatalogSnapshot(
    fixtureCatalog().filter(e => !drop.includes(e.metadata.name)),
    { generation, readAt: new Date(), readMs: 0, fields: [] },
  );

/** A snapshot service whose current snapshot and views the test sets. */
function snapshots() {
  const state: { snapshot: CatalogSnapshot; partKeys: string[] } = {
    snapshot: snapshotOf(1),
    partKeys: [],
  };
  const service: CatalogSnapshotService = {
    declare() {},
    get: async () => state.snapshot,
    async viewFor(credentials) {
      const user = (credentials.principal as { userEntityRef: string })
        .userEntityRef;
      const all = user === 'user:default/insider';
      const entities = all
        ? state.snapshot.entities
        : state.snapshot.entities.filter(e => e.metadata.name !== 'db');
      return {
        snapshot: state.snapshot,
        all,
        entities,
        isVisible: () => true,
        key: all ? 'all' : `${user}:${state.snapshot.generation}`,
      } as CatalogView;
    },
    refresh: async () => state.snapshot,
    onSnapshot: () => () => {},
    status: () => ({ entityCount: 0, generation: state.snapshot.generation }),
  };
  return { state, service };
}

describe('DependencyMapService', () => {
  const insider = mockCredentials.user('user:default/insider');

  it('rebuilds the whole analysis for a newer snapshot, and serves the older one meanwhile', async () => {
    const { state, service: snapshotService } = snapshots();
    const service = new DependencyMapService({
      snapshots: snapshotService,
      logger: mockServices.logger.mock(),
      settings: FIXTURE_SETTINGS,
    });
    const first = await service.get(insider);
    expect(await service.get(insider)).toBe(first);
    state.snapshot = snapshotOf(2, ['fraud']);
    // The request that notices answers from the older analysis...
    expect(await service.get(insider)).toBe(first);
    // ...and refresh() (called on each new snapshot) swaps in the new one.
    await service.refresh();
    const second = await service.get(insider);
    expect(second).not.toBe(first);
    expect(second.nodeOf('fraud')).toBeUndefined();
  });

  it('keeps an analysis per partial view, without what the caller cannot see', async () => {
    const { service: snapshotService } = snapshots();
    const service = new DependencyMapService({
      snapshots: snapshotService,
      logger: mockServices.logger.mock(),
      settings: FIXTURE_SETTINGS,
    });
    const outsider = mockCredentials.user('user:default/outsider');
    const part = await service.get(outsider);
    expect(part.nodeOf('resource:db')).toBeUndefined();
    expect(await service.get(outsider)).toBe(part);
    // Twenty other partial views push it out of the cache.
    for (let i = 0; i < 20; i++) {
      await service.get(mockCredentials.user(`user:default/u${i}`));
    }
    expect(await service.get(outsider)).not.toBe(part);
  });
});
