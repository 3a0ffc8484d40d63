/* eslint-disable no-console */
// The portal's backend as `./fitsys start` runs it, started for the bench,
// and the demo personas signed in to it.
import { ChildProcess } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { POSTGRES, PROFILE, READS, root } from './options';

/** The started backend, where it writes, and how to ask as a persona. */
export interface Portal {
  baseUrl: string;
  backend: ChildProcess;
  stop: () => void;
  logFile: string;
  /** Where the backend writes its CPU profile on exit (with --profile). */
  profileDir: string;
  /** Polls `check` until it holds (see scripts/lib/backend-process.mjs). */
  waitFor: (
    what: string,
    check: () => Promise<boolean>,
    timeoutMs: number,
    backend?: ChildProcess,
  ) => Promise<void>;
}

/** Starts the backend on a free port with the demo data; does not wait. */
export async function startPortal(): Promise<Portal> {
  const { freePort, listenConfigLines, startBackend, waitFor } = await import(
    path.join(root, 'scripts/lib/backend-process.mjs')
  );
  const port: number = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const workDir = fs.mkdtempSync(
    path.join(os.tmpdir(), 'fitsys-portal-bench-'),
  );
  const profileDir = path.join(workDir, 'profiles');
  const configFile = path.join(workDir, 'app-config.bench.yaml');
  fs.writeFileSync(
    configFile,
    [
      ...listenConfigLines(port),
      ...(POSTGRES
        ? []
        : [
            '  database:',
            '    client: better-sqlite3',
            '    connection:',
            `      directory: ${path.join(workDir, 'sqlite')}`,
          ]),
      '',
    ].join('\n'),
  );
  fs.mkdirSync(path.join(workDir, 'sqlite'));
  const logFile = path.join(workDir, 'backend.log');
  if (PROFILE)
    process.env.NODE_OPTIONS = `${
      process.env.NODE_OPTIONS ?? ''
    } --cpu-prof --cpu-prof-dir=${profileDir}`.trim();
  const configFiles = [
    configFile,
    ...(POSTGRES ? [path.join(root, 'app-config.postgres.yaml')] : []),
  ];
  console.log(
    `Starting the portal's backend on ${baseUrl} (${
      POSTGRES ? 'PostgreSQL' : 'SQLite files'
    }; log: ${logFile})`,
  );
  const { backend, stop } = startBackend({
    configFiles,
    logFile,
    demoSignIn: true,
  });
  delete process.env.NODE_OPTIONS;
  return { baseUrl, backend, stop, logFile, profileDir, waitFor };
}

/** Headers that sign a request in as a persona. */
export type Auth = (user: string) => { authorization: string };

/**
 * Waits for the backend to be ready, signs the personas in, and waits for
 * the demo's catalog, findings and context map to load.
 */
export async function signInPersonas(portal: Portal): Promise<Auth> {
  const { baseUrl, backend, waitFor } = portal;
  await waitFor(
    'the backend did not become ready',
    async () => (await fetch(`${baseUrl}/.backstage/health/v1/readiness`)).ok,
    300_000,
  );
  const tokens = new Map<string, string>();
  // Sign-in works once the catalog has loaded the demo users.
  for (const user of [
    'jordan.lee',
    'riley.novak',
    'sam.okafor',
    'alex.morgan',
  ]) {
    await waitFor(
      `${user} could not sign in`,
      async () => {
        const res = await fetch(`${baseUrl}/api/auth/demo/refresh`, {
          headers: {
            'x-fitsys-demo-user': user,
            'x-requested-with': 'XMLHttpRequest',
          },
        });
        if (!res.ok) return false;
        tokens.set(user, ((await res.json()) as any).backstageIdentity.token);
        return true;
      },
      240_000,
      backend,
    );
  }
  const auth = (user: string) => ({
    authorization: `Bearer ${tokens.get(user)}`,
  });
  await waitFor(
    'the catalog did not load the demo',
    async () =>
      (
        await fetch(`${baseUrl}${READS[0].path}`, {
          headers: auth('jordan.lee'),
        })
      ).ok,
    240_000,
  );
  await waitFor(
    'the demo findings did not load',
    async () => {
      const res = await fetch(`${baseUrl}/api/devzero/findings?limit=1`, {
        headers: auth('alex.morgan'),
      });
      return res.ok && ((await res.json()) as any).totalItems > 0;
    },
    120_000,
  );
  await waitFor(
    'the domain catalog did not read the catalog',
    async () =>
      (
        await fetch(`${baseUrl}/api/domain-catalog/map`, {
          headers: auth('sam.okafor'),
        })
      ).ok,
    120_000,
  );
  return auth;
}

/** The demo's skills-survey campaigns the bench asks about. */
export interface SurveyIds {
  /** The latest closed campaign. */
  closed: string;
  /** The open campaign, which the personas have not answered. */
  open: string;
  /** A technology the latest closed campaign asked about. */
  technology: string;
  /** The technologies the open campaign asks about. */
  openTechnologyIds: string[];
}

/** Waits for the demo's survey to load and finds its campaigns. */
export async function surveyIds(
  portal: Portal,
  auth: Auth,
): Promise<SurveyIds> {
  let ids: SurveyIds | undefined;
  await portal.waitFor(
    'the skills survey did not load its demo campaigns',
    async () => {
      const res = await fetch(`${portal.baseUrl}/api/skills-survey/campaigns`, {
        headers: auth('sam.okafor'),
      });
      if (!res.ok) return false;
      const items = ((await res.json()) as any).items as {
        id: string;
        status: string;
        closedOn?: string;
        technologyIds: string[];
      }[];
      const closed = items
        .filter(c => c.status === 'closed')
        .sort((a, b) => (a.closedOn ?? '').localeCompare(b.closedOn ?? ''))
        .pop();
      const open = items.find(c => c.status === 'open');
      if (!closed || !open) return false;
      ids = {
        closed: closed.id,
        open: open.id,
        technology: closed.technologyIds[0],
        openTechnologyIds: open.technologyIds,
      };
      return true;
    },
    120_000,
  );
  return ids!;
}

/** A read's path with the survey's ids in place of `{closed}` and `{technology}`. */
export function pathWith(readPath: string, ids: SurveyIds) {
  return readPath
    .replace('{closed}', encodeURIComponent(ids.closed))
    .replace('{technology}', encodeURIComponent(ids.technology));
}
