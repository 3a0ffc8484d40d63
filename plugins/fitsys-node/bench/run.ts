/* eslint-disable no-console */
// Benchmark of the shared catalog snapshot at the design's scale (50,000
// entities): how long one read takes page by page (each page through JSON,
// as the catalog client decodes it), how much memory the snapshot keeps, and
// what applying a caller's conditional decision to it costs. Prints the
// figures; asserts nothing.
// Run: yarn workspace @internal/plugin-fitsys-node bench [--entities 50000]
import { PermissionsService } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import os from 'os';
import path from 'path';
import { CatalogReader, SharedCatalogSnapshot } from '../src/catalog';
import {
  benchArg,
  formatFigure,
  heapUsedMb,
  withCatalogRelations,
} from '../src/bench';
import { CatalogVisibility } from '../src/catalog/visibility';

const TOTAL = benchArg('entities', 50_000);
const PAGE = benchArg('page-size', 1000);

const ms = (from: number) => performance.now() - from;

async function main() {
  const generator = await import(
    path.resolve(__dirname, '../../../scripts/lib/catalog-generator.mjs')
  );
  const baseline = heapUsedMb();
  const { entities: generated } = generator.generateCatalog({
    entities: TOTAL,
    seed: 1,
  });
  // The catalog's pages as JSON text: the server's answer before the client decodes it.
  const pages: string[] = [];
  for (let i = 0; i < generated.length; i += PAGE) {
    pages.push(
      JSON.stringify(
        generated
          .slice(i, i + PAGE)
          .map((e: Entity) => withCatalogRelations(e)),
      ),
    );
  }
  const wireMb = pages.reduce((n, p) => n + p.length, 0) / 2 ** 20;
  generated.length = 0;
  const reader: CatalogReader = async function* read() {
    for (const page of pages) yield JSON.parse(page) as Entity[];
  };
  const beforeRead = heapUsedMb();

  const shared = new SharedCatalogSnapshot({ pageSize: PAGE });
  shared.useReader(reader);
  shared.declare('domain-catalog', { kinds: undefined, fields: ['spec'] });
  shared.declare('dependency-map', { kinds: undefined, fields: ['spec'] });
  const reads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await shared.refresh();
    reads.push(ms(t));
  }
  const snapshot = await shared.current();
  const afterRead = heapUsedMb();
  const kept = afterRead - beforeRead;

  const answer: { decision?: unknown } = {};
  const permissions = {
    authorizeConditional: async () => [answer.decision],
  } as unknown as PermissionsService;
  const visibility = new CatalogVisibility({
    permissions,
    readVisibleRefs: async () => new Set(),
  });
  const user = mockCredentials.user('user:default/jane');
  const teams = [
    ...new Set(
      snapshot.entities
        .flatMap(e => e.relations ?? [])
        .filter(r => r.type === 'ownedBy')
        .map(r => r.targetRef),
    ),
  ];
  answer.decision = createCatalogConditionalDecision(
    catalogEntityReadPermission,
    {
      not: catalogConditions.isEntityOwner({ claims: teams.slice(0, 10) }),
    },
  );
  let t = performance.now();
  const view = await visibility.view(snapshot, user);
  const firstView = ms(t);
  t = performance.now();
  await visibility.view(snapshot, mockCredentials.user('user:default/other'));
  const cachedView = ms(t);
  const afterView = heapUsedMb();

  const cpu = os.cpus()[0];
  console.log(
    `Shared catalog snapshot, ${formatFigure(TOTAL)} entities (${formatFigure(
      snapshot.entities.reduce((n, e) => n + (e.relations?.length ?? 0), 0),
    )} relations), pages of ${PAGE}`,
  );
  console.log(
    `Machine: ${os.cpus().length} x ${cpu?.model ?? 'unknown CPU'}, Node ${
      process.version
    }`,
  );
  console.log('');
  console.log('| figure | value |');
  console.log('| --- | --: |');
  console.log(
    `| the catalog's answer as JSON | ${formatFigure(wireMb, 1)} MB |`,
  );
  console.log(
    `| one read, decoding every page (5 reads: min / median / max) | ${formatFigure(
      Math.min(...reads),
    )} / ${formatFigure([...reads].sort((a, b) => a - b)[2])} / ${formatFigure(
      Math.max(...reads),
    )} ms |`,
  );
  console.log(
    `| heap kept by the snapshot (entities and ref index) | ${formatFigure(
      kept,
      1,
    )} MB |`,
  );
  console.log(
    `| the same for three plugins that each kept their own copy | ${formatFigure(
      kept * 3,
      1,
    )} MB |`,
  );
  console.log(
    `| a caller's conditional decision over the snapshot, first time | ${formatFigure(
      firstView,
      1,
    )} ms (${formatFigure(view.entities.length)} of ${formatFigure(
      snapshot.entities.length,
    )} visible) |`,
  );
  console.log(
    `| the same conditions for another caller (cached view) | ${formatFigure(
      cachedView,
      2,
    )} ms |`,
  );
  console.log(
    `| heap added by that view | ${formatFigure(
      afterView - afterRead,
      1,
    )} MB |`,
  );
  console.log(
    `| heap before reading (the generator's pages included) | ${formatFigure(
      beforeRead - baseline,
      1,
    )} MB |`,
  );
  if (!('gc' in globalThis))
    console.log('\n(run with --expose-gc for steady heap figures)');
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
