// The dependency map's router on loopback, with the catalog snapshot and
// auth stubbed, and what the server's process sees while a run loads it.
import { Entity } from '@backstage/catalog-model';
import {
  backstageErrorHandler,
  benchCaller,
  benchLogger,
  createCatalogSnapshot,
  heapUsedMb,
  percentile,
  wholeCatalogSnapshots,
} from '@internal/plugin-fitsys-node';
import express from 'express';
import { AddressInfo } from 'net';
import {
  constants,
  monitorEventLoopDelay,
  PerformanceObserver,
} from 'perf_hooks';
import { AnalysisSettings } from '../src/model/DependencyMapAnalysis';
import {
  DEPENDENCY_MAP_FIELDS,
  DEPENDENCY_MAP_KINDS,
  DependencyMapService,
} from '../src/service/DependencyMapService';
import { createRouter } from '../src/service/router';

/** What the server's process saw during one run. */
export interface ServerFigures {
  handlerP50: number;
  handlerP99: number;
  handlerMax: number;
  loopDelayP99: number;
  loopDelayMax: number;
  gcCount: number;
  majorGcs: number;
  /**
   * Times the kernel took the CPU from the server's threads for others
   * (other processes on a loaded machine).
   */
  preempted: number;
  gcTotal: number;
  gcMax: number;
  /** Of one core. */
  cpuPercent: number;
}

/** The running server: its base URL, a way to watch it, and its end. */
export interface BenchServer {
  base: string;
  /** Runs `fn` and what the server saw meanwhile. */
  observed<T>(
    fn: () => Promise<T>,
  ): Promise<{ result: T; server: ServerFigures }>;
  close(): void;
}

export async function startBenchServer(options: {
  kept: Entity[];
  settings: AnalysisSettings;
  /** How long the read took (ms), as the snapshot reports it. */
  readMs: number;
}): Promise<BenchServer> {
  const { kept, settings } = options;
  const logger = benchLogger();
  const readAt = new Date();
  const snapshot = createCatalogSnapshot(kept, {
    generation: 1,
    readAt,
    readMs: options.readMs,
    kinds: DEPENDENCY_MAP_KINDS,
    fields: DEPENDENCY_MAP_FIELDS,
  });
  const snapshots = wholeCatalogSnapshots(snapshot);
  const { credentials, httpAuth } = benchCaller();
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
  const observed = async <T>(fn: () => Promise<T>) => {
    // Each run starts from a collected heap, not with the last one's
    // garbage; the forced collections' entries arrive before the count starts.
    heapUsedMb();
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
    const figures: ServerFigures = {
      handlerP50: percentile(handlers, 50),
      handlerP99: percentile(handlers, 99),
      handlerMax: handlers[handlers.length - 1],
      loopDelayP99: delay.percentile(99) / 1e6,
      loopDelayMax: delay.max / 1e6,
      gcCount: gcPauses.length,
      majorGcs,
      preempted: process.resourceUsage().involuntaryContextSwitches - switches,
      gcTotal: gcPauses.reduce((n, d) => n + d, 0),
      gcMax: Math.max(0, ...gcPauses),
      cpuPercent: ((used.user + used.system) / 1000 / elapsed) * 100,
    };
    return { result, server: figures };
  };
  return {
    base,
    observed,
    close: () => {
      gcObserver.disconnect();
      server.close();
    },
  };
}
