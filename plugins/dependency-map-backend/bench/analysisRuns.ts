// The read and the analysis measured in process: how long decoding the
// catalog's pages takes, how long the analysis takes beside it (three
// ways), and the heap the analysis and its records keep.
import { Entity } from '@backstage/catalog-model';
import { heapUsedMb } from '@internal/plugin-fitsys-node';
import {
  AnalysisSettings,
  DependencyMapAnalysis,
} from '../src/model/DependencyMapAnalysis';
import { EntityRecordCache } from '../src/model/entityRecords';
import { DEPENDENCY_MAP_KINDS } from '../src/service/DependencyMapService';

/** Whether the dependency map reads an entity of this kind. */
export const isKept = (e: Entity) =>
  DEPENDENCY_MAP_KINDS.includes(e.kind.toLowerCase());

/** The three ways each run analyses its copy, as the report names them. */
export const ANALYSIS_MODES = {
  first: 'nothing kept (first snapshot)',
  unchanged: 'records kept, no entity changed',
  changed: 'records kept, 1 % of entities changed',
} as const;
export type AnalysisMode = keyof typeof ANALYSIS_MODES;
const MODES = Object.keys(ANALYSIS_MODES) as AnalysisMode[];

/** Times of each run (ms), by mode where the mode matters. */
export interface AnalysisFigures {
  reads: number[];
  readsCpu: number[];
  runs: Record<AnalysisMode, number[]>;
  runsCpu: Record<AnalysisMode, number[]>;
  /** Each run's analysis over that run's read, wall-clock and CPU. */
  ratios: Record<AnalysisMode, number[]>;
  cpuRatios: Record<AnalysisMode, number[]>;
  /** Entities each run's analysis read again (the rest came from its records). */
  reRead: Record<AnalysisMode, number[]>;
  partRuns: Record<AnalysisMode, Record<string, number[]>>;
  /** MB the analysis keeps; MB the records kept between snapshots take besides. */
  heap: number;
  recordsHeap: number;
  keptRecordCount: number;
  /** The last analysis made, which the rest of the bench asks. */
  analysis: DependencyMapAnalysis;
}

const byMode = <T>(make: () => T): Record<AnalysisMode, T> => ({
  first: make(),
  unchanged: make(),
  changed: make(),
});

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * The read as this bench measured it before: three decodes back to back,
 * each while the previous copy is still held, no collection between (so
 * each pays for collecting the last one's garbage). Returns the times and
 * the last copy, which the process then holds as the catalog read.
 */
export function readBackToBack(decode: () => Entity[]) {
  const times: number[] = [];
  let entities: Entity[] = [];
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    entities = decode();
    times.push(performance.now() - t);
  }
  return { times, entities };
}

export function measureAnalysis(options: {
  decode: () => Entity[];
  /** How many entities every decode must give. */
  entityCount: number;
  kept: Entity[];
  settings: AnalysisSettings;
  runs: number;
}): AnalysisFigures {
  const { decode, kept, settings } = options;
  // What the analysis keeps, and what the records kept between snapshots
  // take besides (read from a copy of the catalog then dropped, so that the
  // strings the records hold count, as they do once a newer snapshot
  // replaces the one they were read from).
  let before = heapUsedMb();
  let analysis = new DependencyMapAnalysis(kept, settings);
  const heap = heapUsedMb() - before;
  before = heapUsedMb();
  const keptRecords = new EntityRecordCache();
  keptRecords.recordsOf(decode().filter(isKept), true);
  const recordsHeap = heapUsedMb() - before;

  // Reads and analyses alternate, each from a collected heap, while the
  // process holds the catalog read and its analysis (as the backend holds
  // the current snapshot while it reads or analyses the next one): a pair's
  // ratio then compares the two under the same load of the shared machine.
  // Wall-clock and CPU time (this process, all its threads) both. Each run
  // analyses the copy it decoded (a new snapshot: new objects), three ways:
  // with nothing kept (the first snapshot after a start), with the records
  // of the last snapshot kept and nothing changed, and with 1 % of the
  // entities changed since (a new etag each: read again).
  const caches: Record<AnalysisMode, () => EntityRecordCache> = (() => {
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
  const runs = byMode<number[]>(() => []);
  const runsCpu = byMode<number[]>(() => []);
  const ratios = byMode<number[]>(() => []);
  const cpuRatios = byMode<number[]>(() => []);
  const reRead = byMode<number[]>(() => []);
  const partRuns = byMode<Record<string, number[]>>(() => ({}));
  for (let run = 0; run < options.runs; run++) {
    heapUsedMb();
    let c = cpuMs();
    let t = performance.now();
    const decoded = decode();
    reads.push(performance.now() - t);
    readsCpu.push(cpuMs() - c);
    if (decoded.length !== options.entityCount) {
      throw new Error('the pages changed');
    }
    const copy = decoded.filter(isKept);
    for (const mode of MODES) {
      if (mode === 'changed') {
        // This run's 1 % changes (a new etag); earlier runs' keep theirs.
        copy.forEach((e, i) => {
          if (i % 100 <= run) e.metadata.etag = `${e.metadata.etag}.changed`;
        });
      }
      const cache = caches[mode]();
      heapUsedMb();
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
  return {
    reads,
    readsCpu,
    runs,
    runsCpu,
    ratios,
    cpuRatios,
    reRead,
    partRuns,
    heap,
    recordsHeap,
    keptRecordCount: keptRecords.size,
    analysis,
  };
}
