import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { NotModifiedError } from '@backstage/errors';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConformanceStore } from '../database/ConformanceStore';
import { AdrReader, adrLocationOf } from './AdrReader';
import { AdrTask } from './AdrTask';

const postgresId = (process.env.FITSYS_TEST_POSTGRES_ID ??
  'POSTGRES_15') as TestDatabaseId;
const databases = TestDatabases.create({ ids: ['SQLITE_3', postgresId] });

const system = (name: string, annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name, namespace: 'default', annotations },
  spec: { owner: 'group:default/team' },
});

const record = (title: string, date: string, extra = '') =>
  `---\nstatus: accepted\ndate: ${date}\n${extra}---\n# ${title}\n`;

describe('adrLocationOf', () => {
  it('resolves the annotation as Backstage’s ADR plugin does', () => {
    expect(
      adrLocationOf(
        system('a', {
          'backstage.io/adr-location': 'docs/adrs',
          'backstage.io/source-location':
            'url:https://github.com/acme/a/tree/main/',
        }),
      ),
    ).toEqual({
      type: 'url',
      target: 'https://github.com/acme/a/tree/main/docs/adrs',
    });
    expect(
      adrLocationOf(
        system('b', {
          'backstage.io/adr-location': '../adrs/b',
          'backstage.io/managed-by-location':
            'file:/repo/examples/systems/b.yaml',
        }),
      ),
    ).toEqual({ type: 'file', target: '/repo/examples/adrs/b' });
    expect(
      adrLocationOf(
        system('c', {
          'backstage.io/adr-location': 'https://adr.example/c/',
        }),
      ),
    ).toEqual({ type: 'url', target: 'https://adr.example/c/' });
    // Nothing to resolve a relative path against.
    expect(
      adrLocationOf(system('d', { 'backstage.io/adr-location': 'docs' })),
    ).toBeUndefined();
  });
});

describe('AdrReader', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'adrs-'));
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-'));
  fs.mkdirSync(path.join(root, 'team'));
  fs.writeFileSync(
    path.join(root, 'team/0001-a.md'),
    record('A', '2024-01-01'),
  );
  fs.writeFileSync(path.join(root, 'team/template.md'), '# not a record');
  fs.writeFileSync(
    path.join(outside, '0001-secret.md'),
    record('S', '2024-01-01'),
  );
  fs.symlinkSync(
    path.join(outside, '0001-secret.md'),
    path.join(root, 'team/0002-link.md'),
  );
  fs.symlinkSync(outside, path.join(root, 'escape'));
  const reader = new AdrReader({
    urlReader: mockServices.urlReader.mock(),
    fileRoots: [root],
  });

  it('reads the record files of a directory inside a root, and no link out of it', async () => {
    expect(
      await reader.read({ type: 'file', target: path.join(root, 'team') }),
    ).toEqual({
      files: [{ name: '0001-a.md', text: record('A', '2024-01-01') }],
    });
  });

  it('refuses directories outside the roots, also through a link', async () => {
    await expect(
      reader.read({ type: 'file', target: outside }),
    ).rejects.toThrow(
      'the directory is outside the directories ADRs may be read from',
    );
    await expect(
      reader.read({ type: 'file', target: path.join(root, 'escape') }),
    ).rejects.toThrow('outside the directories');
    await expect(
      reader.read({ type: 'file', target: path.join(root, 'none') }),
    ).rejects.toThrow('the directory does not exist');
  });
});

describe.each(databases.eachSupportedId())('AdrTask on %p', databaseId => {
  it('reads each entity’s records, keeps the last good reading when one fails, and forgets entities that drop the annotation', async () => {
    const knex = await databases.init(databaseId);
    const store = (
      await ConformanceStore.create({
        database: { getClient: async () => knex, migrations: { skip: false } },
      })
    ).adrs();
    const urlReader = mockServices.urlReader.mock();
    let fail = false;
    urlReader.readTree.mockImplementation(async (url, options) => {
      if (fail) throw new Error('503 from the host');
      if (options?.etag === 'v1') throw new NotModifiedError('same');
      expect(url).toBe('https://adr.example/a/');
      const files = [
        ['0001-first.md', record('First', '2024-01-01')],
        [
          '0002-second.md',
          record('Second', '2025-02-01', 'revisit-by: 2026-01-01\n'),
        ],
        ['0003-broken.md', '# no date'],
      ];
      return {
        etag: 'v1',
        files: async () =>
          files.map(([name, text]) => ({
            path: name,
            content: async () => Buffer.from(text),
          })),
        archive: async () => undefined as any,
        dir: async () => '',
      };
    });
    let entities: Entity[] = [
      system('a', { 'backstage.io/adr-location': 'https://adr.example/a/' }),
      system('b', { 'backstage.io/adr-location': 'docs' }),
      system('c', {}),
    ];
    const task = new AdrTask({
      entities: async () => entities,
      reader: new AdrReader({ urlReader, fileRoots: [] }),
      store,
      logger: mockServices.logger.mock(),
      now: () => new Date('2026-12-02T10:00:00Z'),
    });

    expect(await task.run()).toEqual({ entities: 2, records: 2, failed: 1 });
    expect(await store.records()).toEqual([
      {
        entityRef: 'system:default/a',
        id: '0001-first',
        title: 'First',
        status: 'accepted',
        date: '2024-01-01',
        url: 'https://adr.example/a/0001-first.md',
      },
      {
        entityRef: 'system:default/a',
        id: '0002-second',
        title: 'Second',
        status: 'accepted',
        date: '2025-02-01',
        revisitBy: '2026-01-01',
        url: 'https://adr.example/a/0002-second.md',
      },
    ]);
    const sources = await store.sources();
    expect(sources).toEqual([
      {
        entityRef: 'system:default/a',
        location: 'https://adr.example/a/',
        etag: 'v1',
        readAt: '2026-12-02T10:00:00.000Z',
        error:
          '1 record not read: 0003-broken.md: it has no date (front matter "date:" or a "Date:" line)',
        records: 2,
        skipped: 1,
      },
      expect.objectContaining({
        entityRef: 'system:default/b',
        error: expect.stringContaining('neither a URL nor a path'),
        records: 0,
      }),
    ]);

    // Unchanged (the ETag says so): nothing is read again, the records stay.
    expect(await task.run()).toEqual({ entities: 2, records: 2, failed: 1 });
    expect(urlReader.readTree).toHaveBeenLastCalledWith(
      'https://adr.example/a/',
      expect.objectContaining({ etag: 'v1' }),
    );
    expect(await store.records()).toHaveLength(2);

    // The host is down: the last good records stay, the source says why.
    fail = true;
    await knex('adr_sources').update({ etag: null });
    expect(await task.run()).toEqual({ entities: 2, records: 2, failed: 2 });
    expect(await store.records()).toHaveLength(2);
    expect((await store.sources())[0].error).toBe(
      'could not read https://adr.example/a/: Error: 503 from the host',
    );

    // a drops the annotation: its records go.
    entities = [entities[1]];
    await task.run();
    expect(await store.records()).toEqual([]);
    expect((await store.sources()).map(s => s.entityRef)).toEqual([
      'system:default/b',
    ]);
  });
});
