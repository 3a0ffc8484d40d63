/* eslint-disable no-console */
// Benchmark of the reference architectures at the design's scale: the
// generator's synthetic catalog (50,000 entities) with 200 reference
// architectures (100 series of two versions, six rules each) and 10,000
// adopters (every system and 8,500 components). Prints the time to decode
// the catalog's pages, to evaluate every rule of every adopter (the whole
// library, as the backend builds it per snapshot), to re-evaluate one
// changed adopter in the library, the heap the library keeps, and the
// library, detail and adopters routes over HTTP paced at 200 requests a
// second (open loop, load from a worker thread). Asserts nothing.
// Run: yarn workspace @internal/plugin-reference-architectures-backend bench
//   [--entities 50000] [--adopters 10000] [--rate 200] [--requests 2000]
import {
  BackstageCredentials,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  backstageErrorHandler,
  benchArg,
  CatalogSnapshotService,
  CatalogView,
  createCatalogSnapshot,
  formatFigure,
  formatTable,
  heapUsedMb,
  LoadTableRow,
  LoadWorker,
  median,
  percentile,
} from '@internal/plugin-fitsys-node';
import { ReferenceArchitectureEntity } from '@internal/plugin-reference-architectures-common';
import express from 'express';
import { AddressInfo } from 'net';
import os from 'os';
import path from 'path';
import { ArchitectureLibrary } from '../src/model/ArchitectureLibrary';
import {
  adoptersOf,
  architectureDetail,
  listArchitectures,
} from '../src/model/queries';
import {
  REFERENCE_ARCHITECTURE_FIELDS,
  REFERENCE_ARCHITECTURE_KINDS,
  ReferenceArchitecturesService,
} from '../src/service/ReferenceArchitecturesService';
import { createRouter } from '../src/service/router';

const TOTAL = benchArg('entities', 50_000);
const ADOPTERS = benchArg('adopters', 10_000);
const RATE = benchArg('rate', 200);
const REQUESTS = benchArg('requests', 2000);
const SERIES = 100;
const PAGE = 1000;

/** The relations the catalog would record, both ways, from the spec fields. */
function withRelations(entities: Entity[]): Entity[] {
  const ref = (value: unknown, kind: string) => {
    const text = String(value);
    const withKind = text.includes(':') ? text : `${kind}:${text}`;
    return (
      withKind.includes('/') ? withKind : withKind.replace(':', ':default/')
    ).toLowerCase();
  };
  const selfOf = (e: Entity) =>
    `${e.kind}:default/${e.metadata.name}`.toLowerCase();
  const reverse = new Map<string, { type: string; targetRef: string }[]>();
  const out = entities.map(entity => {
    const spec = (entity.spec ?? {}) as Record<string, unknown>;
    const relations: { type: string; targetRef: string }[] = [];
    const add = (
      type: string,
      values: unknown,
      kind: string,
      back?: string,
    ) => {
      for (const v of [values].flat()) {
        if (typeof v !== 'string') continue;
        const target = ref(v, kind);
        relations.push({ type, targetRef: target });
        if (back) {
          const list = reverse.get(target) ?? [];
          list.push({ type: back, targetRef: selfOf(entity) });
          reverse.set(target, list);
        }
      }
    };
    add('ownedBy', spec.owner, 'group');
    add('partOf', spec.system, 'system', 'hasPart');
    add('dependsOn', spec.dependsOn, 'component');
    add('consumesApi', spec.consumesApis, 'api');
    add('providesApi', spec.providesApis, 'api');
    return { ...entity, relations };
  });
  for (const entity of out) {
    entity.relations!.push(...(reverse.get(selfOf(entity)) ?? []));
  }
  return out;
}

/** Version `major`.0.0 of series `i`, with six rules over three levels. */
function architecture(i: number, major: number): ReferenceArchitectureEntity {
  const series = `architecture-${i}`;
  return {
    apiVersion: 'fitsys.dev/v1alpha1',
    kind: 'ReferenceArchitecture',
    metadata: {
      name: major === 2 ? series : `${series}-${major}`,
      namespace: 'default',
      title: `Architecture ${i}`,
      tags: [`family-${i % 10}`],
    },
    spec: {
      owner: 'group:default/platform-team',
      series,
      version: `${major}.0.0`,
      lifecycle: major === 2 ? 'recommended' : 'deprecated',
      problem: `Problem ${i}.`,
      solution: `Solution ${i}, version ${major}.`,
      qualityAttributes: {
        availability: { rating: 1 + (i % 5), tradeoff: 'Some.' },
        cost: { rating: 1 + ((i + 2) % 5), tradeoff: 'Some.' },
      },
      levels: ['bronze', 'silver', 'gold'],
      rules: [
        {
          id: 'db',
          title: 'Own database',
          severity: 'error',
          level: 'bronze',
          check: { dependsOn: { kind: 'Resource' } },
        },
        {
          id: 'team',
          title: 'Team owned',
          severity: 'error',
          level: 'bronze',
          check: { ownerIsTeam: true },
        },
        {
          id: 'api',
          title: 'Provides an API',
          severity: 'warning',
          level: 'silver',
          check: { providesApi: {} },
        },
        {
          id: 'deps',
          title: 'Few dependencies',
          severity: 'warning',
          level: 'silver',
          check: { maxDependencies: 5 },
        },
        {
          id: 'docs',
          title: 'TechDocs',
          severity: 'info',
          level: 'gold',
          check: { annotation: 'backstage.io/techdocs-ref' },
        },
        {
          id: 'tag',
          title: 'Tagged',
          severity: 'info',
          level: 'gold',
          check: { filter: { 'metadata.tags': { $contains: 'platform' } } },
        },
      ],
    },
  } as ReferenceArchitectureEntity;
}

