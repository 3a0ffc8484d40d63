#!/usr/bin/env node
// Validates the app-config files the portal is about to start with: first
// against the config schemas of every installed plugin (types), then the
// values the portal needs (scripts/lib/config-checks.mjs). Prints one line per
// problem, naming the setting, and exits 1 so start-up stops right there.
//   node scripts/check-config.mjs --config app-config.yaml [--config ...]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPortalConfig } from './lib/config-checks.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const { ConfigSources } = require('@backstage/config-loader');
const { loadConfigSchema } = require('@backstage/config-loader');

// Plugins' schemas lag behind options they accept; these are not mistakes.
const KNOWN_SCHEMA_GAPS = [/omitTechdocsCorePlugin/];

async function main(argv) {
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--config' && argv[i + 1])
      files.push(path.resolve(root, argv[++i]));
    else {
      console.error(
        `Unknown argument "${argv[i]}": use --config <file> (repeatable)`,
      );
      return 2;
    }
  }
  if (files.length === 0) files.push(path.join(root, 'app-config.yaml'));

  // A file that does not parse is named with the line and column at fault.
  const YAML = require('yaml');
  for (const file of files) {
    try {
      YAML.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      console.error(
        `${path.relative(root, file)} is not valid YAML: ${
          error.message.split('\n')[0]
        }`,
      );
      return 1;
    }
  }

  const problems = [];
  let configs;
  try {
    const source = ConfigSources.default({
      argv: files.flatMap(f => ['--config', f]),
      rootDir: root,
    });
    configs = await ConfigSources.toConfig(source).then(config => [
      { context: 'merged', data: config.get() },
    ]);
  } catch (error) {
    // Unparsable YAML or a missing environment variable: the loader's message
    // names the file and the setting.
    console.error(`Configuration error: ${error.message}`);
    return 1;
  }

  const schema = await loadConfigSchema({
    dependencies: ['backend', 'app'],
    packagePaths: [path.join(root, 'package.json')],
  });
  try {
    schema.process(configs, { strict: true });
  } catch (error) {
    for (const line of String(error.message).split('\n')) {
      const match = /^\s*Config (.+) at (\/\S*)/.exec(line);
      if (!match || KNOWN_SCHEMA_GAPS.some(gap => gap.test(line))) continue;
      const setting = match[2].slice(1).replace(/\//g, '.');
      problems.push(`${setting}: ${match[1]}`);
    }
  }

  problems.push(
    ...checkPortalConfig(configs[0].data, {
      backendDir: path.join(root, 'packages/backend'),
    }),
  );
  if (problems.length > 0) {
    console.error(
      `The app-config (${files
        .map(f => path.relative(root, f))
        .join(', ')}) has problems; fix these and start again:`,
    );
    for (const p of problems) console.error(`  - ${p}`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  code => process.exit(code),
  error => {
    console.error(error.stack ?? String(error));
    process.exit(1);
  },
);
