import { benchArg } from '@internal/plugin-fitsys-node';

/** The bench's command-line options; see run.ts for their use. */
export interface BenchOptions {
  /** Entities the generator makes (`--entities`). */
  entities: number;
  /** Paced requests a second through the router (`--rate`). */
  rate: number;
  /** Measured requests of each paced route (`--requests`). */
  requests: number;
  /** Journeys in the settings (`--journeys`). */
  journeys: number;
  /** Runs of the read and of the analysis; the median and the best are shown (`--runs`). */
  runs: number;
  /** Entities a page of the catalog holds, as the catalog client reads them. */
  page: number;
  /** The read and the analysis only, no HTTP (`--analysis-only`). */
  analysisOnly: boolean;
}

export function readOptions(argv: readonly string[] = process.argv) {
  const options: BenchOptions = {
    entities: benchArg('entities', 50_000, argv),
    rate: benchArg('rate', 200, argv),
    requests: benchArg('requests', 2000, argv),
    journeys: benchArg('journeys', 20, argv),
    runs: benchArg('runs', 7, argv),
    page: 1000,
    analysisOnly: argv.includes('--analysis-only'),
  };
  return options;
}
