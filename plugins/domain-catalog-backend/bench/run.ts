/* eslint-disable no-console */
// Benchmark of the domain catalog on a synthetic catalog at the design's
// scale: 50,000 entities, 500 bounded contexts, 5,000 glossary terms.
// Prints the snapshot's timings, then for each route the paced (open-loop)
// p50 / p99 at a few rates, the highest paced rate whose p99 keeps the
// target, and beside them the closed-loop figures (1 and --clients clients
// back to back, which measure the machine more than the code), loaded by
// the Fit Systems harness (@internal/plugin-fitsys-node) from a worker
// thread. Asserts nothing. Run: yarn workspace
// @internal/plugin-domain-catalog-backend bench [--entities N]
//   [--contexts 500] [--terms-per-context 10] [--requests 1000]
//   [--clients 10] (closed-loop clients, and the paced rows' bound in flight)
//   [--paces 100,400] (requests a second offered, for the paced rows)
//   [--target 100] (p99 ms each route is judged against: a placeholder, the
//     design sets none for these routes)
//   [--warm-up 1] (seconds of unmeasured requests before each row)
//   [--trial 2] (seconds measured per rate tried in the search)
//   [--search 20] (seconds at most per route for that search)
//   [--route <part of its name>] (only the routes whose name has it)
//   [--quick] (shorter warm-ups, trials and searches, fewer requests)
//   [--bad-input [N]] (instead of the load: N bad requests per route, 1000 by
//     default, generated from src/schema/openapi.yaml as the property test
//     does; prints per route the 4xx, 5xx and 2xx answers, any wrong one
//     with its request, and the slowest answer; --route filters by
//     operationId or `METHOD /path`)
//
// options.ts reads the flags, seed.ts makes the catalog, server.ts serves
// it, load.ts loads the routes, and badInput.ts sends bad requests instead.
import { parseEntityRef } from '@backstage/catalog-model';
import { formatTable } from '@internal/plugin-fitsys-node';
import os from 'os';
import { analyseDrift } from '../src/model/drift';
import { badInput } from './badInput';
import { benchRoutes, loadRoutes } from './load';
import { BAD_INPUT } from './options';
import { syntheticCatalog } from './seed';
import { benchService, listen } from './server';

async function main() {
  console.log(
    `Domain catalog benchmark on ${os.cpus().length} × ${
      os.cpus()[0]?.model
    } (${Math.round(os.totalmem() / 2 ** 30)} GiB), Node ${process.version}`,
  );
  let t = performance.now();
  const entities = await syntheticCatalog();
  console.log(
    `synthetic catalog: ${entities.length} entities, generated in ${(
      performance.now() - t
    ).toFixed(0)} ms`,
  );

  const bench = benchService(entities);
  const { service, credentials } = bench;
  t = performance.now();
  const snapshot = await service.get(credentials);
  const total = performance.now() - t;
  const runs = [];
  for (let i = 0; i < (BAD_INPUT ? 1 : 5); i++) {
    t = performance.now();
    analyseDrift(snapshot.model, { sharedResourceTypes: ['database'] });
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  const terms = snapshot.glossary.size;
  console.log(
    `contexts: ${snapshot.model.contexts.size}, terms: ${terms}, context-map edges: ${snapshot.model.edges.length}, drift findings: ${snapshot.drift.findings.length}`,
  );
  console.log('');
  console.log('| step | time |');
  console.log('| --- | --- |');
  console.log(
    `| snapshot: model + drift + glossary index, ${
      entities.length
    } entities | ${total.toFixed(0)} ms |`,
  );
  console.log(`| of which model | ${snapshot.timings.model.toFixed(0)} ms |`);
  console.log(
    `| of which whole-map drift analysis | ${snapshot.timings.drift.toFixed(
      0,
    )} ms (median of ${runs.length} more runs: ${runs[
      Math.floor(runs.length / 2)
    ].toFixed(0)} ms) |`,
  );
  console.log(
    `| of which glossary index | ${snapshot.timings.glossary.toFixed(0)} ms |`,
  );

  const { server, base } = await listen(bench);
  const someContext = [...snapshot.model.contexts.values()][
    42 % snapshot.model.contexts.size
  ].summary;
  if (BAD_INPUT) {
    const member = entities.find(
      e =>
        e.kind === 'Component' &&
        e.metadata.annotations?.['fitsys.dev/bounded-context'],
    );
    try {
      await badInput(base, {
        namespace: 'default',
        name: someContext.name,
        'getDomainContexts.name': parseEntityRef(someContext.domain).name,
        'getEntityContext.name': member?.metadata.name ?? someContext.name,
      });
    } finally {
      server.close();
    }
    return;
  }
  const routes = benchRoutes({
    contexts: snapshot.model.contexts.size,
    domain: someContext.domain,
    ref: someContext.ref,
    name: someContext.name,
  });
  const rows = await loadRoutes(base, routes);
  console.log(formatTable(rows));
  server.close();
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
