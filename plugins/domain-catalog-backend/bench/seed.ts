import { Entity, parseEntityRef } from '@backstage/catalog-model';
import path from 'path';
import { CONTEXTS, TERMS_PER_CONTEXT, TOTAL } from './options';

// The bench's catalog: the generator's synthetic entities, with bounded
// contexts and glossary terms added.

const WORDS =
  'account authorisation balance batch card chargeback clearing customer decision device dispute entry fee file holder instruction invoice issuer journal key ledger limit mandate merchant model network order payment payout posting refund report risk rule scheme score settlement statement terminal token transaction transfer wallet'.split(
    ' ',
  );

function refOf(value: string, kind: string) {
  const r = parseEntityRef(value, {
    defaultKind: kind,
    defaultNamespace: 'default',
  });
  return `${r.kind}:${r.namespace}/${r.name}`.toLocaleLowerCase('en-US');
}

/** The generator's catalog, with 500 contexts and the relations the catalog would record. */
export async function syntheticCatalog(): Promise<Entity[]> {
  const generatorPath = path.resolve(
    __dirname,
    '../../../scripts/lib/catalog-generator.mjs',
  );
  const { generateCatalog } = await import(generatorPath);
  const { entities } = generateCatalog({
    entities: TOTAL - CONTEXTS,
    seed: 7,
  }) as { entities: Entity[] };
  const systems = entities.filter(e => e.kind === 'System');
  const contextOf = new Map<string, string>();
  systems.forEach((s, i) =>
    contextOf.set(s.metadata.name, systems[i % CONTEXTS].metadata.name),
  );
  const providers = new Map<string, string[]>();
  for (const e of entities) {
    e.metadata.namespace = 'default';
    const annotations = e.metadata.annotations ?? {};
    const claimed = annotations['fitsys.dev/bounded-context'];
    if (claimed)
      annotations['fitsys.dev/bounded-context'] =
        contextOf.get(claimed) ?? claimed;
    const spec = (e.spec ?? {}) as any;
    const self = refOf(`${e.kind}:${e.metadata.name}`, e.kind);
    e.relations = [
      ...((spec.consumesApis ?? []) as string[]).map(t => ({
        type: 'consumesApi',
        targetRef: refOf(t, 'api'),
      })),
      ...((spec.dependsOn ?? []) as string[]).map(t => ({
        type: 'dependsOn',
        targetRef: refOf(t, 'component'),
      })),
    ];
    for (const api of (spec.providesApis ?? []) as string[]) {
      const list = providers.get(refOf(api, 'api')) ?? [];
      list.push(self);
      providers.set(refOf(api, 'api'), list);
    }
  }
  for (const e of entities) {
    if (e.kind !== 'API') continue;
    const self = refOf(`api:${e.metadata.name}`, 'api');
    e.relations = (providers.get(self) ?? []).map(p => ({
      type: 'apiProvidedBy',
      targetRef: p,
    }));
  }
  let seed = 11;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const names = systems.slice(0, CONTEXTS).map(s => s.metadata.name);
  const contexts: Entity[] = systems.slice(0, CONTEXTS).map((s, i) => ({
    apiVersion: 'fitsys.dev/v1alpha1',
    kind: 'BoundedContext',
    metadata: {
      name: s.metadata.name,
      namespace: 'default',
      title: s.metadata.title,
    },
    spec: {
      owner: (s.spec as any).owner,
      domain: (s.spec as any).domain,
      purpose: `Purpose of ${s.metadata.name}.`,
      terms: Array.from({ length: TERMS_PER_CONTEXT }, (_, t) => {
        // Every tenth term is shared with other contexts, as real languages overlap.
        const word =
          t === 0 ? pick(WORDS) : `${pick(WORDS)} ${pick(WORDS)} ${i}-${t}`;
        return {
          term: word,
          definition: `What ${word} means in ${s.metadata.name}: ${pick(
            WORDS,
          )} and ${pick(WORDS)}.`,
          aliases: [`${word} alias`],
        };
      }),
      relationships: Array.from({ length: 3 }, () => {
        const role = pick(['upstream', 'downstream', 'partner'] as const);
        const patterns = {
          upstream: ['open-host-service'],
          downstream: ['anticorruption-layer'],
          partner: ['partnership'],
        }[role];
        return {
          context: pick(names.filter(n => n !== s.metadata.name)),
          role,
          patterns,
        };
      }),
    },
  }));
  return [...entities, ...contexts];
}
