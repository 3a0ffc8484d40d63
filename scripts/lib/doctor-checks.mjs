// The checks behind `./fitsys doctor`. Each returns { ok, name, detail, fix }:
// `fix` is one line that says what to do when the check fails.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ok = (name, detail) => ({ ok: true, name, detail });
const fail = (name, detail, fix) => ({ ok: false, name, detail, fix });

/** Node 22 or 24, as Backstage 1.55 requires. */
export function checkNode(version = process.version) {
  const major = Number(/^v?(\d+)/.exec(version)?.[1] ?? 0);
  return major === 22 || major === 24
    ? ok('Node.js', version)
    : fail(
        'Node.js',
        `${version}; Backstage 1.55 needs 22 or 24`,
        "run './fitsys setup', which puts Node 22 in .toolchain/ without touching the system",
      );
}

/** Yarn 4, the workspace's package manager. */
export function checkYarn(version) {
  return /^4\./.test(version ?? '')
    ? ok('Yarn', version)
    : fail(
        'Yarn',
        version ? `${version}; the workspace needs Yarn 4` : 'not found',
        "run './fitsys setup', which puts Yarn 4 in .toolchain/",
      );
}

/** Dependencies installed from the current yarn.lock. */
export function checkDependencies(root) {
  return fs.existsSync(path.join(root, 'node_modules/.fitsys-install-stamp'))
    ? ok('dependencies', 'installed')
    : fail(
        'dependencies',
        'not installed (or the install did not finish)',
        "run './fitsys setup'",
      );
}

/** better-sqlite3's native module builds against this Node. */
export function checkNativeModules(requireFromRoot) {
  try {
    const Database = requireFromRoot('better-sqlite3');
    const db = new Database(':memory:');
    const { version } = db.prepare('select sqlite_version() as version').get();
    db.close();
    return ok('native modules', `better-sqlite3 (SQLite ${version})`);
  } catch (error) {
    return fail(
      'native modules',
      `better-sqlite3 does not load: ${String(error.message).split('\n')[0]}`,
      'rm -rf node_modules/better-sqlite3/build node_modules/.fitsys-install-stamp && ./fitsys setup (needs python3, make and g++)',
    );
  }
}

/** A command on the PATH, with its version. */
export function checkCommand(name, command, args, fix) {
  try {
    const out = execFileSync(command, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 15000,
    });
    return ok(name, out.trim().split('\n')[0]);
  } catch {
    return fail(name, 'not found', fix);
  }
}

/** mkdocs with the Material theme, which the TechDocs of this repo use. */
export function checkMkdocs() {
  const fix =
    'apt-get install mkdocs mkdocs-material (or pip install mkdocs mkdocs-material)';
  const mkdocs = checkCommand(
    'mkdocs (TechDocs)',
    'mkdocs',
    ['--version'],
    fix,
  );
  if (!mkdocs.ok) return mkdocs;
  try {
    const bin = execFileSync('sh', ['-c', 'command -v mkdocs'], {
      encoding: 'utf8',
    }).trim();
    const python =
      /^#!\s*(\S+)/.exec(fs.readFileSync(bin, 'utf8').split('\n')[0])?.[1] ??
      'python3';
    execFileSync(
      python,
      [
        '-c',
        "import sys; from mkdocs.utils import get_theme_names; sys.exit('material' not in get_theme_names())",
      ],
      { stdio: 'ignore' },
    );
    return ok('mkdocs (TechDocs)', `${mkdocs.detail}, Material theme`);
  } catch {
    return fail(
      'mkdocs (TechDocs)',
      `${mkdocs.detail}, but no Material theme`,
      fix,
    );
  }
}

/** The configured database exists and the catalog's migrations have run. */
export async function checkDatabase(config, { backendDir, requireFromRoot }) {
  const database = config.backend?.database ?? {};
  const knex = requireFromRoot('knex');
  let connection;
  if (database.client === 'better-sqlite3') {
    const directory = database.connection?.directory;
    if (!directory)
      return ok('database', 'SQLite in memory (nothing to check)');
    const file = path.resolve(backendDir, directory, 'catalog.sqlite');
    if (!fs.existsSync(file)) {
      return fail(
        'database',
        `no catalog database at ${file}`,
        "start the portal once ('./fitsys start'); it creates and migrates the databases",
      );
    }
    connection = knex({
      client: 'better-sqlite3',
      connection: { filename: file },
      useNullAsDefault: true,
    });
  } else if (database.client === 'pg') {
    const c = database.connection ?? {};
    connection = knex({
      client: 'pg',
      connection:
        typeof c === 'string'
          ? c
          : { ...c, database: 'backstage_plugin_catalog' },
    });
  } else {
    return fail(
      'database',
      `unsupported client "${database.client}"`,
      'set backend.database.client to better-sqlite3 or pg',
    );
  }
  try {
    const [{ count }] = await connection('knex_migrations').count({
      count: '*',
    });
    return Number(count) > 0
      ? ok(
          'database',
          `${database.client}: catalog migrated (${count} migrations)`,
        )
      : fail(
          'database',
          'the catalog database has not been migrated',
          "start the portal once ('./fitsys start')",
        );
  } catch (error) {
    return fail(
      'database',
      `${database.client}: ${String(error.message).split('\n')[0]}`,
      database.client === 'pg'
        ? 'check that PostgreSQL runs and POSTGRES_HOST/PORT/USER/PASSWORD are right (pg_lsclusters; pg_ctlcluster 15 main start)'
        : "start the portal once ('./fitsys start'); if it still fails, move .data/sqlite aside and start again",
    );
  } finally {
    await connection.destroy();
  }
}

/** The backend answers its readiness probe. */
export async function checkBackend(baseUrl, fetchImpl = fetch) {
  try {
    const response = await fetchImpl(
      `${baseUrl}/.backstage/health/v1/readiness`,
      { signal: AbortSignal.timeout(5000) },
    );
    return response.ok
      ? ok('backend', `${baseUrl} is ready`)
      : fail(
          'backend',
          `${baseUrl} answered ${response.status}`,
          'it is still starting, or failed: read the output of ./fitsys start',
        );
  } catch {
    return fail(
      'backend',
      `nothing answers at ${baseUrl}`,
      "start the portal with './fitsys start' (the backend needs about 15 s)",
    );
  }
}

/** The catalog holds entities, read as a demo user. */
export async function checkCatalog(baseUrl, { demoUser, fetchImpl = fetch }) {
  try {
    const auth = await fetchImpl(`${baseUrl}/api/auth/demo/refresh`, {
      headers: {
        'x-fitsys-demo-user': demoUser,
        'x-requested-with': 'XMLHttpRequest',
      },
      signal: AbortSignal.timeout(10000),
    });
    if (!auth.ok) {
      return fail(
        'catalog',
        `cannot sign in as ${demoUser} (${auth.status})`,
        'the demo users load with the catalog; wait a minute after start-up, or check catalog.locations',
      );
    }
    const { backstageIdentity } = await auth.json();
    const response = await fetchImpl(
      `${baseUrl}/api/catalog/entities/by-query?limit=1`,
      {
        headers: { authorization: `Bearer ${backstageIdentity.token}` },
        signal: AbortSignal.timeout(10000),
      },
    );
    const { totalItems } = await response.json();
    return totalItems > 0
      ? ok('catalog', `${totalItems} entities`)
      : fail(
          'catalog',
          'no entities yet',
          'wait a minute after start-up; if it stays empty, check catalog.locations in app-config.yaml and the backend log',
        );
  } catch (error) {
    return fail(
      'catalog',
      String(error.message),
      'is the backend running? see the backend check above',
    );
  }
}
