// The bench's catalog: the generator's synthetic entities, stitched as the
// catalog would store them, kept only as the catalog's pages of JSON.
import { Entity } from '@backstage/catalog-model';
import { withCatalogRelations } from '@internal/plugin-fitsys-node';
import { createHash } from 'crypto';
import path from 'path';
import { AnalysisSettings } from '../src/model/DependencyMapAnalysis';

/**
 * The relations the catalog would record from the generator's spec fields,
 * and the uid and etag it would give the entity (the etag a hash of the
 * entity, as the catalog's stitching makes it).
 */
function asCatalogEntity(entity: Entity, i: number): Entity {
  const stitched = withCatalogRelations(entity);
  return {
    ...stitched,
    metadata: {
      ...entity.metadata,
      uid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      etag: createHash('sha1').update(JSON.stringify(stitched)).digest('hex'),
    },
  };
}

/** The catalog as its pages of JSON, and how to read it from them. */
export interface CatalogPages {
  pages: string[];
  relationCount: number;
  /** Decodes every page: a new copy of the catalog each call. */
  decode(): Entity[];
}

/**
 * Generated, then kept only as the catalog's pages, as JSON: decoding them
 * is what reading costs, and the process holds one copy of the catalog
 * (the one read), as the backend does.
 */
export async function seedCatalogPages(
  total: number,
  pageSize: number,
): Promise<CatalogPages> {
  const generator = await import(
    path.resolve(__dirname, '../../../scripts/lib/catalog-generator.mjs')
  );
  const { pages, relationCount } = (() => {
    const generated: Entity[] = generator
      .generateCatalog({ entities: total, seed: 1 })
      .entities.map(asCatalogEntity);
    const list: string[] = [];
    for (let i = 0; i < generated.length; i += pageSize) {
      list.push(JSON.stringify(generated.slice(i, i + pageSize)));
    }
    return {
      pages: list,
      relationCount: generated.reduce(
        (n, e) => n + (e.relations?.length ?? 0),
        0,
      ),
    };
  })();
  return {
    pages,
    relationCount,
    decode: () => pages.flatMap(p => JSON.parse(p) as Entity[]),
  };
}

/**
 * The settings the analysis runs with: `count` journeys, each entering at
 * one to three tier-1 components picked deterministically.
 */
export function seedSettings(kept: Entity[], count: number): AnalysisSettings {
  const tier1 = kept.filter(
    e =>
      e.kind === 'Component' &&
      e.metadata.annotations?.['fitsys.dev/tier'] === '1',
  );
  const journeys = Array.from({ length: count }, (_, i) => ({
    name: `journey-${i}`,
    entries: [0, 1, 2]
      .slice(0, 1 + (i % 3))
      .map(
        k =>
          `component:default/${
            tier1[(i * 7919 + k * 104729) % tier1.length].metadata.name
          }`,
      ),
  }));
  return {
    journeys,
    failureDomainAvailability: { zone: 0.9999 },
  };
}

/**
 * The i-th component the bench asks about: a deterministic scatter over
 * every component, so that consecutive requests hit different parts of the
 * graph.
 */
export function componentPicker(kept: Entity[]): (i: number) => string {
  const componentRefs = kept
    .filter(e => e.kind === 'Component')
    .map(e => `component:default/${e.metadata.name}`);
  return (i: number) => componentRefs[(i * 2654435761) % componentRefs.length];
}
