// The library measured in process: built whole, one changed adopter
// re-evaluated in it, and the queries the routes answer.
import { Entity } from '@backstage/catalog-model';
import { heapUsedMb, percentile } from '@internal/plugin-fitsys-node';
import { ArchitectureLibrary } from '../src/model/ArchitectureLibrary';
import {
  adoptersOf,
  architectureDetail,
  listArchitectures,
} from '../src/model/queries';
import { SERIES } from './options';

/** The heap a library keeps (MB), and three more builds' times (ms). */
export function measureLibrary(kept: Entity[], now: Date) {
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
  return { library, heap, runs, rules };
}

/**
 * One changed adopter, 2,000 times: a copy of a random adopter with a tag
 * added or removed (a rule reads it) and, every other time, moved to the
 * other version, re-evaluated in the library: its neighbourhood, every rule
 * of the version it now follows, its entry and the summaries of the series.
 * The library measured is a fresh one, left as it was before. Returns the
 * times sorted (ms) and how many moved version.
 */
export function measureReevaluate(kept: Entity[], now: Date) {
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
  return { times, versionMoves };
}

/** p50 / p99 of a query and its JSON, 2,000 times. */
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

/** The report's rows of the routes' queries answered in process. */
export function inProcessQueryRows(library: ArchitectureLibrary): string[] {
  const name = (i: number) => `architecture-${(i * 7919) % SERIES}`;
  const page = { offset: 0, limit: 24 };
  return [
    `| library page, in process with JSON (2,000) | ${inProcess(() =>
      listArchitectures(library, page),
    )} |`,
    `| detail, in process with JSON (2,000) | ${inProcess(i =>
      architectureDetail(library, name(i)),
    )} |`,
    `| adopters page of 50, in process with JSON (2,000) | ${inProcess(i =>
      adoptersOf(library, name(i), { offset: 0, limit: 50 }),
    )} |`,
  ];
}
