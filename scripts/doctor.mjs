#!/usr/bin/env node
// `./fitsys doctor` (or `yarn doctor`): checks this machine and the running
// portal, in the spirit of `brew doctor`, and prints one line to fix each
// failure. Look here first when `./fitsys start` or `./fitsys test` fails.
//   ./fitsys doctor [--config app-config.yaml ...] [--as <demo user>]
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as checks from './lib/doctor-checks.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRoot = createRequire(path.join(root, 'package.json'));
const backendDir = path.join(root, 'packages/backend');

function parseArgs(argv) {
  const options = { configs: [], demoUser: 'alex.morgan' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--config' && argv[i + 1])
      options.configs.push(path.resolve(argv[++i]));
    else if (argv[i] === '--as' && argv[i + 1]) options.demoUser = argv[++i];
    else
      throw new Error(
        `Unknown argument "${argv[i]}": use --config <file> or --as <user>`,
      );
  }
  // The same configs as `./fitsys start`; pass --config to check others
  // (e.g. app-config.postgres.yaml after `./fitsys start --postgres`).
  if (options.configs.length === 0) {
    options.configs.push(
      path.join(root, 'app-config.yaml'),
      path.join(root, 'app-config.demo.yaml'),
    );
  }
  return options;
}

function yarnVersion() {
  try {
    return execFileSync('yarn', ['--version'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

async function loadConfig(files) {
  const { ConfigSources } = requireFromRoot('@backstage/config-loader');
  const source = ConfigSources.default({
    argv: files.flatMap(f => ['--config', f]),
    rootDir: root,
  });
  return (await ConfigSources.toConfig(source)).get();
}

function print(result) {
  const mark = result.ok ? '\u2714' : '\u2718';
  console.log(`${mark} ${result.name}: ${result.detail}`);
  if (!result.ok) console.log(`    fix: ${result.fix}`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const results = [];
  const run = async check => {
    const result = await check;
    results.push(result);
    print(result);
    return result;
  };

  await run(checks.checkNode());
  await run(checks.checkYarn(yarnVersion()));
  const deps = await run(checks.checkDependencies(root));
  if (deps.ok) await run(checks.checkNativeModules(requireFromRoot));
  await run(checks.checkMkdocs());
  await run(
    checks.checkCommand(
      'Chromium (browser tests)',
      process.env.FITSYS_CHROMIUM ?? 'chromium',
      ['--version'],
      'apt-get install chromium, or set FITSYS_CHROMIUM to a Chromium binary',
    ),
  );

  let config;
  if (deps.ok) {
    try {
      execFileSync(
        process.execPath,
        [
          path.join(root, 'scripts/check-config.mjs'),
          ...options.configs.flatMap(f => ['--config', f]),
        ],
        { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
      );
      config = await loadConfig(options.configs);
      await run({ ok: true, name: 'app-config', detail: 'valid' });
    } catch (error) {
      const detail = String(error.stderr ?? error.message)
        .trim()
        .split('\n')
        .slice(0, 4)
        .join(' ');
      await run({
        ok: false,
        name: 'app-config',
        detail,
        fix: 'correct the settings named above; node scripts/check-config.mjs lists them all',
      });
    }
  }
  if (config) {
    await run(checks.checkDatabase(config, { backendDir, requireFromRoot }));
    const baseUrl = config.backend?.baseUrl ?? 'http://localhost:7007';
    const backend = await run(checks.checkBackend(baseUrl));
    if (backend.ok)
      await run(checks.checkCatalog(baseUrl, { demoUser: options.demoUser }));
  }

  const failed = results.filter(r => !r.ok).length;
  console.log(
    failed === 0
      ? '\nEverything looks fine.'
      : `\n${failed} problem${
          failed > 1 ? 's' : ''
        } found; each has a fix line above.`,
  );
  return failed === 0 ? 0 : 1;
}

main().then(
  code => process.exit(code),
  error => {
    console.error(error.message);
    process.exit(2);
  },
);
