/* eslint-disable no-console */
// Benchmark of the domain catalog on a synthetic catalog at the design's
// scale: 50,000 entities, 500 bounded contexts, 5,000 glossary terms.
// Prints the snapshot's timings, then for each route the paced (open-loop)
// p50 / p99 at a few rates, the highest paced rate whose p99 keeps the
// target, and beside them the closed-loop figures (1 and --clients clients
// back to back, which measure the machine more than the code), loaded by
// the Fit Systems harness (@internal/plugin-fitsys-node) from a worker
// thread. Asserts nothing. Run: yarn workspace
// @internal/plugin-domain-catalog-backend bench [--entities N]
//   [--contexts 500] [--terms-per-context 10] [--requests 1000]
//   [--clients 10] (closed-loop clients, and the paced rows' bound in flight)
//   [--paces 100,400] (requests a second offered, for the paced rows)
//   [--target 100] (p99 ms each route is judged against: a placeholder, the
//     design sets none for these routes)
//   [--warm-up 1] (seconds of unmeasured requests before each row)
//   [--trial 2] (seconds measured per rate tried in the search)
//   [--search 20] (seconds at most per route for that search)
//   [--route <part of its name>] (only the routes whose name has it)
//   [--quick] (shorter warm-ups, trials and searches, fewer requests)
//   [--bad-input [N]] (instead of the load: N bad requests per route, 1000 by
//     default, generated from src/schema/openapi.yaml as the property test
//     does; prints per route the 4xx, 5xx and 2xx answers, any wrong one
//     with its request, and the slowest answer; --route filters by
//     operationId or `METHOD /path`)
import {
  BackstageCredentials,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { ScmIntegrations } from '@backstage/integration';
import {
  CatalogSnapshotService,
  CatalogView,
  DEFAULT_BAD_INPUT_SEED,
  LoadTableRow,
  LoadWorker,
  backstageErrorHandler,
  createCatalogSnapshot,
  fetchSender,
  findMaxRate,
  formatBadInputTable,
  formatTable,
  runBadInput,
} from '@internal/plugin-fitsys-node';
import express from 'express';
import fs from 'fs';
import { AddressInfo } from 'net';
import os from 'os';
import path from 'path';
import YAML from 'yaml';
import { analyseDrift } from '../src/model/drift';
import {
  DOMAIN_CATALOG_FIELDS,
  DOMAIN_CATALOG_KINDS,
  DomainCatalogService,
} from '../src/service/DomainCatalogService';
import { createRouter } from '../src/service/router';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const QUICK = process.argv.includes('--quick');
const TOTAL = arg('entities', 50_000);
const CONTEXTS = arg('contexts', 500);
const TERMS_PER_CONTEXT = arg('terms-per-context', 10);
const REQUESTS = arg('requests', QUICK ? 300 : 1000);
const CLIENTS = arg('clients', 10);
const PACES = (() => {
  const i = process.argv.indexOf('--paces');
  return (i > 0 ? process.argv[i + 1] : '100,400')
    .split(',')
    .filter(Boolean)
    .map(Number);
})();
const ROUTE = (() => {
  const i = process.argv.indexOf('--route');
  return i > 0 ? process.argv[i + 1] : '';
})();
const TARGET = arg('target', 100);
const WARM_UP = arg('warm-up', QUICK ? 0.5 : 1);
const TRIAL = arg('trial', QUICK ? 1 : 2);
const SEARCH = arg('search', QUICK ? 8 : 20);
/** Bad requests per route with --bad-input; 0 without it. */
const BAD_INPUT = (() => {
  const i = process.argv.indexOf('--bad-input');
  if (i < 0) return 0;
  const n = Number(process.argv[i + 1]);
  return Number.isInteger(n) && n > 0 ? n : 1000;
})();

const WORDS =
  'account authorisation balance batch card chargeback clearing customer decision device dispute entry fee file holder instruction invoice issuer journal key ledger limit mandate merchant model network order payment payout posting refund report risk rule scheme score settlement statement terminal token transaction transfer wallet'.split(
    ' ',
  );

function refOf(value: string, kind: string) {
  const r = parseEntityRef(value, {
    defaultKind: kind,
    defaultNamespace: 'default',
  });
  return `${r.kind}:${r.namespace}/${r.name}`.toLocaleLowerCase('en-US');
}

/** The generator's catalog, with 500 contexts and the relations the catalog would record. */
async function syntheticCatalog(): Promise<Entity[]> {
  const generatorPath = path.resolve(
    __dirname,
    '../../../scripts/lib/catalog-generator.mjs',
  );
  const { generateCatalog } = await import(generatorPath);
  const { entities } = generateCatalog({
    entities: TOTAL - CONTEXTS,
    seed: 7,
  }) as { entities: Entity[] };
  const systems = entities.filter(e => e.kind === 'System');
  const contextOf = new Map<string, string>();
  systems.forEach((s, i) =>
    contextOf.set(s.metadata.name, systems[i % CONTEXTS].metadata.name),
  );
  const providers = new Map<string, string[]>();
  for (const e of entities) {
    e.metadata.namespace = 'default';
    const annotations = e.metadata.annotations ?? {};
    const claimed = annotations['fitsys.dev/bounded-context'];
    if (claimed)
      annotations['fitsys.dev/bounded-context'] =
        contextOf.get(claimed) ?? claimed;
    const spec = (e.spec ?? {}) as any;
    const self = refOf(`${e.kind}:${e.metadata.name}`, e.kind);
    e.relations = [
      ...((spec.consumesApis ?? []) as string[]).map(t => ({
        type: 'consumesApi',
        targetRef: refOf(t, 'api'),
      })),
      ...((spec.dependsOn ?? []) as string[]).map(t => ({
        type: 'dependsOn',
        targetRef: refOf(t, 'component'),
      })),
    ];
    for (const api of (spec.providesApis ?? []) as string[]) {
      const list = providers.get(refOf(api, 'api')) ?? [];
      list.push(self);
      providers.set(refOf(api, 'api'), list);
    }
  }
  for (const e of entities) {
    if (e.kind !== 'API') continue;
    const self = refOf(`api:${e.metadata.name}`, 'api');
    e.relations = (providers.get(self) ?? []).map(p => ({
      type: 'apiProvidedBy',
      targetRef: p,
    }));
  }
  let seed = 11;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const names = systems.slice(0, CONTEXTS).map(s => s.metadata.name);
  const contexts: Entity[] = systems.slice(0, CONTEXTS).map((s, i) => ({
    apiVersion: 'fitsys.dev/v1alpha1',
    kind: 'BoundedContext',
    metadata: {
      name: s.metadata.name,
      namespace: 'default',
      title: s.metadata.title,
    },
    spec: {
      owner: (s.spec as any).owner,
      domain: (s.spec as any).domain,
      purpose: `Purpose of ${s.metadata.name}.`,
      terms: Array.from({ length: TERMS_PER_CONTEXT }, (_, t) => {
        // Every tenth term is shared with other contexts, as real languages overlap.
        const word =
          t === 0 ? pick(WORDS) : `${pick(WORDS)} ${pick(WORDS)} ${i}-${t}`;
        return {
          term: word,
          definition: `What ${word} means in ${s.metadata.name}: ${pick(
            WORDS,
          )} and ${pick(WORDS)}.`,
          aliases: [`${word} alias`],
        };
      }),
      relationships: Array.from({ length: 3 }, () => {
        const role = pick(['upstream', 'downstream', 'partner'] as const);
        const patterns = {
          upstream: ['open-host-service'],
          downstream: ['anticorruption-layer'],
          partner: ['partnership'],
        }[role];
        return {
          context: pick(names.filter(n => n !== s.metadata.name)),
          role,
          patterns,
        };
      }),
    },
  }));
  return [...entities, ...contexts];
}

/**
 * --bad-input: every route sent bad requests generated from the OpenAPI
 * document, each judged as the property test judges it.
 */
async function badInput(base: string, values: Record<string, string>) {
  const document = YAML.parse(
    fs.readFileSync(path.join(__dirname, '../src/schema/openapi.yaml'), 'utf8'),
  );
  // --route: the operations whose id or `METHOD /path` holds it.
  const operations = Object.entries<any>(document.paths).flatMap(
    ([route, item]) =>
      Object.entries<any>(item)
        .filter(
          ([method, op]) =>
            op?.operationId &&
            `${op.operationId} ${method.toUpperCase()} ${route}`.includes(
              ROUTE,
            ),
        )
        .map(([, op]) => op.operationId as string),
  );
  console.log('');
  console.log(
    `Bad input: ${BAD_INPUT} requests a route, generated from the OpenAPI document (valid but for one thing each), one at a time; ` +
      "each answer must be a 4xx with Backstage's error body and a message naming what was broken (413 for a body over 2 MB).",
  );
  const started = performance.now();
  const stats = await runBadInput({
    document,
    send: fetchSender({ baseUrl: base }),
    numRuns: BAD_INPUT,
    seed: arg('seed', DEFAULT_BAD_INPUT_SEED),
    jsonLimitBytes: 2 * 1024 * 1024,
    values,
    operations,
  });
  console.log(
    `${stats.reduce((n, s) => n + s.cases, 0)} bad requests in ${(
      (performance.now() - started) /
      1000
    ).toFixed(1)} s`,
  );
  console.log(formatBadInputTable(stats));
}

async function main() {
  console.log(
    `Domain catalog benchmark on ${os.cpus().length} × ${
      os.cpus()[0]?.model
    } (${Math.round(os.totalmem() / 2 ** 30)} GiB), Node ${process.version}`,
  );
  let t = performance.now();
  const entities = await syntheticCatalog();
  console.log(
    `synthetic catalog: ${entities.length} entities, generated in ${(
      performance.now() - t
    ).toFixed(0)} ms`,
  );

  const logger = {
    debug() {},
    info() {},
    warn: console.warn,
    error: console.error,
    child: () => logger,
  } as any;
  // The shared catalog snapshot, as one read of the catalog would leave it;
  // the caller sees every entity of it.
  const readAt = new Date();
  const catalogSnapshot = createCatalogSnapshot(entities, {
    generation: 1,
    readAt,
    readMs: 0,
    kinds: DOMAIN_CATALOG_KINDS,
    fields: DOMAIN_CATALOG_FIELDS,
  });
  const view: CatalogView = {
    snapshot: catalogSnapshot,
    all: true,
    entities,
    isVisible: () => true,
    key: 'all',
  };
  const snapshots: CatalogSnapshotService = {
    declare() {},
    get: async () => catalogSnapshot,
    viewFor: async () => view,
    refresh: async () => catalogSnapshot,
    onSnapshot: () => () => {},
    status: () => ({
      readAt: readAt.toISOString(),
      ageSeconds: 0,
      entityCount: entities.length,
      generation: 1,
    }),
  };
  const credentials = {
    $$type: '@backstage/BackstageCredentials',
    principal: { type: 'user', userEntityRef: 'user:default/bench' },
  } as BackstageCredentials;
  const httpAuth = {
    credentials: async () => credentials,
  } as unknown as HttpAuthService;
  const service = new DomainCatalogService({
    snapshots,
    logger,
    settings: { drift: { sharedResourceTypes: ['database'] } },
  });
  t = performance.now();
  const snapshot = await service.get(credentials);
  const total = performance.now() - t;
  const runs = [];
  for (let i = 0; i < (BAD_INPUT ? 1 : 5); i++) {
    t = performance.now();
    analyseDrift(snapshot.model, { sharedResourceTypes: ['database'] });
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  const terms = snapshot.glossary.size;
  console.log(
    `contexts: ${snapshot.model.contexts.size}, terms: ${terms}, context-map edges: ${snapshot.model.edges.length}, drift findings: ${snapshot.drift.findings.length}`,
  );
  console.log('');
  console.log('| step | time |');
  console.log('| --- | --- |');
  console.log(
    `| snapshot: model + drift + glossary index, ${
      entities.length
    } entities | ${total.toFixed(0)} ms |`,
  );
  console.log(`| of which model | ${snapshot.timings.model.toFixed(0)} ms |`);
  console.log(
    `| of which whole-map drift analysis | ${snapshot.timings.drift.toFixed(
      0,
    )} ms (median of ${runs.length} more runs: ${runs[
      Math.floor(runs.length / 2)
    ].toFixed(0)} ms) |`,
  );
  console.log(
    `| of which glossary index | ${snapshot.timings.glossary.toFixed(0)} ms |`,
  );

  const app = express();
  app.use(
    '/api/domain-catalog',
    createRouter({
      service,
      httpAuth,
      logger,
      // No SCM integration: an import's pull request is refused before any
      // request to GitHub, as in a portal without one.
      permissions: mockServices.permissions(),
      integrations: ScmIntegrations.fromConfig(mockServices.rootConfig()),
    }),
  );
  // Errors answered as Backstage answers them, with their status.
  app.use(backstageErrorHandler());
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const base = `http://127.0.0.1:${
    (server.address() as AddressInfo).port
  }/api/domain-catalog`;
  const someContext = [...snapshot.model.contexts.values()][
    42 % snapshot.model.contexts.size
  ].summary;
  if (BAD_INPUT) {
    const member = entities.find(
      e =>
        e.kind === 'Component' &&
        e.metadata.annotations?.['fitsys.dev/bounded-context'],
    );
    try {
      await badInput(base, {
        namespace: 'default',
        name: someContext.name,
        'getDomainContexts.name': parseEntityRef(someContext.domain).name,
        'getEntityContext.name': member?.metadata.name ?? someContext.name,
      });
    } finally {
      server.close();
    }
    return;
  }
  const routes: Array<[string, string]> = [
    [`whole context map (${snapshot.model.contexts.size} contexts)`, '/map'],
    [
      'context map of one domain',
      `/map?domain=${encodeURIComponent(someContext.domain)}`,
    ],
    [
      'context map focused on one context',
      `/map?focus=${encodeURIComponent(someContext.ref)}&depth=2`,
    ],
    ['map aggregated by domain', '/map/domains'],
    ['glossary search', '/glossary?q=settlement'],
    ['glossary search, rare word', `/glossary?q=${encodeURIComponent('42-3')}`],
    ['one context', `/contexts/default/${someContext.name}`],
  ];
  console.log('');
  console.log(
    `HTTP on loopback, load in a worker thread; target p99 < ${TARGET} ms on every route (a placeholder: --target). ` +
      `Paced: request i is due at i / rate and its latency counts from then (open loop, at most ${CLIENTS} in flight), ${REQUESTS} measured requests a row; the target is judged on these. ` +
      `Highest paced rate: stepped up from ${PACES[0]}/s, then bisected, ${TRIAL} s a rate, ${SEARCH} s at most a route. ` +
      `Closed loop: 1 and ${CLIENTS} clients back to back, ${REQUESTS} requests each, latency from sending; on a shared machine this measures the machine, not the code, so it has no verdict.`,
  );
  const load = LoadWorker.start();
  const rows: LoadTableRow[] = [];
  const warmUpMs = WARM_UP * 1000;
  try {
    for (const [name, route] of routes.filter(([n]) => n.includes(ROUTE))) {
      const target = { baseUrl: base, route: { name, path: route } };
      const closed: LoadTableRow[] = [];
      for (const clients of [1, CLIENTS]) {
        const result = await load.runClosedLoop({
          ...target,
          clients,
          count: REQUESTS,
          warmUpMs,
        });
        closed.push({ route: name, targetP99Ms: TARGET, result });
      }
      for (const rate of PACES) {
        const result = await load.runPaced({
          ...target,
          rate,
          count: REQUESTS,
          warmUpMs,
          maxInFlight: CLIENTS,
        });
        rows.push({ route: name, targetP99Ms: TARGET, result });
      }
      const maxRate = await findMaxRate({
        targetP99Ms: TARGET,
        startRate: PACES[0] ?? 100,
        durationMs: TRIAL * 1000,
        warmUpMs: Math.min(warmUpMs, 500),
        pauseMs: 200,
        maxTotalMs: SEARCH * 1000,
        trial: (rate, run) =>
          load.runPaced({ ...target, rate, ...run, maxInFlight: CLIENTS }),
      });
      rows.push({ route: name, targetP99Ms: TARGET, maxRate }, ...closed);
    }
  } finally {
    await load.close();
  }
  console.log(formatTable(rows));
  server.close();
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
