// Checks of the settings the portal cannot start without, each problem named
// by its setting and with what to write instead. Backstage's own schema
// validation catches wrong types; these catch values that have the right
// type and still cannot work.
import fs from 'node:fs';
import path from 'node:path';

const ENTITY_REF =
  /^(?:[a-z]+:)?(?:[a-z0-9-]+\/)?[a-z0-9]+(?:[-_.][a-z0-9]+)*$/i;
const DATABASE_CLIENTS = ['better-sqlite3', 'pg'];

function isHttpUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function isPort(value) {
  const port = Number(value);
  return Number.isInteger(port) && port > 0 && port < 65536;
}

/**
 * Returns the problems of a merged app-config (a plain object), as
 * "<setting>: <what is wrong and what to do>" strings; none means it can start.
 * `backendDir` is where relative file paths in the config are resolved.
 */
export function checkPortalConfig(config, { backendDir }) {
  const problems = [];
  const at = (obj, key) => key.split('.').reduce((v, k) => v?.[k], obj);
  const problem = (key, message) => problems.push(`${key}: ${message}`);

  for (const key of ['app.baseUrl', 'backend.baseUrl']) {
    const value = at(config, key);
    if (value === undefined)
      problem(
        key,
        'missing; set it to the URL users open, e.g. http://localhost:7007',
      );
    else if (!isHttpUrl(value))
      problem(
        key,
        `"${value}" is not an http(s) URL, e.g. http://localhost:7007`,
      );
  }

  const listen = at(config, 'backend.listen');
  if (typeof listen === 'string') {
    const port = listen.split(':').pop();
    if (!isPort(port))
      problem(
        'backend.listen',
        `"${listen}" has no valid port; write ":7007" or "host:7007"`,
      );
  } else if (listen?.port !== undefined && !isPort(listen.port)) {
    problem(
      'backend.listen.port',
      `"${listen.port}" is not a port number between 1 and 65535`,
    );
  }

  const database = at(config, 'backend.database');
  if (!database) {
    problem(
      'backend.database',
      'missing; set client: better-sqlite3 with connection.directory, or client: pg',
    );
  } else if (!DATABASE_CLIENTS.includes(database.client)) {
    problem(
      'backend.database.client',
      `"${
        database.client
      }" is not supported; use one of ${DATABASE_CLIENTS.join(', ')}`,
    );
  } else if (database.client === 'pg') {
    const connection = database.connection;
    if (
      !connection ||
      (typeof connection === 'object' &&
        !connection.host &&
        !connection.connectionString)
    ) {
      problem(
        'backend.database.connection',
        'PostgreSQL needs a connection string or host, port, user and password',
      );
    } else if (
      typeof connection === 'object' &&
      connection.port !== undefined &&
      !isPort(connection.port)
    ) {
      problem(
        'backend.database.connection.port',
        `"${connection.port}" is not a port number`,
      );
    }
  } else if (database.client === 'better-sqlite3') {
    const connection = database.connection;
    if (connection === undefined) {
      problem(
        'backend.database.connection',
        "SQLite needs connection.directory (a folder for the files) or ':memory:'",
      );
    } else if (
      typeof connection === 'object' &&
      !connection.directory &&
      !connection.filename
    ) {
      problem(
        'backend.database.connection.directory',
        'set a folder for the SQLite files, e.g. ../../.data/sqlite',
      );
    }
  }

  const authEnvironment = at(config, 'auth.environment');
  if (
    at(config, 'auth.providers.demo') !== undefined &&
    authEnvironment === 'production'
  ) {
    problem(
      'auth.providers.demo',
      'demo sign-in is for local use and tests; remove it when auth.environment is production',
    );
  }

  const admins = at(config, 'fitsys.permission.admins');
  if (admins !== undefined) {
    if (!Array.isArray(admins))
      problem(
        'fitsys.permission.admins',
        'must be a list of entity refs, e.g. [group:default/portal-admins]',
      );
    else
      admins.forEach((ref, i) => {
        if (typeof ref !== 'string' || !ENTITY_REF.test(ref)) {
          problem(
            `fitsys.permission.admins[${i}]`,
            `"${ref}" is not an entity ref, e.g. group:default/portal-admins`,
          );
        }
      });
  }

  const locations = at(config, 'catalog.locations') ?? [];
  if (!Array.isArray(locations)) {
    problem('catalog.locations', 'must be a list of { type, target }');
  } else
    locations.forEach((location, i) => {
      if (location?.type === 'file' && typeof location.target === 'string') {
        const file = path.resolve(backendDir, location.target);
        if (!fs.existsSync(file)) {
          problem(
            `catalog.locations[${i}].target`,
            `file "${location.target}" does not exist (resolved to ${file})`,
          );
        }
      } else if (!location?.type || !location?.target) {
        problem(
          `catalog.locations[${i}]`,
          'needs both type (file or url) and target',
        );
      }
    });

  return problems;
}
