import { Entity } from '@backstage/catalog-model';
import { CatalogReader, SharedCatalogSnapshot } from './SharedCatalogSnapshot';

const entity = (kind: string, name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec: {},
});

/** A catalog that answers with pages of the given entities, or fails while `down`. */
function fakeCatalog(entities: Entity[]) {
  const state = { down: false, reads: [] as Parameters<CatalogReader>[0][] };
  const reader: CatalogReader = async function* read(request) {
    state.reads.push(request);
    if (state.down) throw new Error('catalog is down');
    const wanted = entities.filter(
      e => !request.kinds || request.kinds.includes(e.kind.toLowerCase()),
    );
    for (let i = 0; i < wanted.length; i += request.pageSize) {
      yield wanted.slice(i, i + request.pageSize);
    }
  };
  return { state, reader };
}

describe('SharedCatalogSnapshot', () => {
  let now: Date;
  const make = () => new SharedCatalogSnapshot({ pageSize: 2, now: () => now });
  beforeEach(() => {
    now = new Date('2026-12-01T10:00:00Z');
  });

  it('reads the union of what plugins declare, once for all of them, page by page', async () => {
    const catalog = fakeCatalog([
      entity('Component', 'a'),
      entity('Component', 'b'),
      entity('System', 's'),
      entity('User', 'u'),
    ]);
    const shared = make();
    shared.useReader(catalog.reader);
    shared.declare('domain-catalog', {
      kinds: ['Component'],
      fields: ['spec.owner'],
    });
    shared.declare('dependency-map', { kinds: ['system'], fields: ['spec'] });
    const [first, second] = await Promise.all([
      shared.current(),
      shared.current(),
    ]);
    expect(first).toBe(second);
    expect(catalog.state.reads).toHaveLength(1);
    expect(catalog.state.reads[0]).toEqual({
      kinds: ['component', 'system'],
      fields: [
        'apiVersion',
        'kind',
        'metadata',
        'relations',
        'spec',
        'spec.owner',
      ],
      pageSize: 2,
    });
    expect(first.entities.map(e => e.metadata.name)).toEqual(['a', 'b', 's']);
    expect(first.byRef.get('system:default/s')?.metadata.name).toBe('s');
  });

  it('reads again when a plugin declares a kind the snapshot lacks', async () => {
    const catalog = fakeCatalog([
      entity('Component', 'a'),
      entity('Group', 'g'),
    ]);
    const shared = make();
    shared.useReader(catalog.reader);
    shared.declare('one', { kinds: ['component'] });
    expect((await shared.current()).entities).toHaveLength(1);
    expect((await shared.current()).generation).toBe(1);
    shared.declare('two', { kinds: ['group'] });
    const next = await shared.current();
    expect(next.generation).toBe(2);
    expect(next.entities).toHaveLength(2);
  });

  it('keeps serving the last snapshot while the catalog cannot be read, and says how old it is', async () => {
    const catalog = fakeCatalog([entity('Component', 'a')]);
    const shared = make();
    shared.useReader(catalog.reader);
    shared.declare('one', { kinds: ['component'] });
    const first = await shared.current();
    catalog.state.down = true;
    now = new Date('2026-12-01T10:05:00Z');
    await expect(shared.refresh()).rejects.toThrow('catalog is down');
    expect(await shared.current()).toBe(first);
    expect(shared.status()).toEqual({
      readAt: '2026-12-01T10:00:00.000Z',
      ageSeconds: 300,
      entityCount: 1,
      generation: 1,
      lastError: {
        message: 'Error: catalog is down',
        at: '2026-12-01T10:05:00.000Z',
      },
    });
    catalog.state.down = false;
    await shared.refresh();
    expect(shared.status().lastError).toBeUndefined();
    expect(shared.status().ageSeconds).toBe(0);
  });

  it('answers 503 with the reason when the catalog was never read', async () => {
    const catalog = fakeCatalog([]);
    catalog.state.down = true;
    const shared = make();
    shared.useReader(catalog.reader);
    shared.declare('one', {});
    await expect(shared.current()).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringContaining('catalog is down'),
    });
  });

  it('tells listeners of each new snapshot', async () => {
    const shared = make();
    shared.useReader(fakeCatalog([entity('Component', 'a')]).reader);
    shared.declare('one', {});
    const seen: number[] = [];
    const stop = shared.onSnapshot(s => seen.push(s.generation));
    await shared.refresh();
    await shared.refresh();
    stop();
    await shared.refresh();
    expect(seen).toEqual([1, 2]);
  });
});