/** The synthetic catalog with its architectures and adopters, as the catalog's pages of JSON. */
async function buildPages() {
  const generator = await import(
    path.resolve(__dirname, '../../../scripts/lib/catalog-generator.mjs')
  );
  const generated: Entity[] = withRelations(
    generator.generateCatalog({ entities: TOTAL, seed: 1 }).entities,
  );
  // Every system adopts, then components until ADOPTERS, round-robin over
  // the series; one in five on the older version.
  let adopters = 0;
  for (const kind of ['System', 'Component']) {
    for (const entity of generated) {
      if (entity.kind !== kind || adopters >= ADOPTERS) continue;
      const i = adopters % SERIES;
      entity.metadata.annotations = {
        ...entity.metadata.annotations,
        'fitsys.dev/reference-architecture': `architecture-${i}`,
        'fitsys.dev/reference-architecture-version':
          adopters % 5 === 0 ? '1.0.0' : '2.0.0',
      };
      adopters++;
    }
  }
  const architectures = Array.from({ length: SERIES }, (_, i) => [
    architecture(i, 1),
    architecture(i, 2),
  ]).flat();
  const all = [...generated, ...architectures];
  const pages: string[] = [];
  for (let i = 0; i < all.length; i += PAGE) {
    pages.push(JSON.stringify(all.slice(i, i + PAGE)));
  }
  return { pages, adopters, architectureCount: architectures.length };
}

