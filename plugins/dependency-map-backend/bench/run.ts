/* eslint-disable no-console */
// Benchmark of the dependency map at the design's scale: the generator's
// synthetic catalog (50,000 entities with domain locality and the
// fitsys.dev annotations), analysed as the backend does. Prints the time to
// decode the catalog's pages (what merely reading it costs), the full
// analysis and its parts, the heap the analysis keeps, one blast radius and
// one what-if in process, and both through the router over HTTP paced at
// 200 requests a second (open loop, load from a separate process), with
// what the server's process saw meanwhile (handler time, event-loop delay,
// GC pauses, CPU), and the highest rate the what-if keeps 20 ms at. Asserts
// nothing. Run: yarn workspace @internal/plugin-dependency-map-backend bench
//   [--entities 50000] [--rate 200] [--requests 2000] [--journeys 20] [--runs 7]
//   [--analysis-only] (the read and the analysis only, no HTTP: for profiling
//   with node --cpu-prof)
import {
  BackstageCredentials,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  backstageErrorHandler,
  CatalogSnapshotService,
  CatalogView,
  createCatalogSnapshot,
  formatTable,
  findMaxRate,
  LoadTableRow,
  MaxRateResult,
} from '@internal/plugin-fitsys-node';
import express from 'express';
import { createHash } from 'crypto';
import { AddressInfo } from 'net';
import os from 'os';
import path from 'path';
import {
  constants,
  monitorEventLoopDelay,
  PerformanceObserver,
} from 'perf_hooks';
import { DependencyMapAnalysis } from '../src/model/DependencyMapAnalysis';
import { EntityRecordCache } from '../src/model/entityRecords';
import {
  DEPENDENCY_MAP_FIELDS,
  DEPENDENCY_MAP_KINDS,
  DependencyMapService,
} from '../src/service/DependencyMapService';
import { createRouter } from '../src/service/router';
import { LoadProcess } from './loadProcess';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TOTAL = arg('entities', 50_000);
const RATE = arg('rate', 200);
const REQUESTS = arg('requests', 2000);
const JOURNEYS = arg('journeys', 20);
/** Runs of the read and of the analysis; the median and the best are shown. */
const RUNS = arg('runs', 7);
const PAGE = 1000;
const ANALYSIS_ONLY = process.argv.includes('--analysis-only');

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits });
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * The relations the catalog would record from the generator's spec fields,
 * and the uid and etag it would give the entity (the etag a hash of the
 * entity, as the catalog's stitching makes it).
 */
function asCatalogEntity(entity: Entity, i: number): Entity {
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const ref = (value: unknown, kind: string) => {
    const text = String(value);
    const withKind = text.includes(':') ? text : `${kind}:${text}`;
    return (
      withKind.includes('/') ? withKind : withKind.replace(':', ':default/')
    ).toLowerCase();
  };
  const relations: { type: string; targetRef: string }[] = [];
  const add = (type: string, values: unknown, kind: string) => {
    for (const v of [values].flat()) {
      if (typeof v === 'string')
        relations.push({ type, targetRef: ref(v, kind) });
    }
  };
  add('ownedBy', spec.owner, 'group');
  add('partOf', spec.system, 'system');
  add('partOf', spec.domain, 'domain');
  add('dependsOn', spec.dependsOn, 'component');
  add('consumesApi', spec.consumesApis, 'api');
  add('providesApi', spec.providesApis, 'api');
  add('memberOf', spec.memberOf, 'group');
  add('childOf', spec.parent, 'group');
  const stitched = { ...entity, relations };
  return {
    ...stitched,
    metadata: {
      ...entity.metadata,
      uid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      etag: createHash('sha1').update(JSON.stringify(stitched)).digest('hex'),
    },
  };
}

async function main() {
  console.log(
    `machine: ${os.cpus().length} x ${os.cpus()[0]?.model}, ${fmt(
      os.totalmem() / 2 ** 30,
      1,
    )} GiB, Node ${process.version}, load average ${os
      .loadavg()
      .map(l => l.toFixed(2))
      .join(' ')}`,
  );
  const generator = await import(
    path.resolve(__dirname, '../../../scripts/lib/catalog-generator.mjs')
  );
  // Generated, then kept only as the catalog's pages, as JSON: decoding them
  // is what reading costs, and the process holds one copy of the catalog
  // (the one read), as the backend does.
  const { pages, relationCount } = (() => {
    const generated: Entity[] = generator
      .generateCatalog({ entities: TOTAL, seed: 1 })
      .entities.map(asCatalogEntity);
    const list: string[] = [];
    for (let i = 0; i < generated.length; i += PAGE) {
      list.push(JSON.stringify(generated.slice(i, i + PAGE)));
    }
    return {
      pages: list,
      relationCount: generated.reduce(
        (n, e) => n + (e.relations?.length ?? 0),
        0,
      ),
    };
  })();
  const decode = () => pages.flatMap(p => JSON.parse(p) as Entity[]);
  // The read as this bench measured it before: three decodes back to back,
  // each while the previous copy is still held, no collection between
  // (so each pays for collecting the last one's garbage).
  const readsBackToBack: number[] = [];
  let entities: Entity[] = [];
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    entities = decode();
    readsBackToBack.push(performance.now() - t);
  }
  const kept = entities.filter(e =>
    DEPENDENCY_MAP_KINDS.includes(e.kind.toLowerCase()),
  );
  console.log(
    `catalog: ${fmt(entities.length)} entities (${fmt(
      kept.length,
    )} components, APIs, resources and systems), ${fmt(
      relationCount,
    )} relations; ${fmt(
      pages.reduce((n, p) => n + p.length, 0) / 2 ** 20,
      1,
    )} MB as JSON`,
  );

  const tier1 = kept.filter(
    e =>
      e.kind === 'Component' &&
      e.metadata.annotations?.['fitsys.dev/tier'] === '1',
  );
  const journeys = Array.from({ length: JOURNEYS }, (_, i) => ({
    name: `journey-${i}`,
    entries: [0, 1, 2]
      .slice(0, 1 + (i % 3))
      .map(
        k =>
          `component:default/${
            tier1[(i * 7919 + k * 104729) % tier1.length].metadata.name
          }`,
      ),
  }));
  const settings = {
    journeys,
    failureDomainAvailability: { zone: 0.9999 },
  };

  const isKept = (e: Entity) =>
    DEPENDENCY_MAP_KINDS.includes(e.kind.toLowerCase());
  // What the analysis keeps, and what the records kept between snapshots
  // take besides (read from a copy of the catalog then dropped, so that the
  // strings the records hold count, as they do once a newer snapshot
  // replaces the one they were read from).
  let before = heapMb();
  let analysis = new DependencyMapAnalysis(kept, settings);
  const heap = heapMb() - before;
  before = heapMb();
  const keptRecords = new EntityRecordCache();
  keptRecords.recordsOf(decode().filter(isKept), true);
  const recordsHeap = heapMb() - before;

  // Reads and analyses alternate, each from a collected heap, while the
  // process holds the catalog read and its analysis (as the backend holds
  // the current snapshot while it reads or analyses the next one): a pair's
  // ratio then compares the two under the same load of the shared machine.
  // Wall-clock and CPU time (this process, all its threads) both. Each run
  // analyses the copy it decoded (a new snapshot: new objects), three ways:
  // with nothing kept (the first snapshot after a start), with the records
  // of the last snapshot kept and nothing changed, and with 1 % of the
  // entities changed since (a new etag each: read again).
  const modes = {
    first: 'nothing kept (first snapshot)',
    unchanged: 'records kept, no entity changed',
    changed: 'records kept, 1 % of entities changed',
  } as const;
  type Mode = keyof typeof modes;
  const caches: Record<Mode, () => EntityRecordCache> = (() => {
    const unchanged = new EntityRecordCache();
    const changed = new EntityRecordCache();
    unchanged.recordsOf(kept, true);
    changed.recordsOf(kept, true);
    return {
      first: () => new EntityRecordCache(),
      unchanged: () => unchanged,
      changed: () => changed,
    };
  })();
  const reads: number[] = [];
  const readsCpu: number[] = [];
  const runs: Record<Mode, number[]> = {
    first: [],
    unchanged: [],
    changed: [],
  };
  const runsCpu: Record<Mode, number[]> = {
    first: [],
    unchanged: [],
    changed: [],
  };
  const ratios: Record<Mode, number[]> = {
    first: [],
    unchanged: [],
    changed: [],
  };
  const cpuRatios: Record<Mode, number[]> = {
    first: [],
    unchanged: [],
    changed: [],
  };
  const reRead: Record<Mode, number[]> = {
    first: [],
    unchanged: [],
    changed: [],
  };
  const partRuns: Record<Mode, Record<string, number[]>> = {
    first: {},
    unchanged: {},
    changed: {},
  };
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  for (let run = 0; run < RUNS; run++) {
    heapMb();
    let c = cpuMs();
    let t = performance.now();
    const decoded = decode();
    reads.push(performance.now() - t);
    readsCpu.push(cpuMs() - c);
    if (decoded.length !== entities.length) {
      throw new Error('the pages changed');
    }
    const copy = decoded.filter(isKept);
    for (const mode of Object.keys(modes) as Mode[]) {
      if (mode === 'changed') {
        // This run's 1 % changes (a new etag); earlier runs' keep theirs.
        copy.forEach((e, i) => {
          if (i % 100 <= run) e.metadata.etag = `${e.metadata.etag}.changed`;
        });
      }
      const cache = caches[mode]();
      heapMb();
      c = cpuMs();
      t = performance.now();
      analysis = new DependencyMapAnalysis(copy, settings, undefined, {
        cache,
        complete: true,
      });
      runs[mode].push(performance.now() - t);
      runsCpu[mode].push(cpuMs() - c);
      ratios[mode].push(runs[mode][run] / reads[run]);
      cpuRatios[mode].push(runsCpu[mode][run] / readsCpu[run]);
      reRead[mode].push(cache.lastRead);
      for (const [part, ms] of Object.entries(analysis.timings)) {
        (partRuns[mode][part] ??= []).push(ms);
      }
    }
  }
  const g = analysis.graph;
  const read = median(reads);
  console.log('');
  console.log('| figure | value |');
  console.log('| --- | --- |');
  console.log(
    `| graph | ${fmt(g.entityCount)} entities + ${fmt(
      g.nodeCount - g.entityCount,
    )} shared facts, ${fmt(g.edgeCount)} edges |`,
  );
  const best = (values: number[]) => Math.min(...values);
  console.log(
    `| decoding the catalog's ${
      pages.length
    } pages (${RUNS} runs: median / best; CPU median) | ${fmt(read)} / ${fmt(
      best(reads),
    )} ms; CPU ${fmt(median(readsCpu))} ms |`,
  );
  console.log(
    `| the same decoding back to back, the previous copy held (the earlier way; median of 3) | ${fmt(
      median(readsBackToBack),
    )} ms |`,
  );
  for (const mode of Object.keys(modes) as Mode[]) {
    const full = median(runs[mode]);
    console.log(
      `| full analysis, ${modes[mode]}: ${fmt(
        median(reRead[mode]),
      )} entities read (${RUNS} runs: median / best; CPU median) | ${fmt(
        full,
      )} / ${fmt(best(runs[mode]))} ms; CPU ${fmt(median(runsCpu[mode]))} ms |`,
    );
    console.log(
      `| analysis / read, run by run (median; min–max); / the earlier read | ${median(
        ratios[mode],
      ).toFixed(2)} x (${best(ratios[mode]).toFixed(2)}–${Math.max(
        ...ratios[mode],
      ).toFixed(2)}); CPU ${median(cpuRatios[mode]).toFixed(2)} x; ${(
        full / median(readsBackToBack)
      ).toFixed(2)} x |`,
    );
    console.log(
      `| of which (median / best) | ${Object.entries(partRuns[mode])
        .map(
          ([part, values]) =>
            `${part} ${fmt(median(values))} / ${fmt(best(values))}`,
        )
        .join('; ')} ms |`,
    );
  }
  console.log(
    `| heap the analysis keeps (graph, figures, marks); the records kept between snapshots besides | ${fmt(
      heap,
      1,
    )} MB; ${fmt(recordsHeap, 1)} MB (${fmt(keptRecords.size)} records) |`,
  );

  if (ANALYSIS_ONLY) return;

  const top = analysis.hotSpots({ offset: 0, limit: 1, type: 'entity' })
    .items[0];
  let t = performance.now();
  const topRadius = analysis.blastRadius(analysis.nodeOf(top.node.id)!, 25);
  const topMs = performance.now() - t;
  console.log(
    `| blast radius of the most depended-on entity (${top.node.id}, ${fmt(
      topRadius.impacted,
    )} impacted, exact) | ${topMs.toFixed(1)} ms |`,
  );
  // The same set the catalog-graph way: a reverse map built from every
  // entity's relations, then a breadth-first walk (in memory here; through
  // the catalog API it took 5.7 s in the issue's anchor).
  t = performance.now();
  const reverse = new Map<string, string[]>();
  for (const e of entities) {
    const from = `${e.kind}:${e.metadata.namespace ?? 'default'}/${
      e.metadata.name
    }`.toLowerCase();
    for (const r of e.relations ?? []) {
      if (!['dependsOn', 'consumesApi', 'partOf'].includes(r.type)) continue;
      const list = reverse.get(r.targetRef) ?? [];
      list.push(from);
      reverse.set(r.targetRef, list);
    }
    for (const r of e.relations ?? []) {
      if (r.type !== 'providesApi') continue;
      const list = reverse.get(from) ?? [];
      list.push(r.targetRef);
      reverse.set(from, list);
    }
  }
  const built = performance.now() - t;
  t = performance.now();
  const seen = new Set([top.node.id]);
  let frontier = [top.node.id];
  let levels = 0;
  while (frontier.length) {
    levels++;
    const next: string[] = [];
    for (const ref of frontier) {
      for (const d of reverse.get(ref) ?? []) {
        if (!seen.has(d)) {
          seen.add(d);
          next.push(d);
        }
      }
    }
    frontier = next;
  }
  const walked = performance.now() - t;
  console.log(
    `| the same set the catalog-graph way, in memory: reverse map + walk (${fmt(
      seen.size - 1,
    )} reached, ${levels} levels) | ${fmt(built)} + ${fmt(walked, 1)} ms |`,
  );
  console.log(
    `| catalog-graph through the catalog API (issue's anchor, 48 requests) / ours | 5,700 ms / ${topMs.toFixed(
      1,
    )} ms = ${fmt(5700 / topMs)} x |`,
  );

  const componentRefs = kept
    .filter(e => e.kind === 'Component')
    .map(e => `component:default/${e.metadata.name}`);
  const pick = (i: number) =>
    componentRefs[(i * 2654435761) % componentRefs.length];
  const inProcess = (fn: (i: number) => unknown) => {
    const times: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const s = performance.now();
      fn(i);
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    return `p50 ${percentile(times, 50).toFixed(2)} / p99 ${percentile(
      times,
      99,
    ).toFixed(2)} / max ${times[times.length - 1].toFixed(2)} ms`;
  };
  console.log(
    `| blast radius of a random component, in process (2,000) | ${inProcess(i =>
      analysis.blastRadius(analysis.nodeOf(pick(i))!, 25),
    )} |`,
  );
  console.log(
    `| what-if of 3 random components, in process (2,000) | ${inProcess(i =>
      analysis.whatIf(
        [pick(i), pick(i + 1), pick(i + 2)].map(r => analysis.nodeOf(r)!),
        25,
      ),
    )} |`,
  );

  // Through the router, over HTTP on loopback.
  const logger = {
    debug() {},
    info() {},
    warn: console.warn,
    error: console.error,
    child: () => logger,
  } as any;
  const readAt = new Date();
  const snapshot = createCatalogSnapshot(kept, {
    generation: 1,
    readAt,
    readMs: read,
    kinds: DEPENDENCY_MAP_KINDS,
    fields: DEPENDENCY_MAP_FIELDS,
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
      readAt: readAt.toISOString(),
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
  const service = new DependencyMapService({ snapshots, logger, settings });
  await service.get(credentials);
  // The server's own view of each run: how long the handlers took (from
  // the request reaching express to the answer's end), how late the event
  // loop ran timers, the collector's pauses, and the CPU it used.
  const handlerMs: number[] = [];
  const app = express();
  app.use((_req, res, next) => {
    const start = performance.now();
    res.once('finish', () => handlerMs.push(performance.now() - start));
    next();
  });
  app.use('/api/dependency-map', createRouter({ service, httpAuth, logger }));
  app.use(backstageErrorHandler());
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const base = `http://127.0.0.1:${
    (server.address() as AddressInfo).port
  }/api/dependency-map`;
  const N = REQUESTS + RATE;
  const blastRadiusRoute = {
    name: 'GET /blast-radius (random component)',
    path: Array.from(
      { length: N },
      (_, i) => `/blast-radius?node=${encodeURIComponent(pick(i))}&limit=25`,
    ),
  };
  const whatIfRoute = {
    name: 'POST /what-if (3 random components)',
    method: 'POST',
    path: '/what-if',
    headers: { 'content-type': 'application/json' },
    body: Array.from({ length: N }, (_, i) => ({
      entities: [pick(i), pick(i + 1), pick(i + 2)],
      limit: 25,
    })),
  };
  const routes = [
    blastRadiusRoute,
    whatIfRoute,
    {
      name: `GET /blast-radius (${top.node.id})`,
      path: `/blast-radius?node=${encodeURIComponent(top.node.id)}&limit=25`,
    },
  ];
  const gcPauses: number[] = [];
  let majorGcs = 0;
  const gcObserver = new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
      gcPauses.push(entry.duration);
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) majorGcs++;
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  /** Runs `fn` and what the server saw meanwhile. */
  const observed = async <T>(fn: () => Promise<T>) => {
    // Each run starts from a collected heap, not with the last one's
    // garbage; the forced collections' entries arrive before the count starts.
    heapMb();
    await new Promise(resolve => setTimeout(resolve, 100));
    handlerMs.length = 0;
    gcPauses.length = 0;
    majorGcs = 0;
    const switches = process.resourceUsage().involuntaryContextSwitches;
    const delay = monitorEventLoopDelay({ resolution: 1 });
    const cpu = process.cpuUsage();
    const started = performance.now();
    delay.enable();
    const result = await fn();
    delay.disable();
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const handlers = [...handlerMs].sort((a, b) => a - b);
    return {
      result,
      server: {
        handlerP50: percentile(handlers, 50),
        handlerP99: percentile(handlers, 99),
        handlerMax: handlers[handlers.length - 1],
        loopDelayP99: delay.percentile(99) / 1e6,
        loopDelayMax: delay.max / 1e6,
        gcCount: gcPauses.length,
        majorGcs,
        // Times the kernel took the CPU from the server's threads for
        // others (other processes on a loaded machine).
        preempted:
          process.resourceUsage().involuntaryContextSwitches - switches,
        gcTotal: gcPauses.reduce((n, d) => n + d, 0),
        gcMax: Math.max(0, ...gcPauses),
        cpuPercent: ((used.user + used.system) / 1000 / elapsed) * 100,
      },
    };
  };
  // The garbage of the steps above is collected before the load, not in it.
  heapMb();
  const load = await LoadProcess.start();
  const rows: LoadTableRow[] = [];
  const serverRows: string[] = [];
  const serverRow = (
    name: string,
    p99: number,
    s: Awaited<ReturnType<typeof observed>>['server'],
  ) =>
    `| ${name} | ${p99.toFixed(1)} | ${s.handlerP50.toFixed(
      2,
    )} / ${s.handlerP99.toFixed(2)} / ${s.handlerMax.toFixed(
      1,
    )} | ${s.loopDelayP99.toFixed(1)} / ${s.loopDelayMax.toFixed(1)} | ${
      s.gcCount
    } (${s.majorGcs} major) / ${fmt(s.gcTotal)} / ${s.gcMax.toFixed(1)} | ${fmt(
      s.cpuPercent,
    )} % | ${fmt(s.preempted)} |`;
  let maxRate: MaxRateResult | undefined;
  try {
    for (const route of routes) {
      const { result, server: s } = await observed(() =>
        load.runPaced({
          baseUrl: base,
          route,
          rate: RATE,
          count: REQUESTS,
          warmUpMs: 2000,
          maxInFlight: 64,
        }),
      );
      rows.push({ route: route.name, targetP99Ms: 20, result });
      serverRows.push(serverRow(route.name, result.latency.p99, s));
    }
    // The highest paced rate at which the what-if keeps its p99 under 20 ms.
    maxRate = await findMaxRate({
      targetP99Ms: 20,
      startRate: 100,
      growth: 2,
      durationMs: 3000,
      warmUpMs: 1000,
      pauseMs: 500,
      maxTotalMs: 45_000,
      trial: (rate, r) =>
        load.runPaced({
          baseUrl: base,
          route: whatIfRoute,
          rate,
          durationMs: r.durationMs,
          warmUpMs: r.warmUpMs,
          maxDurationMs: r.maxDurationMs,
          maxInFlight: 64,
        }),
    });
  } finally {
    gcObserver.disconnect();
    await load.close();
    server.close();
  }
  console.log('');
  console.log(
    `Through the router (express on loopback, auth stubbed), paced at ${RATE}/s from a separate load process, ${REQUESTS} measured requests a row after 2 s of warm-up; latency from when each request was due:`,
  );
  console.log(formatTable(rows));
  console.log('');
  console.log(
    "The server's process meanwhile (handler: from express receiving the request to the answer's end; event-loop delay: how late a 1 ms timer ran; GC: the collector's pauses in the server's process; CPU: of one core; preempted: involuntary context switches, the kernel giving the server's CPU to other processes):",
  );
  console.log(
    '| route | paced p99 ms | handler p50 / p99 / max ms | event-loop delay p99 / max ms | GC pauses: count / total ms / max ms | server CPU | preempted |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of serverRows) console.log(row);
  for (const row of rows) {
    if ('result' in row && row.result.errorMessages.length) {
      console.log(
        `${row.route} errors: ${row.result.errorMessages
          .slice(0, 3)
          .join('; ')}`,
      );
    }
  }
  if (maxRate) {
    console.log('');
    console.log(
      `Highest paced rate of POST /what-if keeping p99 < 20 ms: ${
        maxRate.maxRate === undefined
          ? 'none of the rates tried'
          : `${fmt(maxRate.maxRate)}/s`
      } (${maxRate.stoppedBy}; tried ${maxRate.trials
        .map(
          trial =>
            `${fmt(trial.rate)}/s p99 ${trial.result.latency.p99.toFixed(
              1,
            )} ms ${trial.pass ? 'kept' : 'missed'}`,
        )
        .join(', ')})`,
    );
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
