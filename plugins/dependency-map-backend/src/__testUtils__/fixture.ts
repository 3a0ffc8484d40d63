import { Entity } from '@backstage/catalog-model';
import { AnalysisSettings } from '../model/DependencyMapAnalysis';

const component = (
  name: string,
  spec: Record<string, unknown>,
  annotations: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', annotations },
  spec: { type: 'service', lifecycle: 'production', ...spec },
});

const resource = (
  name: string,
  spec: Record<string, unknown>,
  annotations: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name, namespace: 'default', annotations },
  spec: { type: 'database', ...spec },
});

const system = (name: string, owner: string, domain: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name, namespace: 'default' },
  spec: { owner, domain },
});

/**
 * A small catalog with hand-computed answers (see docs/dependency-map.md):
 * web -> gateway -> {idp, payments-api -> payments}; payments -> {db, cache};
 * idp -> db; ledger and reports hit db at midnight; fraud and statements
 * (different teams) reach only idp -> db; cycle-a <-> cycle-b.
 */
export function fixtureCatalog(): Entity[] {
  return withOwnerRelations([
    system('shop', 'team-a', 'commerce'),
    system('platform-sys', 'platform', 'platform'),
    system('payments-sys', 'team-b', 'payments'),
    system('ledger-sys', 'team-c', 'finance'),
    component(
      'web',
      { owner: 'team-a', system: 'shop', dependsOn: ['component:gateway'] },
      {
        'fitsys.dev/tier': '1',
        'fitsys.dev/availability-target': '99.9',
        'fitsys.dev/replicas': '3',
        'fitsys.dev/zone': 'eu-west-1a',
        'fitsys.dev/region': 'eu-west-1',
        'fitsys.dev/base-image': 'registry.example/base/jvm:21',
        'fitsys.dev/journeys': 'checkout',
      },
    ),
    component(
      'gateway',
      {
        owner: 'platform',
        system: 'platform-sys',
        dependsOn: ['component:idp'],
        consumesApis: ['payments-api'],
      },
      {
        'fitsys.dev/tier': '1',
        'fitsys.dev/availability-target': '99.95',
        'fitsys.dev/replicas': '2',
        'fitsys.dev/zone': 'eu-west-1a',
        'fitsys.dev/region': 'eu-west-1',
        'fitsys.dev/base-image': 'registry.example/base/jvm:21',
      },
    ),
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: { name: 'payments-api', namespace: 'default' },
      spec: {
        type: 'openapi',
        owner: 'team-b',
        system: 'payments-sys',
        lifecycle: 'production',
        definition: 'openapi: 3.0.0',
      },
    },
    component(
      'payments',
      {
        owner: 'team-b',
        system: 'payments-sys',
        providesApis: ['payments-api'],
        dependsOn: ['resource:db', 'resource:cache'],
      },
      {
        'fitsys.dev/tier': '1',
        'fitsys.dev/availability-target': '99.9',
        'fitsys.dev/shared-libraries': 'http@1.0',
      },
    ),
    component(
      'idp',
      { owner: 'platform', system: 'platform-sys', dependsOn: ['resource:db'] },
      {
        'fitsys.dev/tier': '2',
        'fitsys.dev/availability-target': '99.99',
      },
    ),
    resource(
      'db',
      { owner: 'platform', system: 'platform-sys' },
      {
        'fitsys.dev/tier': '3',
        'fitsys.dev/availability-target': '99.95',
        'fitsys.dev/capacity': '100',
      },
    ),
    resource(
      'cache',
      { owner: 'team-b', system: 'payments-sys' },
      {
        'fitsys.dev/availability-target': '99.9',
        'fitsys.dev/replicas': 'two',
      },
    ),
    component(
      'ledger',
      { owner: 'team-c', system: 'ledger-sys', dependsOn: ['resource:db'] },
      {
        'fitsys.dev/cron-schedules': '0 0 * * *',
        'fitsys.dev/peak-load': '60',
        'fitsys.dev/shared-libraries': 'http@1.0',
        'fitsys.dev/tier': 'gold',
        'fitsys.dev/zone': 'EU WEST',
      },
    ),
    component(
      'reports',
      { owner: 'team-c', system: 'ledger-sys', dependsOn: ['resource:db'] },
      {
        'fitsys.dev/cron-schedules': '@daily',
        'fitsys.dev/peak-load': '50',
        'fitsys.dev/base-image': 'registry.example/base/jvm:21',
        'fitsys.dev/availability-target': '120',
      },
    ),
    component('fraud', {
      owner: 'team-b',
      system: 'payments-sys',
      dependsOn: ['component:idp'],
    }),
    component('statements', {
      owner: 'team-c',
      system: 'ledger-sys',
      dependsOn: ['component:idp'],
    }),
    component('cycle-a', {
      owner: 'team-c',
      system: 'ledger-sys',
      dependsOn: ['component:cycle-b'],
    }),
    component('cycle-b', {
      owner: 'team-c',
      system: 'ledger-sys',
      dependsOn: ['component:cycle-a'],
    }),
  ]);
}

/** The owner relations the catalog would record, which permission rules read. */
function withOwnerRelations(entities: Entity[]): Entity[] {
  return entities.map(entity => ({
    ...entity,
    relations: [
      {
        type: 'ownedBy',
        targetRef: `group:default/${entity.spec?.owner}`,
      },
    ],
  }));
}

/** The fixture's settings: two journeys, a zone at 99.99 %. */
export const FIXTURE_SETTINGS: AnalysisSettings = {
  journeys: [
    {
      name: 'checkout',
      title: 'Check out',
      entries: ['component:default/web'],
    },
    {
      name: 'reporting',
      entries: [
        'component:default/ledger',
        'component:default/reports',
        'component:default/ghost',
      ],
    },
  ],
  failureDomainAvailability: { zone: 0.9999 },
};

/** The same settings as app-config would give them. */
export const FIXTURE_CONFIG = {
  fitsys: {
    dependencyMap: {
      journeys: [
        { name: 'checkout', title: 'Check out', entries: ['web'] },
        {
          name: 'reporting',
          entries: ['ledger', 'component:default/reports', 'ghost'],
        },
      ],
      failureDomainAvailability: { zone: 99.99 },
    },
  },
};
