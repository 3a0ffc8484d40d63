/* eslint-disable no-console */
// Benchmark of the domain catalog on a synthetic catalog at the design's
// scale: 50,000 entities, 500 bounded contexts, 5,000 glossary terms.
// Prints the figures; asserts nothing. Run: yarn workspace
// @internal/plugin-domain-catalog-backend bench [--entities N]
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import express from 'express';
import { AddressInfo } from 'net';
import os from 'os';
import path from 'path';
import { analyseDrift } from '../src/model/drift';
import { DomainCatalogService } from '../src/service/DomainCatalogService';
import { createRouter } from '../src/service/router';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TOTAL = arg('entities', 50_000);
const CONTEXTS = arg('contexts', 500);
const TERMS_PER_CONTEXT = arg('terms-per-context', 10);
const REQUESTS = arg('requests', 1000);

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

function percentile(sorted: number[], p: number) {
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

async function measure(base: string, route: string, concurrency: number) {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next++;
      const started = performance.now();
      const res = await fetch(base + route);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${route}: ${res.status}`);
      times.push(performance.now() - started);
    }
  };
  for (let i = 0; i < 50; i++) await (await fetch(base + route)).arrayBuffer(); // warm-up
  await Promise.all(Array.from({ length: concurrency }, worker));
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
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
  const catalog = {
    async *streamEntities() {
      for (let i = 0; i < entities.length; i += 1000)
        yield entities.slice(i, i + 1000);
    },
  } as any;
  const auth = { getOwnServiceCredentials: async () => ({}) } as any;
  const service = new DomainCatalogService({
    catalog,
    auth,
    logger,
    settings: {
      maxAgeMs: 3_600_000,
      drift: { sharedResourceTypes: ['database'] },
    },
  });
  t = performance.now();
  const snapshot = await service.refresh();
  const total = performance.now() - t;
  const runs = [];
  for (let i = 0; i < 5; i++) {
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
    `| snapshot: model + drift + glossary index, 50k entities | ${total.toFixed(
      0,
    )} ms |`,
  );
  console.log(`| of which model | ${snapshot.timings.model.toFixed(0)} ms |`);
  console.log(
    `| of which whole-map drift analysis | ${snapshot.timings.drift.toFixed(
      0,
    )} ms (median of 5 more runs: ${runs[2].toFixed(0)} ms) |`,
  );
  console.log(
    `| of which glossary index | ${snapshot.timings.glossary.toFixed(0)} ms |`,
  );

  const app = express();
  app.use('/api/domain-catalog', createRouter(service));
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const base = `http://127.0.0.1:${
    (server.address() as AddressInfo).port
  }/api/domain-catalog`;
  const someContext = [...snapshot.model.contexts.values()][42].summary;
  const routes = [
    ['whole context map (500 contexts)', '/map'],
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
    `HTTP on loopback, ${REQUESTS} warm requests per route (p50 / p99 in ms):`,
  );
  console.log('| route | 1 client | 10 clients |');
  console.log('| --- | --- | --- |');
  for (const [name, route] of routes) {
    const one = await measure(base, route, 1);
    const ten = await measure(base, route, 10);
    console.log(
      `| ${name} | ${one.p50.toFixed(1)} / ${one.p99.toFixed(
        1,
      )} | ${ten.p50.toFixed(1)} / ${ten.p99.toFixed(1)} |`,
    );
  }
  server.close();
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
