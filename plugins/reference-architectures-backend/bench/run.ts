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
//   [--entities 50000] [--adopters 10000] [--rate 200] [--requests 2000]//
// options.ts reads the flags, seed.ts makes the catalog, library.ts
// measures in process, server.ts and load.ts over HTTP.
import { Entity } from '@backstage/catalog-model';
import {
  formatFigure,
  formatTable,
  heapUsedMb,
  LoadTableRow,
  median,
  percentile,
} from '@internal/plugin-fitsys-node';
import os from 'os';
import { REFERENCE_ARCHITECTURE_KINDS } from '../src/service/ReferenceArchitecturesService';
import {
  inProcessQueryRows,
  measureLibrary,
  measureReevaluate,
} from './library';
import { loadRoutes } from './load';
import { RATE, REQUESTS } from './options';
import { buildPages } from './seed';
import { listen } from './server';

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
  const { library, heap, runs, rules } = measureLibrary(kept, now);
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

  const { times, versionMoves } = measureReevaluate(kept, now);
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
  for (const row of inProcessQueryRows(library)) console.log(row);
  // What the load does not need, freed before it.
  pages.length = 0;
  entities = [];

  const { server, base } = await listen({
    kept,
    now,
    readMs: median(reads),
  });
  let rows: LoadTableRow[];
  try {
    heapUsedMb();
    rows = await loadRoutes(base);
  } finally {
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
