#!/usr/bin/env node
// Writes a deterministic synthetic catalog for the benchmarks: the same
// arguments always give byte-identical files. See docs/large-catalogs.md.
//   node scripts/generate-catalog.mjs --entities 50000 --seed 1 [--out DIR] [--file-size 250]
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Usage: node scripts/generate-catalog.mjs --entities N [options]

Writes N synthetic entities of a card-payments company (domains, systems,
components, APIs, resources, groups, users), in files of K entities, with
locations.yaml listing every file and summary.json with the counts.

  --entities N    entities to generate, 10 to 1,000,000 (required)
  --seed S        seed of the random generator, 0 to 4294967295 (default 1)
  --out DIR       output directory (default .data/synthetic-catalog)
  --file-size K   entities per file, 1 to 1,000,000 (default 250)
  --help          show this help
`;

// Flag, the option it sets, and its allowed range for integers.
const FLAGS = {
  '--entities': ['entities', 10, 1_000_000],
  '--seed': ['seed', 0, 4_294_967_295],
  '--file-size': ['fileSize', 1, 1_000_000],
  '--out': ['outDir'],
};

class UsageError extends Error {}

const format = number => number.toLocaleString('en-US');
const example = flag =>
  ({ '--entities': 50000, '--seed': 1, '--file-size': 250 }[flag] ?? 'DIR');

/** Parses argv into options, or throws a UsageError that says what to fix. */
function parseArgs(argv) {
  const options = { seed: 1, fileSize: 250 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    if (flag === '--help' || flag === '-h') return { help: true };
    if (!FLAGS[flag])
      throw new UsageError(
        `Unknown flag "${flag}": use --entities, --seed, --out, --file-size or --help.`,
      );
    const value = inline ?? argv[++i];
    if (value === undefined || value === '')
      throw new UsageError(
        `${flag} needs a value, e.g. ${flag} ${example(flag)}.`,
      );
    const [key, min, max] = FLAGS[flag];
    const number = Number(value);
    if (min === undefined) options[key] = path.resolve(value);
    else if (/^\d+$/.test(value) && number >= min && number <= max)
      options[key] = number;
    else {
      const allowed = `a whole number from ${format(min)} to ${format(max)}`;
      throw new UsageError(`${flag} must be ${allowed}, got "${value}".`);
    }
  }
  if (options.entities === undefined)
    throw new UsageError('--entities is required, e.g. --entities 50000.');
  options.outDir ??= path.join(root, '.data', 'synthetic-catalog');
  return options;
}

async function main() {
  const started = performance.now();
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\nRun with --help for usage.`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  let generator;
  try {
    generator = await import('./lib/catalog-generator.mjs');
  } catch (error) {
    // The yaml package comes with the repository's dependencies.
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error(`${error.message}\nRun \`yarn install\` in ${root} first.`);
    return 1;
  }
  const result = generator.generateCatalog(options);
  const { summary } = generator.writeCatalog(result, options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const list = counts =>
    Object.entries(counts)
      .filter(([key]) => key !== 'total')
      .map(([key, count]) => `${key} ${format(count)}`)
      .join(', ');
  const { entities, seed, kinds, relations, files, fileSize } = summary;
  const [total, out] = [format(entities), options.outDir];
  console.log(
    [
      `Generated ${total} entities (seed ${seed}) in ${seconds} s`,
      `  kinds:     ${list(kinds)}`,
      `  relations: ${format(relations.total)} (${list(relations)})`,
      `  files:     ${files} of up to ${fileSize} entities, and locations.yaml`,
      `  output:    ${out}`,
    ].join('\n'),
  );
  return 0;
}

process.exitCode = await main();
