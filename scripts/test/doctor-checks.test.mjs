import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDirs } from './temp-dirs.mjs';
import * as checks from '../lib/doctor-checks.mjs';

const tempDir = tempDirs('fitsys-doctor-');

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);
const requireFromRoot = createRequire(path.join(root, 'package.json'));

describe('doctor checks', () => {
  it('wants Node 22 or 24 and says how to get it', () => {
    assert.equal(checks.checkNode('v22.23.3').ok, true);
    assert.equal(checks.checkNode('v24.1.0').ok, true);
    const old = checks.checkNode('v20.20.2');
    assert.equal(old.ok, false);
    assert.match(old.fix, /\.\/fitsys setup/);
  });

  it('wants Yarn 4', () => {
    assert.equal(checks.checkYarn('4.18.1').ok, true);
    assert.equal(checks.checkYarn('1.22.19').ok, false);
    assert.match(checks.checkYarn(undefined).detail, /not found/);
  });

  it('reports a missing command with its fix', () => {
    const result = checks.checkCommand(
      'mkdocs',
      'fitsys-no-such-command',
      ['--version'],
      'apt-get install mkdocs',
    );
    assert.deepEqual(
      { ok: result.ok, fix: result.fix },
      { ok: false, fix: 'apt-get install mkdocs' },
    );
  });

  it('says to start the portal when the SQLite database does not exist yet', async () => {
    const dir = tempDir();
    const result = await checks.checkDatabase(
      {
        backend: {
          database: {
            client: 'better-sqlite3',
            connection: { directory: dir },
          },
        },
      },
      { backendDir: root, requireFromRoot },
    );
    assert.equal(result.ok, false);
    assert.match(result.fix, /\.\/fitsys start/);
  });

  it('finds a migrated SQLite catalog database', async () => {
    const dir = tempDir();
    const knex = requireFromRoot('knex')({
      client: 'better-sqlite3',
      connection: { filename: path.join(dir, 'catalog.sqlite') },
      useNullAsDefault: true,
    });
    await knex.schema.createTable('knex_migrations', t => t.string('name'));
    await knex('knex_migrations').insert([{ name: '20200511113813_init.js' }]);
    await knex.destroy();
    const result = await checks.checkDatabase(
      {
        backend: {
          database: {
            client: 'better-sqlite3',
            connection: { directory: dir },
          },
        },
      },
      { backendDir: root, requireFromRoot },
    );
    assert.equal(result.ok, true, result.detail);
  });

  it('says to start the portal when no backend answers', async () => {
    const result = await checks.checkBackend('http://127.0.0.1:9');
    assert.equal(result.ok, false);
    assert.match(result.fix, /\.\/fitsys start/);
  });

  it('counts the catalog as a demo user would see it', async () => {
    const calls = [];
    const fakeFetch = async (url, init) => {
      calls.push([url, init?.headers]);
      if (url.endsWith('/api/auth/demo/refresh')) {
        return new Response(
          JSON.stringify({ backstageIdentity: { token: 't0k' } }),
        );
      }
      return new Response(JSON.stringify({ totalItems: 212 }));
    };
    const result = await checks.checkCatalog('http://portal', {
      demoUser: 'alex.morgan',
      fetchImpl: fakeFetch,
    });
    assert.deepEqual(result, {
      ok: true,
      name: 'catalog',
      detail: '212 entities',
    });
    assert.equal(calls[0][1]['x-fitsys-demo-user'], 'alex.morgan');
    assert.equal(calls[1][1].authorization, 'Bearer t0k');
  });

  it('reports an empty catalog with a fix', async () => {
    const fakeFetch = async url =>
      url.endsWith('/refresh')
        ? new Response(JSON.stringify({ backstageIdentity: { token: 't' } }))
        : new Response(JSON.stringify({ totalItems: 0 }));
    const result = await checks.checkCatalog('http://portal', {
      demoUser: 'x',
      fetchImpl: fakeFetch,
    });
    assert.equal(result.ok, false);
    assert.match(result.fix, /catalog\.locations/);
  });
});