async function main() {
  console.log(
    `machine: ${os.cpus().length} x ${os.cpus()[0]?.model}, ${formatFigure(
      os.totalmem() / 2 ** 30,
      1,
    )} GiB, Node ${process.version}, load average ${os
      .loadavg()
      .map(l => l.toFixed(2))
      .join(' ')}`,
  );
  const { pages, adopters, architectureCount } = await buildPages();
  const reads: number[] = [];
  let entities: Entity[] = [];
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    entities = pages.flatMap(p => JSON.parse(p) as Entity[]);
    reads.push(performance.now() - t);
  }
  const kept = entities.filter(e =>
    REFERENCE_ARCHITECTURE_KINDS.includes(e.kind.toLowerCase()),
  );
  console.log(
    `catalog: ${formatFigure(entities.length)} entities (${formatFigure(
      kept.length,
    )} of the kinds read), ${formatFigure(
      architectureCount,
    )} reference architectures, ${formatFigure(adopters)} adopters`,
  );

  const now = new Date();
  const before = heapUsedMb();
  let library = new ArchitectureLibrary(kept, now);
  const heap = heapUsedMb() - before;
  const runs: number[] = [];
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    library = new ArchitectureLibrary(kept, now);
    runs.push(performance.now() - t);
  }
  const rules = [...library.adopters.values()].reduce(
    (n, a) => n + (a.results?.length ?? 0),
    0,
  );
  console.log('');
  console.log('| figure | value |');
  console.log('| --- | --- |');
  console.log(
    `| decoding the catalog's ${
      pages.length
    } pages (median of 3) | ${formatFigure(median(reads))} ms |`,
  );
  console.log(
    `| every rule of every adopter: the whole library (median of 3; ${formatFigure(
      rules,
    )} rule results) | ${formatFigure(median(runs))} ms |`,
  );
  console.log(`| heap the library keeps | ${formatFigure(heap, 1)} MB |`);

  // One changed adopter, 2,000 times: a copy of a random adopter with a tag
  // added or removed (a rule reads it) and, every other time, moved to the
  // other version, re-evaluated in the library: its neighbourhood, every
  // rule of the version it now follows, its entry and the summaries of the
  // series. The library measured is a fresh one, left as it was before.
  const changing = new ArchitectureLibrary(kept, now);
  const adopterList = [...changing.adopters.values()].filter(a => a.results);
  const times: number[] = [];
  let versionMoves = 0;
  for (let i = 0; i < 2000; i++) {
    const { entity } = adopterList[(i * 2654435761) % adopterList.length];
    const tags = entity.metadata.tags ?? [];
    const annotations = { ...entity.metadata.annotations };
    if (i % 2 === 0) {
      annotations['fitsys.dev/reference-architecture-version'] =
        annotations['fitsys.dev/reference-architecture-version'] === '1.0.0'
          ? '2.0.0'
          : '1.0.0';
      versionMoves++;
    }
    const changed: Entity = {
      ...entity,
      metadata: {
        ...entity.metadata,
        annotations,
        tags: tags.includes('platform')
          ? tags.filter(t => t !== 'platform')
          : [...tags, 'platform'],
      },
    };
    const t = performance.now();
    const entry = changing.reevaluate(changed);
    times.push(performance.now() - t);
    if (!entry?.results) throw new Error('The changed adopter was not scored');
  }
  times.sort((a, b) => a - b);
  console.log(
    `| re-evaluating one changed adopter in the library (2,000 random; tag changed, ${formatFigure(
      versionMoves,
    )} of them moved to the other version) | p50 ${percentile(
      times,
      50,
    ).toFixed(3)} / p99 ${percentile(times, 99).toFixed(3)} / max ${times[
      times.length - 1
    ].toFixed(2)} ms |`,
  );

  const inProcess = (fn: (i: number) => unknown) => {
    const spent: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const t = performance.now();
      JSON.stringify(fn(i));
      spent.push(performance.now() - t);
    }
    spent.sort((a, b) => a - b);
    return `p50 ${percentile(spent, 50).toFixed(2)} / p99 ${percentile(
      spent,
      99,
    ).toFixed(2)} ms`;
  };
  const name = (i: number) => `architecture-${(i * 7919) % SERIES}`;
  const page = { offset: 0, limit: 24 };
  console.log(
    `| library page, in process with JSON (2,000) | ${inProcess(() =>
      listArchitectures(library, page),
    )} |`,
  );
  console.log(
    `| detail, in process with JSON (2,000) | ${inProcess(i =>
      architectureDetail(library, name(i)),
    )} |`,
  );
  console.log(
    `| adopters page of 50, in process with JSON (2,000) | ${inProcess(i =>
      adoptersOf(library, name(i), { offset: 0, limit: 50 }),
    )} |`,
  );
  // What the load does not need, freed before it.
  pages.length = 0;
  entities = [];

  const logger = {
    debug() {},
    info() {},
    warn: console.warn,
    error: console.error,
    child: () => logger,
  } as any;
  const snapshot = createCatalogSnapshot(kept, {
    generation: 1,
    readAt: now,
    readMs: median(reads),
    kinds: REFERENCE_ARCHITECTURE_KINDS,
    fields: REFERENCE_ARCHITECTURE_FIELDS,
  });
  const view: CatalogView = {
    snapshot,
    all: true,
    entities: kept,
    isVisible: () => true,
    key: 'all',
  };
  const snapshots: CatalogSnapshotService = {
    declare() {},
    get: async () => snapshot,
    viewFor: async () => view,
    refresh: async () => snapshot,
    onSnapshot: () => () => {},
    status: () => ({
      readAt: now.toISOString(),
      ageSeconds: 0,
      entityCount: kept.length,
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
  const service = new ReferenceArchitecturesService({ snapshots, logger });
  await service.get(credentials);
  const app = express();
  app.use(
    '/api/reference-architectures',
    createRouter({ service, store: undefined as any, httpAuth, logger }),
  );
  app.use(backstageErrorHandler());
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const base = `http://127.0.0.1:${
    (server.address() as AddressInfo).port
  }/api/reference-architectures`;
  const N = REQUESTS + RATE;
  const series = (i: number) => `architecture-${(i * 7919) % SERIES}`;
  const routes = [
    {
      name: 'GET /architectures (library, first page)',
      path: '/architectures?limit=24',
    },
    {
      name: 'GET /architectures?q=&lifecycle= (search)',
      path: Array.from(
        { length: N },
        (_, i) =>
          `/architectures?q=${encodeURIComponent(
            `problem ${i % SERIES}`,
          )}&lifecycle=recommended`,
      ),
    },
    {
      name: 'GET /architectures/{name} (detail)',
      path: Array.from({ length: N }, (_, i) => `/architectures/${series(i)}`),
    },
    {
      name: 'GET /architectures/{name}/adopters (page of 50)',
      path: Array.from(
        { length: N },
        (_, i) => `/architectures/${series(i)}/adopters?limit=50`,
      ),
    },
  ];
  heapUsedMb();
  const load = LoadWorker.start();
  const rows: LoadTableRow[] = [];
  try {
    for (const route of routes) {
      const result = await load.runPaced({
        baseUrl: base,
        route,
        rate: RATE,
        count: REQUESTS,
        warmUpMs: 2000,
        maxInFlight: 64,
      });
      rows.push({ route: route.name, targetP99Ms: 50, result });
    }
  } finally {
    await load.close();
    server.close();
  }
  console.log('');
  console.log(
    `Through the router (express on loopback, auth stubbed), paced at ${RATE}/s, ${REQUESTS} measured requests a row after 2 s of warm-up; latency from when each request was due:`,
  );
  console.log(formatTable(rows));
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
