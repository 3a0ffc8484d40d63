import { resolvePackagePath } from '@backstage/backend-plugin-api';
import knexFactory, { Knex } from 'knex';
import { DatabaseFindingStore } from './DatabaseFindingStore';
import { newFinding } from '../__testUtils__/findings';
import {
  at,
  findingStoreDatabases,
  riley,
  sam,
} from '../__testUtils__/findingStoreDatabases';

// The store across its schema's changes: entries written before a column
// existed, statements prepared before a migration, down and up again, and
// PostgreSQL without pg_trgm.

jest.setTimeout(60_000);

const { databases, storeFor } = findingStoreDatabases();

const finding = newFinding;

describe.each(databases.eachSupportedId())(
  'DatabaseFindingStore on %s',
  databaseId => {
    it('reads the assignee and the original of entries written before they were fields, and writes them back on the way down', async () => {
      const { store, knex } = await storeFor(databaseId);
      const { finding: original } = await store.file(finding(), at(2));
      const { finding: f } = await store.file(
        finding({ title: 'Same again', reporterRef: sam }),
        at(3),
      );
      const directory = resolvePackagePath(
        '@internal/plugin-devzero-backend',
        'migrations',
      );
      await knex.migrate.down({ directory, name: '20261203_event_fields.js' });
      const legacy = [
        ['assign', 'assigned to user:default/jordan.lee; knows it; well'],
        ['assign', 'unassigned'],
        ['assign', 'unassigned; Jordan is away'],
        ['mark-duplicate', `duplicate of ${original.id}`],
        ['accept', 'assigned to nobody, just a note'],
      ];
      await knex('finding_events').insert(
        legacy.map(([action, note]) => ({
          finding_id: f.id,
          actor_ref: riley,
          at: at(4).toISOString(),
          action,
          note,
        })),
      );
      await knex.migrate.latest({ directory });
      const read = (await store.history(f.id)).slice(1).map(e => ({
        note: e.note,
        assigneeRef: e.assigneeRef,
        duplicateOf: e.duplicateOf,
      }));
      expect(read).toEqual([
        { note: 'knows it; well', assigneeRef: 'user:default/jordan.lee' },
        {},
        { note: 'Jordan is away' },
        { duplicateOf: original.id },
        { note: 'assigned to nobody, just a note' },
      ]);
      await knex.migrate.down({ directory, name: '20261203_event_fields.js' });
      expect(
        (
          await knex('finding_events')
            .where({ finding_id: f.id })
            .whereNot({ action: 'file' })
            .orderBy('id')
        ).map(e => [e.action, e.note]),
      ).toEqual(legacy);
      await knex.migrate.latest({ directory });
    });

    it('reads and writes as before after the schema changes under statements it already ran', async () => {
      const { knex, store } = await storeFor(databaseId);
      const first = await store.file(finding(), at(2));
      const list = {
        sort: 'created',
        order: 'asc',
        offset: 0,
        limit: 5,
      } as const;
      expect((await store.list(list)).totalItems).toBe(1);
      const firstRow = () => knex('findings').select('*').first();
      expect(await firstRow()).not.toHaveProperty('added_later');
      await knex.schema.alterTable('findings', t =>
        t.string('added_later').defaultTo('there'),
      );
      expect(await firstRow()).toMatchObject({
        id: first.finding.id,
        added_later: 'there',
      });
      const directory = resolvePackagePath(
        '@internal/plugin-devzero-backend',
        'migrations',
      );
      await knex.migrate.rollback({ directory }, true);
      await knex.migrate.latest({ directory });
      expect(await store.list(list)).toEqual({ items: [], totalItems: 0 });
      const again = await store.file(finding({ title: 'Filed again' }), at(3));
      expect(await store.list(list)).toMatchObject({
        items: [{ id: again.finding.id, title: 'Filed again' }],
        totalItems: 1,
      });
    });

    it('migrates down and up again', async () => {
      const { knex, store } = await storeFor(databaseId);
      await store.file(finding(), at(2));
      const directory = resolvePackagePath(
        '@internal/plugin-devzero-backend',
        'migrations',
      );
      await knex.migrate.rollback({ directory }, true);
      expect(await knex.schema.hasTable('findings')).toBe(false);
      await knex.migrate.latest({ directory });
      expect(await knex.schema.hasTable('finding_events')).toBe(true);
    });
  },
);

// Where PostgreSQL refuses `create extension pg_trgm` (the plugin's user may
// not create in the database, or a managed service has not allow-listed the
// extension), the migrations go on without the trigram indexes, and text
// search reads every finding instead.
const postgres = databases
  .eachSupportedId()
  .filter(([id]) => id.startsWith('POSTGRES'));
describe.each(postgres)('DatabaseFindingStore on %s without pg_trgm', id => {
  it('migrates without the trigram indexes and still searches', async () => {
    const admin = await databases.init(id);
    const role = `devzero_no_trgm_${process.pid}`;
    await admin.raw('drop extension if exists pg_trgm');
    await admin.raw(`create role ${role} login password 'no-trgm'`);
    // The schema, but not the database: a trusted extension needs CREATE on
    // the database.
    await admin.raw(`grant usage, create on schema public to ${role}`);
    const settings = admin.client.config.connection as Knex.PgConnectionConfig;
    const knex = knexFactory({
      client: 'pg',
      connection: {
        host: settings.host,
        port: settings.port,
        database: settings.database,
        user: role,
        password: 'no-trgm',
      },
    });
    try {
      const store = await DatabaseFindingStore.create({
        database: { getClient: async () => knex },
      });
      const indexes = await admin('pg_indexes')
        .where({ tablename: 'findings' })
        .pluck('indexname');
      // The migrations after the text search's ran too.
      expect(indexes).toContain('findings_team_list_index');
      expect(indexes).not.toContain('findings_title_trgm_index');
      expect(await admin('pg_extension').where({ extname: 'pg_trgm' })).toEqual(
        [],
      );

      await store.file(finding({ title: 'Kafka Console times out' }), at(1));
      await store.file(finding({ title: 'Nothing here' }), at(2));
      const found = await store.list({
        text: 'kafka CONSOLE',
        sort: 'created',
        order: 'asc',
        offset: 0,
        limit: 10,
      });
      expect(found.items.map(i => i.title)).toEqual([
        'Kafka Console times out',
      ]);
      expect(found.totalItems).toBe(1);
    } finally {
      await knex.destroy();
      await admin.raw(`drop owned by ${role}`);
      await admin.raw(`drop role ${role}`);
    }
  });
});
