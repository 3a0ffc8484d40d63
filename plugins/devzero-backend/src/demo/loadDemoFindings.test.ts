import { mockServices } from '@backstage/backend-test-utils';
import path from 'path';
import { memoryStore } from '../__testUtils__/memoryStore';
import { loadDemoFindings } from './loadDemoFindings';

const file = path.resolve(
  __dirname,
  '../../../../examples/devzero-findings.yaml',
);

describe('loadDemoFindings', () => {
  it('loads the demo once when two replicas start together', async () => {
    const { store, knex } = await memoryStore();
    const now = new Date('2026-11-23T12:00:00Z');
    const logger = mockServices.logger.mock();
    const [a, b] = await Promise.all([
      loadDemoFindings({ store, file, logger, now }),
      loadDemoFindings({ store, file, logger, now }),
    ]);
    const { totalItems, items } = await store.list({
      sort: 'created',
      order: 'asc',
      offset: 0,
      limit: 100,
    });
    expect(totalItems).toBe(Math.max(a, b));
    // Each "me too" once: the finding's count is its list's length.
    for (const f of items)
      expect((await store.meToos(f.id)).length).toBe(f.meTooCount);
    await knex.destroy();
  });

  it('loads the demo into an empty store across months and states, once', async () => {
    const { store, knex } = await memoryStore();
    const now = new Date('2026-11-23T12:00:00Z');
    const logger = mockServices.logger.mock();
    const loaded = await loadDemoFindings({ store, file, logger, now });
    expect(loaded).toBeGreaterThanOrEqual(20);
    expect(await loadDemoFindings({ store, file, logger, now })).toBe(0);

    const all = await store.list({
      sort: 'created',
      order: 'asc',
      offset: 0,
      limit: 100,
    });
    expect(all.totalItems).toBe(loaded);
    const statuses = new Set(all.items.map(f => f.status));
    expect([...statuses].sort()).toEqual([
      'declined',
      'duplicate',
      'in-progress',
      'new',
      'resolved',
      'triaged',
    ]);
    const months = new Set(all.items.map(f => f.createdAt.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(6);
    const owners = new Set(all.items.map(f => f.ownerRef));
    expect(owners.size).toBeGreaterThanOrEqual(6);
    const duplicate = all.items.find(f => f.status === 'duplicate')!;
    const canonical = all.items.find(f => f.id === duplicate.duplicateOf)!;
    expect(canonical.title).toBe(
      'CLI error "E42" says nothing about what went wrong',
    );
    await knex.destroy();
  });
});
