import { Entity } from '@backstage/catalog-model';
import { architecture, entity } from '../__fixtures__/architecture';
import { evaluateConformance } from './evaluate';
import { neighbourhoodOf } from './neighbourhood';

// A system with two components, a database of its own, one shared resource
// outside it, an API it provides, and an owner; hand-built relations.
function catalog(
  overrides: {
    dbType?: string;
    extraDependency?: string;
    ownerType?: string;
  } = {},
) {
  const entities: Entity[] = [
    entity('system:default/orders', {
      annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
      tags: ['java'],
      labels: { tier: '1' },
      relations: [
        ['ownedBy', 'group:default/orders-team'],
        ['hasPart', 'component:default/orders-api'],
        ['hasPart', 'component:default/orders-worker'],
        ['hasPart', 'resource:default/orders-db'],
      ],
    }),
    entity('component:default/orders-api', {
      lifecycle: 'production',
      relations: [
        ['dependsOn', 'resource:default/orders-db'],
        ['dependsOn', 'resource:default/identity'],
        ['providesApi', 'api:default/orders-events'],
        ...(overrides.extraDependency
          ? [['dependsOn', overrides.extraDependency] as [string, string]]
          : []),
      ],
    }),
    entity('component:default/orders-worker', {
      lifecycle: 'experimental',
      relations: [
        ['dependsOn', 'resource:default/orders-db'],
        ['consumesApi', 'api:default/payments'],
      ],
    }),
    entity('resource:default/orders-db', {
      type: overrides.dbType ?? 'database',
    }),
    entity('resource:default/identity', { type: 'identity-provider' }),
    entity('api:default/orders-events', { type: 'asyncapi' }),
    entity('api:default/payments', { type: 'openapi' }),
    entity('group:default/orders-team', {
      type: overrides.ownerType ?? 'team',
    }),
  ];
  const byRef = new Map(
    entities.map(e => [
      `${e.kind}:${e.metadata.namespace}/${e.metadata.name}`.toLowerCase(),
      e,
    ]),
  );
  return neighbourhoodOf(entities[0], ref => byRef.get(ref));
}

const rule = (check: unknown, extra: Record<string, unknown> = {}) => ({
  id: 'r',
  title: 'R',
  severity: 'error',
  check,
  ...extra,
});
const passes = (check: unknown, n = catalog()) =>
  evaluateConformance({ rules: [rule(check) as any] }, n).results[0].passed;

describe('neighbourhoodOf', () => {
  it("takes a system's parts as members and their dependencies once each", () => {
    const n = catalog();
    expect(n.members.map(m => m.metadata.name)).toEqual([
      'orders',
      'orders-api',
      'orders-worker',
      'orders-db',
    ]);
    expect(n.dependencies.map(d => d.ref)).toEqual([
      'resource:default/orders-db',
      'resource:default/identity',
    ]);
    expect(n.externalDependencies.map(d => d.ref)).toEqual([
      'resource:default/identity',
    ]);
    expect(n.owner?.ref).toBe('group:default/orders-team');
  });
});

describe('evaluateConformance', () => {
  it('evaluates each kind of check against a known neighbourhood', () => {
    expect(passes({ dependsOn: { kind: 'Resource', type: 'database' } })).toBe(
      true,
    );
    expect(
      passes(
        { dependsOn: { kind: 'Resource', type: 'database' } },
        catalog({ dbType: 'cache' }),
      ),
    ).toBe(false);
    expect(passes({ dependsOn: { entity: 'resource:identity' } })).toBe(true);
    expect(
      passes({ notDependsOn: { entity: 'resource:default/legacy-oracle' } }),
    ).toBe(true);
    expect(
      passes(
        { notDependsOn: { entity: 'resource:default/legacy-oracle' } },
        catalog({ extraDependency: 'resource:default/legacy-oracle' }),
      ),
    ).toBe(false);
    expect(passes({ providesApi: { type: 'asyncapi' } })).toBe(true);
    expect(passes({ providesApi: { type: 'grpc' } })).toBe(false);
    expect(passes({ consumesApi: {} })).toBe(true);
    expect(passes({ annotation: 'backstage.io/techdocs-ref' })).toBe(true);
    expect(passes({ annotation: 'pagerduty.com/service-id' })).toBe(false);
    expect(passes({ tag: 'Java' })).toBe(true);
    expect(passes({ label: { key: 'tier', value: '1' } })).toBe(true);
    expect(passes({ label: { key: 'tier', value: '2' } })).toBe(false);
    expect(passes({ maxDependencies: 1 })).toBe(true);
    expect(
      passes(
        { maxDependencies: 1 },
        catalog({ extraDependency: 'resource:default/cache' }),
      ),
    ).toBe(false);
    expect(passes({ lifecycle: ['production'] })).toBe(false);
    expect(passes({ lifecycle: ['production', 'experimental'] })).toBe(true);
    expect(passes({ ownerIsTeam: true })).toBe(true);
    expect(
      passes({ ownerIsTeam: true }, catalog({ ownerType: 'department' })),
    ).toBe(false);
    expect(
      passes({
        filter: { kind: 'system', 'metadata.tags': { $contains: 'java' } },
      }),
    ).toBe(true);
    expect(passes({ filter: { kind: 'component' } })).toBe(false);
  });

  it('says what was found and what would fix a failure', () => {
    const [result] = evaluateConformance(
      {
        rules: [
          rule({
            notDependsOn: { entity: 'resource:default/legacy-oracle' },
          }) as any,
        ],
      },
      catalog({ extraDependency: 'resource:default/legacy-oracle' }),
    ).results;
    expect(result).toMatchObject({
      passed: false,
      check: 'does not depend on resource:default/legacy-oracle',
      found: 'depends on resource:default/legacy-oracle',
      fix: 'Remove resource:default/legacy-oracle from spec.dependsOn.',
    });
  });

  it('weights the score by severity and reaches the highest level whose rules all pass', () => {
    // The fixture's rules: bronze (error) passes, silver's error passes and
    // its warning (an AsyncAPI) passes, the info (docs annotation) passes.
    const all = evaluateConformance(architecture().spec, catalog());
    expect(all).toMatchObject({
      score: 100,
      level: 'silver',
      passed: 4,
      failed: 0,
    });
    expect(all.nextLevel).toBeUndefined();

    // The legacy database breaks silver: error 3 of 3+3+2+1 lost.
    const legacy = evaluateConformance(
      architecture().spec,
      catalog({ extraDependency: 'resource:default/legacy-oracle' }),
    );
    expect(legacy).toMatchObject({
      score: 67,
      level: 'bronze',
      nextLevel: 'silver',
      failed: 1,
    });

    // Without a database nothing is reached, even though silver passes.
    const none = evaluateConformance(
      architecture().spec,
      catalog({ dbType: 'cache' }),
    );
    expect(none.level).toBeUndefined();
    expect(none.nextLevel).toBe('bronze');
  });

  it('scores a reference architecture without rules as fully conforming', () => {
    expect(evaluateConformance({}, catalog())).toMatchObject({
      score: 100,
      passed: 0,
      failed: 0,
    });
  });
});
