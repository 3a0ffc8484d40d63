import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDirs } from './temp-dirs.mjs';
import { promisify } from 'node:util';
import { checkPortalConfig } from '../lib/config-checks.mjs';

const tempDir = tempDirs('fitsys-config-');

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);
const backendDir = path.join(root, 'packages/backend');

const good = {
  app: { baseUrl: 'http://localhost:3000' },
  backend: {
    baseUrl: 'http://localhost:7007',
    listen: { port: 7007 },
    database: {
      client: 'better-sqlite3',
      connection: { directory: '../../.data/sqlite' },
    },
  },
  auth: { environment: 'development', providers: { demo: {} } },
  fitsys: { permission: { admins: ['group:default/portal-admins'] } },
  catalog: {
    locations: [{ type: 'file', target: '../../examples/catalog.yaml' }],
  },
};

const withChange = change => {
  const config = structuredClone(good);
  change(config);
  return config;
};

describe('checkPortalConfig', () => {
  it('accepts the local configuration', () => {
    assert.deepEqual(checkPortalConfig(good, { backendDir }), []);
  });

  const cases = [
    [
      'a missing backend.baseUrl',
      c => delete c.backend.baseUrl,
      /^backend\.baseUrl: missing/,
    ],
    [
      'an app.baseUrl that is not a URL',
      c => (c.app.baseUrl = 'localhost'),
      /^app\.baseUrl: "localhost" is not an http\(s\) URL/,
    ],
    [
      'a port out of range',
      c => (c.backend.listen.port = 70000),
      /^backend\.listen\.port: "70000" is not a port number/,
    ],
    [
      'a listen string without a port',
      c => (c.backend.listen = 'localhost'),
      /^backend\.listen: "localhost" has no valid port/,
    ],
    [
      'an unknown database client',
      c => (c.backend.database.client = 'mysql'),
      /^backend\.database\.client: "mysql" is not supported; use one of better-sqlite3, pg/,
    ],
    [
      'SQLite without a directory',
      c => (c.backend.database.connection = {}),
      /^backend\.database\.connection\.directory: set a folder/,
    ],
    [
      'PostgreSQL without a host',
      c => (c.backend.database = { client: 'pg', connection: { user: 'x' } }),
      /^backend\.database\.connection: PostgreSQL needs/,
    ],
    [
      'demo sign-in in production',
      c => (c.auth.environment = 'production'),
      /^auth\.providers\.demo: demo sign-in is for local use/,
    ],
    [
      'an admin that is not an entity ref',
      c => (c.fitsys.permission.admins = ['portal admins']),
      /^fitsys\.permission\.admins\[0\]: "portal admins" is not an entity ref/,
    ],
    [
      'a catalog file that does not exist',
      c => (c.catalog.locations[0].target = '../../nowhere.yaml'),
      /^catalog\.locations\[0\]\.target: file "\.\.\/\.\.\/nowhere\.yaml" does not exist/,
    ],
  ];
  for (const [what, change, expected] of cases) {
    it(`names the setting for ${what}`, () => {
      const problems = checkPortalConfig(withChange(change), { backendDir });
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], expected);
    });
  }
});

describe('check-config.mjs', () => {
  const run = promisify(execFile);
  const script = path.join(root, 'scripts/check-config.mjs');

  it('passes the repository app-config', async () => {
    await run(process.execPath, [
      script,
      '--config',
      path.join(root, 'app-config.yaml'),
    ]);
  });

  it('stops with the setting named when a value has the wrong type or is unusable', async () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.yaml');
    fs.writeFileSync(
      bad,
      'backend:\n  listen:\n    port: seventy\nfitsys:\n  permission:\n    admins: portal-admins\n',
    );
    await assert.rejects(
      run(process.execPath, [
        script,
        '--config',
        path.join(root, 'app-config.yaml'),
        '--config',
        bad,
      ]),
      error => {
        assert.equal(error.code, 1);
        assert.match(
          error.stderr,
          /backend\.listen\.port: "seventy" is not a port number/,
        );
        assert.match(error.stderr, /fitsys\.permission\.admins: /);
        return true;
      },
    );
  });

  const productionEnv = {
    ...process.env,
    APP_BASE_URL: 'https://portal.fernhill.example',
    BACKEND_BASE_URL: 'https://portal.fernhill.example',
    POSTGRES_HOST: 'db.fernhill.example',
    POSTGRES_PORT: '5432',
    POSTGRES_USER: 'backstage',
    POSTGRES_PASSWORD: 'secret',
  };
  const config = name => path.join(root, name);

  it('passes the production configuration, which has no demo sign-in', async () => {
    await run(
      process.execPath,
      [
        script,
        '--config',
        config('app-config.yaml'),
        '--config',
        config('app-config.production.yaml'),
      ],
      { env: productionEnv },
    );
  });

  it('refuses demo sign-in together with the production configuration', async () => {
    await assert.rejects(
      run(
        process.execPath,
        [
          script,
          '--config',
          config('app-config.yaml'),
          '--config',
          config('app-config.demo.yaml'),
          '--config',
          config('app-config.production.yaml'),
        ],
        { env: productionEnv },
      ),
      error => {
        assert.equal(error.code, 1);
        assert.match(
          error.stderr,
          /auth\.providers\.demo: demo sign-in is for local use/,
        );
        return true;
      },
    );
  });

  it('names the file when the YAML does not parse', async () => {
    const dir = tempDir();
    const bad = path.join(dir, 'broken.yaml');
    fs.writeFileSync(bad, 'backend:\n  baseUrl: [unclosed\n');
    await assert.rejects(
      run(process.execPath, [
        script,
        '--config',
        path.join(root, 'app-config.yaml'),
        '--config',
        bad,
      ]),
      error => {
        assert.equal(error.code, 1);
        assert.match(error.stderr, /broken\.yaml/);
        return true;
      },
    );
  });
});
