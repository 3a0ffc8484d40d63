import {
  CatalogModelSources,
  compileCatalogModel,
  defaultCatalogEntityModel,
} from '@backstage/catalog-model/alpha';
import { boundedContextJsonSchema } from '@internal/plugin-domain-catalog-common';
import fs from 'fs';
import path from 'path';
import { boundedContextModelLayer } from './boundedContextModel';
import { catalogContractModelLayer } from './catalogContractModel';

/** The model as the catalog compiles it from the module's source. */
async function compiledAsTheCatalogDoes() {
  const source = CatalogModelSources.static([
    boundedContextModelLayer,
    catalogContractModelLayer,
  ]);
  const { value } = await source.read().next();
  return compileCatalogModel((value?.data ?? []).map(d => d.layer));
}

/** The annotations docs/catalog-contract.md lists, with the kinds it puts them on. */
function contractAnnotations(): string[] {
  const text = fs.readFileSync(
    path.resolve(__dirname, '../../../docs/catalog-contract.md'),
    'utf8',
  );
  return [...text.matchAll(/^\| `(fitsys\.dev\/[a-z-]+)`/gm)].map(m => m[1]);
}

describe('the BoundedContext model layer', () => {
  it('declares the kind, version and schema, reusing the domain catalog schema', async () => {
    const model = await compiledAsTheCatalogDoes();
    expect(model.listKinds()).toContainEqual({
      names: {
        kind: 'BoundedContext',
        singular: 'boundedcontext',
        plural: 'boundedcontexts',
      },
      description: expect.stringContaining(
        'A bounded context of domain-driven design',
      ),
      versions: [{ apiVersion: 'fitsys.dev/v1alpha1' }],
    });
    const kind = model.getKind({
      kind: 'BoundedContext',
      apiVersion: 'fitsys.dev/v1alpha1',
    })!;
    expect((kind.jsonSchema.properties as any).spec).toEqual(
      boundedContextJsonSchema.properties.spec,
    );
    expect(kind.jsonSchema.required).toEqual(
      expect.arrayContaining(['apiVersion', 'kind', 'metadata', 'spec']),
    );
  });

  it('makes relations from the fields that hold refs', async () => {
    const kind = (await compiledAsTheCatalogDoes()).getKind({
      kind: 'BoundedContext',
      apiVersion: 'fitsys.dev/v1alpha1',
    })!;
    expect(kind.relationFields).toEqual([
      {
        path: 'spec.owner',
        relation: 'ownedBy',
        defaultKind: 'Group',
        defaultNamespace: 'inherit',
        allowedKinds: ['Group', 'User'],
      },
      {
        path: 'spec.domain',
        relation: 'partOf',
        defaultKind: 'Domain',
        defaultNamespace: 'inherit',
        allowedKinds: ['Domain'],
      },
      {
        path: 'spec.implements',
        relation: 'implements',
        defaultKind: 'Domain',
        defaultNamespace: 'inherit',
        allowedKinds: ['Domain'],
      },
    ]);
  });

  it('declares every relation of a context, with its reverse', async () => {
    const model = await compiledAsTheCatalogDoes();
    const relations = model.getRelations({ kind: 'BoundedContext' })!;
    const pairs = relations.map(r => [
      r.forward.type,
      [...r.toKind].sort(),
      r.reverse.type,
    ]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['ownedBy', ['Group', 'User'], 'ownerOf'],
        ['partOf', ['Domain'], 'hasPart'],
        ['implements', ['Domain'], 'implementedBy'],
        ['downstreamOf', ['BoundedContext'], 'upstreamOf'],
        ['upstreamOf', ['BoundedContext'], 'downstreamOf'],
        ['partnerOf', ['BoundedContext'], 'partnerOf'],
        [
          'hasContextMember',
          ['API', 'Component', 'Resource', 'System'],
          'inContext',
        ],
      ]),
    );
    // The reverse directions reach the kind from the other side.
    expect(
      model
        .getRelations({ kind: 'Component' })!
        .find(r => r.forward.type === 'inContext')?.toKind,
    ).toEqual(['BoundedContext']);
    expect(
      model
        .getRelations({ kind: 'Group' })!
        .find(r => r.forward.type === 'ownerOf')?.toKind,
    ).toContain('BoundedContext');
  });

  it("leaves Backstage's own relations as Backstage describes them", async () => {
    const withLayer = (await compiledAsTheCatalogDoes()).listRelations();
    const without = compileCatalogModel([
      defaultCatalogEntityModel,
    ]).listRelations();
    for (const type of ['ownedBy', 'ownerOf', 'partOf', 'hasPart']) {
      const before = without.find(r => r.forward.type === type)!;
      const after = withLayer.find(r => r.forward.type === type)!;
      expect({ type, ...after, fromKind: [], toKind: [] }).toEqual({
        type,
        ...before,
        fromKind: [],
        toKind: [],
      });
    }
  });

  it('describes every annotation of the catalog contract, and no other', async () => {
    const declared = (await compiledAsTheCatalogDoes())
      .getMetadata()
      .annotations.filter(a => a.name.startsWith('fitsys.dev/'));
    const listed = contractAnnotations();
    expect(listed.length).toBeGreaterThanOrEqual(11);
    expect(declared.map(a => a.name).sort()).toEqual([...listed].sort());
    for (const annotation of declared) {
      expect(annotation.title).toBeTruthy();
      expect(annotation.description).toMatch(/^On an? [A-Z]/);
    }
  });

  it('compiles beside a second copy of the same layers, as two modules registering them would', () => {
    expect(() =>
      compileCatalogModel([
        boundedContextModelLayer,
        catalogContractModelLayer,
        defaultCatalogEntityModel,
        catalogContractModelLayer,
      ]),
    ).not.toThrow();
  });
});
