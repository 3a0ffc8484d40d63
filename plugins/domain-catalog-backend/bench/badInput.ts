/* eslint-disable no-console */
import {
  fetchSender,
  formatBadInputTable,
  runBadInput,
} from '@internal/plugin-fitsys-node';
import fs from 'fs';
import path from 'path';
import YAML from 'yaml';
import { BAD_INPUT, ROUTE, SEED } from './options';

/**
 * --bad-input: every route sent bad requests generated from the OpenAPI
 * document, each judged as the property test judges it.
 */
export async function badInput(base: string, values: Record<string, string>) {
  const document = YAML.parse(
    fs.readFileSync(path.join(__dirname, '../src/schema/openapi.yaml'), 'utf8'),
  );
  // --route: the operations whose id or `METHOD /path` holds it.
  const operations = Object.entries<any>(document.paths).flatMap(
    ([route, item]) =>
      Object.entries<any>(item)
        .filter(
          ([method, op]) =>
            op?.operationId &&
            `${op.operationId} ${method.toUpperCase()} ${route}`.includes(
              ROUTE,
            ),
        )
        .map(([, op]) => op.operationId as string),
  );
  console.log('');
  console.log(
    `Bad input: ${BAD_INPUT} requests a route, generated from the OpenAPI document (valid but for one thing each), one at a time; ` +
      "each answer must be a 4xx with Backstage's error body and a message naming what was broken (413 for a body over 2 MB).",
  );
  const started = performance.now();
  const stats = await runBadInput({
    document,
    send: fetchSender({ baseUrl: base }),
    numRuns: BAD_INPUT,
    seed: SEED,
    jsonLimitBytes: 2 * 1024 * 1024,
    values,
    operations,
  });
  console.log(
    `${stats.reduce((n, s) => n + s.cases, 0)} bad requests in ${(
      (performance.now() - started) /
      1000
    ).toFixed(1)} s`,
  );
  console.log(formatBadInputTable(stats));
}
