import {
  Availability,
  BlastRadius,
  DependencyNode,
  DependencySubgraph,
  HotSpotPage,
  InventoryItem,
} from '@internal/plugin-dependency-map-common';

// Answers of the dependency map backend for a few entities of the Fernhill
// demo catalog, cut down to what the views read.

const entity = (
  kind: string,
  name: string,
  extra: Partial<DependencyNode> = {},
): DependencyNode => ({
  id: `${kind}:default/${name}`,
  type: 'entity',
  label: name,
  kind,
  ...extra,
});

export const identityDb = entity('resource', 'identity-db', {
  owner: 'group:default/identity-team',
  system: 'system:default/identity',
  domain: 'domain:default/platform',
  tier: 1,
});
export const identityProvider = entity('component', 'identity-provider', {
  owner: 'group:default/identity-team',
  system: 'system:default/identity',
  domain: 'domain:default/platform',
  tier: 1,
});
export const cardAuthoriser = entity('component', 'card-authoriser', {
  owner: 'group:default/card-authorisation-team',
  system: 'system:default/payments',
  domain: 'domain:default/payments',
  tier: 1,
});
export const merchantPortal = entity('component', 'merchant-portal-bff', {
  owner: 'group:default/merchant-team',
  system: 'system:default/merchants',
  domain: 'domain:default/merchants',
  tier: 1,
});
export const jvmImage: DependencyNode = {
  id: 'image:registry.example/base/jvm:21.0.4',
  type: 'image',
  label: 'registry.example/base/jvm:21.0.4',
};
export const zoneA: DependencyNode = {
  id: 'zone:eu-west-1a',
  type: 'zone',
  label: 'eu-west-1a',
};

export const hotSpots: HotSpotPage = {
  items: [
    {
      rank: 1,
      node: zoneA,
      directDependents: 30,
      transitiveDependents: 88,
      exact: true,
      teams: 9,
      domains: 5,
      tier1: 21,
    },
    {
      rank: 2,
      node: identityDb,
      directDependents: 3,
      transitiveDependents: 75,
      exact: true,
      teams: 8,
      domains: 5,
      tier1: 19,
    },
    {
      rank: 3,
      node: jvmImage,
      directDependents: 24,
      transitiveDependents: 1204,
      exact: false,
    },
  ],
  totalItems: 3,
  offset: 0,
  limit: 500,
  errorBound: 'relative standard error 12.7 %',
};

export const identityDbRadius: BlastRadius = {
  node: identityDb,
  directDependents: 3,
  impacted: 75,
  teams: [
    'group:default/identity-team',
    'group:default/card-authorisation-team',
    'group:default/merchant-team',
  ],
  domains: ['domain:default/platform', 'domain:default/payments'],
  tier1: 19,
  entities: [identityProvider, cardAuthoriser, merchantPortal],
  truncated: true,
};

export const cardAuthoriserAvailability: Availability = {
  subject: { type: 'entity', id: cardAuthoriser.id },
  assumed: 0.9999999,
  correlated: 0.99491,
  assumedDowntimeMinutesPerMonth: 0.005,
  correlatedDowntimeMinutesPerMonth: 219.8,
  gapMinutesPerMonth: 219.8,
  terms: [],
  withoutTarget: [],
  warnings: [],
};

export const cardAuthoriserRadius: BlastRadius = {
  node: cardAuthoriser,
  directDependents: 2,
  impacted: 41,
  teams: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(t => `group:default/${t}`),
  domains: ['domain:default/payments'],
  tier1: 6,
  entities: [],
  truncated: true,
};

/** The card authoriser's dependencies: the identity database and the JVM image are hot spots. */
export const cardAuthoriserDependencies: DependencySubgraph = {
  focus: cardAuthoriser.id,
  nodes: [cardAuthoriser, identityProvider, identityDb, jvmImage],
  edges: [
    [0, 1],
    [1, 2],
    [0, 3],
  ],
  truncated: false,
};

export const identityDbInventory: InventoryItem = {
  ...identityDbRadius,
  direct: [identityProvider],
  tiers: { tier1: 19, tier2: 40, tier3: 10, unknown: 6 },
};
