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
//
// options.ts reads the flags, seed.ts makes the catalog, analysisRuns.ts and
// inProcess.ts measure in process, server.ts and pacedLoad.ts over HTTP,
// and report.ts prints.
import { heapUsedMb, median } from '@internal/plugin-fitsys-node';
import { isKept, measureAnalysis, readBackToBack } from './analysisRuns';
import { measureInProcess } from './inProcess';
import { readOptions } from './options';
import { benchRoutes, runPacedLoad } from './pacedLoad';
import {
  printAnalysis,
  printCatalog,
  printInProcess,
  printMachine,
  printPacedLoad,
} from './report';
import { componentPicker, seedCatalogPages, seedSettings } from './seed';
import { startBenchServer } from './server';

async function main() {
  const options = readOptions();
  printMachine();
  const { pages, relationCount, decode } = await seedCatalogPages(
    options.entities,
    options.page,
  );
  const { times: readsBackToBack, entities } = readBackToBack(decode);
  const kept = entities.filter(isKept);
  printCatalog({ entities, kept, relationCount, pages });

  const settings = seedSettings(kept, options.journeys);
  const figures = measureAnalysis({
    decode,
    entityCount: entities.length,
    kept,
    settings,
    runs: options.runs,
  });
  printAnalysis({
    figures,
    readsBackToBack,
    pageCount: pages.length,
    runs: options.runs,
  });
  if (options.analysisOnly) return;

  const { analysis } = figures;
  const pick = componentPicker(kept);
  const inProcess = measureInProcess({ analysis, entities, pick });
  printInProcess(inProcess);

  // Through the router, over HTTP on loopback.
  const server = await startBenchServer({
    kept,
    settings,
    readMs: median(figures.reads),
  });
  const { routes, whatIf } = benchRoutes({
    pick,
    topId: inProcess.top.id,
    count: options.requests + options.rate,
  });
  try {
    // The garbage of the steps above is collected before the load, not in it.
    heapUsedMb();
    const load = await runPacedLoad({
      server,
      routes,
      searched: whatIf,
      rate: options.rate,
      requests: options.requests,
    });
    printPacedLoad(load, options);
  } finally {
    server.close();
  }
}

main().catch(error => {
  console.error(error); // eslint-disable-line no-console
  process.exit(1);
});
