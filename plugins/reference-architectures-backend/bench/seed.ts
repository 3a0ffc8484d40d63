import { Entity } from '@backstage/catalog-model';
import { catalogRef } from '@internal/plugin-fitsys-node';
import { ReferenceArchitectureEntity } from '@internal/plugin-reference-architectures-common';
import path from 'path';
import { ADOPTERS, PAGE, SERIES, TOTAL } from './options';

// The bench's catalog: the generator's synthetic entities, the reference
// architectures, and the adopters' annotations.

/** The relations the catalog would record, both ways, from the spec fields. */
function withRelations(entities: Entity[]): Entity[] {
  const selfOf = (e: Entity) =>
    `${e.kind}:default/${e.metadata.name}`.toLowerCase();
  const reverse = new Map<string, { type: string; targetRef: string }[]>();
  const out = entities.map(entity => {
    const spec = (entity.spec ?? {}) as Record<string, unknown>;
    const relations: { type: string; targetRef: string }[] = [];
    const add = (
      type: string,
      values: unknown,
      kind: string,
      back?: string,
    ) => {
      for (const v of [values].flat()) {
        if (typeof v !== 'string') continue;
        const target = catalogRef(v, kind);
        relations.push({ type, targetRef: target });
        if (back) {
          const list = reverse.get(target) ?? [];
          list.push({ type: back, targetRef: selfOf(entity) });
          reverse.set(target, list);
        }
      }
    };
    add('ownedBy', spec.owner, 'group');
    add('partOf', spec.system, 'system', 'hasPart');
    add('dependsOn', spec.dependsOn, 'component');
    add('consumesApi', spec.consumesApis, 'api');
    add('providesApi', spec.providesApis, 'api');
    return { ...entity, relations };
  });
  for (const entity of out) {
    entity.relations!.push(...(reverse.get(selfOf(entity)) ?? []));
  }
  return out;
}

/** Version `major`.0.0 of series `i`, with six rules over three levels. */
function architecture(i: number, major: number): ReferenceArchitectureEntity {
  const series = `architecture-${i}`;
  return {
    apiVersion: 'fitsys.dev/v1alpha1',
    kind: 'ReferenceArchitecture',
    metadata: {
      name: major === 2 ? series : `${series}-${major}`,
      namespace: 'default',
      title: `Architecture ${i}`,
      tags: [`family-${i % 10}`],
    },
    spec: {
      owner: 'group:default/platform-team',
      series,
      version: `${major}.0.0`,
      lifecycle: major === 2 ? 'recommended' : 'deprecated',
      problem: `Problem ${i}.`,
      solution: `Solution ${i}, version ${major}.`,
      qualityAttributes: {
        availability: { rating: 1 + (i % 5), tradeoff: 'Some.' },
        cost: { rating: 1 + ((i + 2) % 5), tradeoff: 'Some.' },
      },
      levels: ['bronze', 'silver', 'gold'],
      rules: [
        {
          id: 'db',
          title: 'Own database',
          severity: 'error',
          level: 'bronze',
          check: { dependsOn: { kind: 'Resource' } },
        },
        {
          id: 'team',
          title: 'Team owned',
          severity: 'error',
          level: 'bronze',
          check: { ownerIsTeam: true },
        },
        {
          id: 'api',
          title: 'Provides an API',
          severity: 'warning',
          level: 'silver',
          check: { providesApi: {} },
        },
        {
          id: 'deps',
          title: 'Few dependencies',
          severity: 'warning',
          level: 'silver',
          check: { maxDependencies: 5 },
        },
        {
          id: 'docs',
          title: 'TechDocs',
          severity: 'info',
          level: 'gold',
          check: { annotation: 'backstage.io/techdocs-ref' },
        },
        {
          id: 'tag',
          title: 'Tagged',
          severity: 'info',
          level: 'gold',
          check: { filter: { 'metadata.tags': { $contains: 'platform' } } },
        },
      ],
    },
  } as ReferenceArchitectureEntity;
}

/** The synthetic catalog with its architectures and adopters, as the catalog's pages of JSON. */
export async function buildPages() {
  const generator = await import(
    path.resolve(__dirname, '../../../scripts/lib/catalog-generator.mjs')
  );
  const generated: Entity[] = withRelations(
    generator.generateCatalog({ entities: TOTAL, seed: 1 }).entities,
  );
  // Every system adopts, then components until ADOPTERS, round-robin over
  // the series; one in five on the older version.
  let adopters = 0;
  for (const kind of ['System', 'Component']) {
    for (const entity of generated) {
      if (entity.kind !== kind || adopters >= ADOPTERS) continue;
      const i = adopters % SERIES;
      entity.metadata.annotations = {
        ...entity.metadata.annotations,
        'fitsys.dev/reference-architecture': `architecture-${i}`,
        'fitsys.dev/reference-architecture-version':
          adopters % 5 === 0 ? '1.0.0' : '2.0.0',
      };
      adopters++;
    }
  }
  const architectures = Array.from({ length: SERIES }, (_, i) => [
    architecture(i, 1),
    architecture(i, 2),
  ]).flat();
  const all = [...generated, ...architectures];
  const pages: string[] = [];
  for (let i = 0; i < all.length; i += PAGE) {
    pages.push(JSON.stringify(all.slice(i, i + PAGE)));
  }
  return { pages, adopters, architectureCount: architectures.length };
}
