// A deterministic synthetic catalog shaped like the Fernhill Payments demo
// organisation, for the benchmarks (up to 50,000 entities and ~200,000
// relations). Generation is pure and kept apart from writing, so that tests
// can inspect a catalog without touching the disk.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

// The vocabulary, in YAML to keep it readable; `{ value: weight }` maps are
// weighted tables.
const V = YAML.parse(`
# Share of the catalog per kind and its minimum; components take the rest.
# With the role rates below, 50,000 entities declare ~200,000 relations.
shares: { Domain: [0.01, 4], System: [0.03, 1], Group: [0.04, 1], User: [0.2, 1], Resource: [0.12, 1], API: [0.15, 1] }
# Each declared reference and the relation Backstage makes of it.
relationOf: { owner: ownedBy, system: partOf, domain: partOf, subdomainOf: subdomainOf, memberOf: memberOf, parent: childOf, dependsOn: dependsOn, consumesApis: consumesApi, providesApis: providesApi }
# Theme, DDD type, then the words its systems are named after; ordered so
# that four domains already cover core, supporting, generic and a sub-domain.
themes:
  - platform generic runtime-platform delivery-platform observability developer-portal notifications
  - payments core card-authorisation card-vault clearing-settlement scheme-gateway refunds
  - merchants supporting onboarding kyc merchant-master merchant-portal pricing
  - identity generic sign-in service-tokens access-policy
  - risk core fraud-detection chargebacks disputes transaction-monitoring
  - finance supporting ledger payouts reconciliation financial-reporting
  - acquiring core terminal-gateway ecommerce-gateway payment-links
  - fx core fx-rates currency-conversion hedging
  - compliance supporting aml-screening sanctions regulatory-reporting
  - data generic data-lake analytics ml-platform
  - issuing core card-issuing card-controls spend-management
  - billing supporting invoicing fees subscriptions
  - messaging generic event-bus email-delivery sms-delivery
subdomainOf: { identity: platform }
# Shared platform resources, most depended-on first so that small catalogs
# keep those: name, type, the chance that a running component depends on it
# directly (clusters, runner pools and database clusters are drawn below),
# then the platform resources it depends on itself.
platform:
  - platform-identity-provider identity-provider 0.45 platform-dns platform-secrets-store
  - platform-dns dns 0.3
  - k8s-prod-euw1-a kubernetes-cluster 0 platform-dns
  - platform-secrets-store secrets-store 0.35 platform-dns
  - platform-config-service configuration-service 0.25 k8s-prod-euw1-a platform-secrets-store
  - ci-runners-linux-large ci-runner-pool 0 platform-container-registry platform-secrets-store
  - shared-postgres-a database-cluster 0 platform-dns
  - k8s-prod-euc1-a kubernetes-cluster 0 platform-dns
  - platform-kafka kafka-cluster 0.1 k8s-prod-euw1-a platform-secrets-store
  - platform-object-store object-store 0.05
  - platform-container-registry container-registry 0 platform-object-store
  - k8s-prod-euw1-b kubernetes-cluster 0 platform-dns
  - ci-runners-linux-small ci-runner-pool 0 platform-container-registry
  - shared-postgres-b database-cluster 0 platform-dns
  - k8s-prod-use1-a kubernetes-cluster 0 platform-dns
  - ci-runners-arm ci-runner-pool 0 platform-container-registry
  - shared-postgres-c database-cluster 0 platform-dns
  - shared-mysql-a database-cluster 0 platform-dns
  - k8s-prod-apse1-a kubernetes-cluster 0 platform-dns
# Chance that any component uses one of a pool (the first far more often).
pools: { ci-runner-pool: 0.25, database-cluster: 0.08 }
clusters: { prod-euw1-a: 12, prod-euc1-a: 5, prod-euw1-b: 3, prod-use1-a: 2, prod-apse1-a: 1 }
regions: { euw1: eu-west-1, euc1: eu-central-1, use1: us-east-1, apse1: ap-southeast-1 }
# Weight, the mean dependencies on components and on resources and the mean
# APIs consumed, then the words component names end in.
roles:
  service: [70, 0.6, 0.9, 1.1, api service processor gateway adapter engine worker]
  batch: [13, 0.8, 1.2, 0.8, batch job exporter]
  website: [8, 0.4, 0, 2.2, web portal console]
  library: [9, 0, 0, 0, lib sdk]
resourceTypes: { database db: 35, kafka-topic topic: 25, cache cache: 15, s3-bucket bucket: 10, queue queue: 10, search-index index: 5 }
apiTypes: { openapi api: 60, asyncapi events: 25, grpc grpc: 10, graphql graphql: 5 }
images: { 'jvm:21.0.4': 30, 'jvm:17.0.12': 12, 'jvm:21.0.2': 6, 'node:20.17.0': 12, 'node:22.9.0': 8, 'python:3.12.6': 8, 'python:3.11.9': 4, 'go:1.23.1': 10, 'distroless:2024.09': 5 }
# Chance that a component uses the library, then its versions, newest (and
# most used) first.
libraries:
  fernhill-observability: [0.8, 2.4.1, 2.3.0, 2.1.0]
  fernhill-http-client: [0.6, 3.2.1, 3.1.0]
  fernhill-auth-sdk: [0.5, 3.0.0, 2.8.1]
  fernhill-config: [0.4, 2.0.1, 1.9.0]
  fernhill-kafka-client: [0.35, 5.1.0, 4.9.2]
  fernhill-money: [0.3, 2.3.0, 2.2.0]
  fernhill-feature-flags: [0.25, 1.4.0, 1.3.2]
  fernhill-crypto: [0.15, 1.9.0, 1.8.3]
  fernhill-iso8583: [0.05, 4.0.2]
# Batch jobs cluster on a few popular minutes, as they do in real estates.
cron: { '0 2 * * *': 30, '0 3 * * *': 12, '0 1 * * *': 8, '30 4 * * 1': 6, '*/15 * * * *': 8, '0 * * * *': 8, '0 0 1 * *': 5, '0 6 * * 1-5': 5, random: 18 }
tiers: { core: { 1: 35, 2: 45, 3: 20 }, supporting: { 1: 15, 2: 50, 3: 35 }, generic: { 1: 25, 2: 45, 3: 30 } }
availability: { 1: ['99.99', '99.95'], 2: ['99.95', '99.9'], 3: ['99.9', '99.5'] }
lifecycles: { production: 85, experimental: 8, deprecated: 7 }
architectures: { event-driven-microservice 2.1.0: 30, event-driven-microservice 2.0.0: 10, stateless-api-service 3.0.0: 30, batch-pipeline 1.2.0: 15, managed-platform-service 1.4.0: 15 }
people: [alex, sam, jordan, taylor, morgan, casey, riley, jamie, avery, quinn, priya, ravi, chen, mei, olu, ada, lars, ingrid, noor, tomas]
surnames: [smith, patel, garcia, okafor, nguyen, kowalski, schmidt, rossi, tanaka, silva, obrien, murphy, haddad, larsen, dubois]
`);
const IMAGES = 'registry.fernhill.example/base/';
const DEFINITIONS = {
  openapi: name =>
    `openapi: 3.0.3\ninfo: { title: ${name}, version: 1.0.0 }\npaths: {}\n`,
  asyncapi: name =>
    `asyncapi: 2.6.0\ninfo: { title: ${name}, version: 1.0.0 }\nchannels: {}\n`,
  grpc: name =>
    `syntax = "proto3";\npackage fernhill.${name.replace(/-/g, '_')};\n`,
  graphql: () => 'type Query {\n  ping: String\n}\n',
};

/** The relation types counted in the stats, one per declared reference. */
export const RELATION_TYPES = [...new Set(Object.values(V.relationOf))];

/** A seeded PRNG (mulberry32) with the few draws the generator needs. */
function createRandom(seed) {
  let state = (seed ^ 0x9e3779b9) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = list => list[Math.floor(next() * list.length)];
  // Low indices are far likelier: a power-law-like popularity over a list.
  const skewed = (list, power) =>
    list[Math.floor(list.length * next() ** power)];
  const poisson = (mean, k = 0) => {
    for (let p = next(); p > Math.exp(-mean); k++) p *= next();
    return k;
  };
  const spread = () => Math.exp(Math.sqrt(-2 * Math.log(1 - next())));
  // Draws from a `{ value: weight }` table in O(log n).
  const weighted = (table, keys = Object.keys(table)) => {
    let total = 0;
    const cumulative = Object.values(table).map(w => (total += w));
    return () => {
      const [target, found] = [
        next() * total,
        { low: 0, high: keys.length - 1 },
      ];
      while (found.low < found.high) {
        const middle = (found.low + found.high) >> 1;
        if (cumulative[middle] > target) found.high = middle;
        else found.low = middle + 1;
      }
      return keys[found.low];
    };
  };
  return {
    next,
    chance: p => next() < p,
    pick,
    skewed,
    poisson,
    spread,
    weighted,
  };
}

/** Entities per kind for a catalog of `total`; at least one of each. */
export function planCounts(total) {
  const counts = {};
  for (const [kind, [share, min]] of Object.entries(V.shares))
    counts[kind] = Math.max(min, Math.round(share * total));
  const sum = () => Object.values(counts).reduce((a, b) => a + b, 0);
  // Tiny catalogs: shrink the largest kinds until a component fits.
  while (total - sum() < 1) {
    const kinds = Object.keys(counts).filter(k => counts[k] > V.shares[k][1]);
    counts[kinds.sort((a, b) => counts[b] - counts[a])[0]]--;
  }
  return { ...counts, Component: total - sum() };
}

const split = line => line.split(' ');
const titleOf = name =>
  name.replace(/-/g, ' ').replace(/\b[a-z]/g, c => c.toUpperCase());
const fitsys = fields =>
  Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [`fitsys.dev/${k}`, v]),
  );
const meta = (name, description, tags, annotations) => ({
  name,
  description,
  annotations,
  tags,
});
const owned = (system, owner = system.owner) => ({
  owner: owner.name,
  system: system.name,
});
const listOf = set => (set.size ? [...set] : undefined);

/**
 * Generates a synthetic catalog; the same arguments always give the same
 * entities in the same order.
 * @param {{ entities: number, seed?: number }} options at least 10 entities
 * @returns {{ entities: object[], stats: { seed: number, entities: number,
 *   kinds: Record<string, number>, relations: Record<string, number> } }}
 */
export function generateCatalog({ entities: total, seed = 1 }) {
  if (!Number.isInteger(total) || total < 10)
    throw new RangeError(`entities: expected an integer >= 10, got ${total}`);
  const counts = planCounts(total);
  const out = Object.fromEntries(Object.keys(counts).map(kind => [kind, []]));
  const add = (kind, metadata, spec) => {
    for (const key of Object.keys(spec))
      if (spec[key] === undefined) delete spec[key];
    out[kind].push({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata,
      spec,
    });
  };
  const c = { rng: createRandom(seed), counts, add };
  for (const step of [
    addDomains,
    addGroups,
    addSystems,
    addResources,
    addComponents,
    addApis,
    wireComponents,
  ])
    step(c);

  const entities = Object.values(out).flat();
  const relations = Object.fromEntries(RELATION_TYPES.map(type => [type, 0]));
  for (const { spec } of entities)
    for (const [field, type] of Object.entries(V.relationOf))
      if (spec[field]) relations[type] += [spec[field]].flat().length;
  relations.total = Object.values(relations).reduce((a, b) => a + b, 0);
  const kinds = Object.fromEntries(
    Object.entries(out).map(([k, l]) => [k, l.length]),
  );
  return { entities, stats: { seed, entities: total, kinds, relations } };
}

// Every theme once, then again with about a quarter as sub-domains.
function addDomains(c) {
  const { length } = V.themes;
  c.domains = [];
  for (let i = 0; i < c.counts.Domain; i++) {
    const [theme, type, ...names] = split(V.themes[i % length]);
    const round = Math.floor(i / length);
    const parentAt = V.themes.findIndex(line =>
      line.startsWith(`${V.subdomainOf[theme]} `),
    );
    let parent =
      parentAt >= 0 ? c.domains[round * length + parentAt] : undefined;
    if (!parent && round > 0 && c.rng.chance(0.25))
      parent = c.domains[i % length];
    const domain = {
      name: `${theme}-${round + 1}`,
      theme,
      type,
      names,
      parent,
      teams: [],
    };
    c.domains.push(
      Object.assign(domain, { systems: [], resources: [], apis: [], done: [] }),
    );
  }
}

// The organisation, a department per top-level domain, teams, then people.
function addGroups(c) {
  const { rng, counts, add, domains } = c;
  const groups = [{ name: 'fernhill-synthetic', type: 'organization' }];
  const topLevel = domains.filter(d => !d.parent);
  const departments = Math.min(
    topLevel.length,
    Math.floor((counts.Group - 1) / 5),
  );
  for (const domain of domains) {
    const t = topLevel.indexOf(domain);
    const name = `${domain.name}-engineering`;
    if (t >= 0 && t < departments)
      groups.push({ name, type: 'department', parent: groups[0] });
    if (t < 0) domain.department = domain.parent.department;
    else
      domain.department = departments
        ? groups[1 + (t % departments)]
        : groups[0];
  }
  const teams = [];
  for (let j = 0; groups.length < counts.Group; j++) {
    const domain = domains[j % domains.length];
    const name = `${rng.pick(domain.names)}-team-${j + 1}`;
    teams.push({ name, type: 'team', parent: domain.department });
    domain.teams.push(teams[j]);
    groups.push(teams[j]);
  }
  domains.forEach(
    (d, i) =>
      d.teams.length || d.teams.push(teams[i % teams.length] ?? groups[0]),
  );
  for (const { name, type, parent } of groups) {
    const profile = {
      displayName: titleOf(name),
      email: `${name}@fernhill.example`,
    };
    add(
      'Group',
      { name },
      { type, profile, parent: parent?.name, children: [] },
    );
  }
  for (let u = 1; u <= counts.User; u++) {
    const memberOf = new Set([(rng.pick(teams) ?? groups[0]).name]);
    if (teams.length > 1 && rng.chance(0.15))
      memberOf.add(rng.pick(teams).name);
    const [first, last] = [rng.pick(V.people), rng.pick(V.surnames)];
    const displayName = `${titleOf(first)} ${titleOf(last)}`;
    const email = `${first}.${last}.${u}@fernhill.example`;
    add(
      'User',
      { name: `${first}-${last}-${u}` },
      { profile: { displayName, email }, memberOf: [...memberOf] },
    );
  }
  for (const d of domains) {
    const metadata = {
      ...meta(d.name, `The ${d.theme} domain.`, [d.type, d.theme]),
      title: titleOf(d.name),
    };
    add('Domain', metadata, {
      type: d.type,
      owner: d.department.name,
      subdomainOf: d.parent?.name,
    });
  }
}

// One system per domain first, then more in the domains drawn as larger.
function addSystems(c) {
  const { rng, counts, add, domains } = c;
  const nextDomain = rng.weighted(
    domains.map(() => rng.spread()),
    domains,
  );
  const architecture = rng.weighted(V.architectures);
  const tiers = Object.fromEntries(
    Object.entries(V.tiers).map(([t, table]) => [t, rng.weighted(table)]),
  );
  c.cluster = rng.weighted(V.clusters);
  c.systems = [];
  for (let s = 0; s < counts.System; s++) {
    const domain = domains[s] ?? nextDomain();
    const word = domain.names[domain.systems.length % domain.names.length];
    const system = {
      name: `${word}-${s + 1}`,
      word,
      domain,
      owner: rng.pick(domain.teams),
    };
    Object.assign(system, {
      cluster: c.cluster(),
      weight: rng.spread(),
      services: [],
    });
    Object.assign(system, { resources: [], apis: [], done: [] });
    domain.systems.push(system);
    c.systems.push(system);
    const [arch, version] = split(architecture());
    const annotations = fitsys({
      'bounded-context': system.name,
      'reference-architecture': arch,
    });
    annotations['fitsys.dev/reference-architecture-version'] = version;
    const metadata = meta(
      system.name,
      `${titleOf(word)}, in ${domain.name}.`,
      [domain.theme],
      annotations,
    );
    add(
      'System',
      { ...metadata, title: titleOf(word) },
      { owner: system.owner.name, domain: domain.name },
    );
  }
  c.nextSystem = rng.weighted(
    c.systems.map(s => s.weight),
    c.systems,
  );
  // Where something runs and how critical it is: its failure domain.
  c.placement = (system, cluster) => {
    const region = V.regions[cluster.split('-')[1]];
    const zone = `${region}${rng.skewed(['a', 'b', 'c'], 1.5)}`;
    const tier = tiers[system.domain.type]();
    const annotations = fitsys({
      'bounded-context': system.name,
      region,
      zone,
    });
    return { annotations, tier, availability: rng.pick(V.availability[tier]) };
  };
}

// The shared platform first (in the first system), then each system's own.
function addResources(c) {
  const { rng, counts, add, systems } = c;
  c.platform = V.platform.slice(0, Math.ceil(counts.Resource / 3)).map(split);
  c.present = new Set(c.platform.map(([name]) => name));
  const resourceType = rng.weighted(V.resourceTypes);
  for (let r = 0; r < counts.Resource; r++) {
    const shared = c.platform[r];
    const system = shared
      ? systems[0]
      : systems[r - c.platform.length] ?? c.nextSystem();
    const [type, short] = shared ? [shared[1]] : split(resourceType());
    const name = shared ? shared[0] : `${system.word}-${short}-${r + 1}`;
    let needs = shared ? shared.slice(3) : [rng.chance(0.4) && 'platform-dns'];
    if (type === 'kafka-topic') needs = ['platform-kafka'];
    const dependsOn = new Set(
      needs.filter(n => c.present.has(n)).map(n => `resource:${n}`),
    );
    const cluster =
      type === 'kubernetes-cluster' ? name.slice(4) : system.cluster;
    const { annotations, tier, availability } = c.placement(system, cluster);
    const target = shared ? ['1', '99.99'] : [tier, availability];
    Object.assign(
      annotations,
      fitsys({ tier: target[0], 'availability-target': target[1] }),
    );
    const metadata = meta(
      name,
      `${titleOf(type)} of ${system.name}.`,
      [type],
      annotations,
    );
    add('Resource', metadata, {
      type,
      ...owned(system),
      dependsOn: listOf(dependsOn),
    });
    if (!shared)
      [system.resources, system.domain.resources].forEach(l =>
        l.push({ name }),
      );
  }
}

// Components come before APIs so that each API can name its provider.
function addComponents(c) {
  const role = c.rng.weighted(
    Object.fromEntries(Object.entries(V.roles).map(([k, v]) => [k, v[0]])),
  );
  c.components = [];
  for (let i = 0; i < c.counts.Component; i++) {
    const [system, kind] = [c.systems[i] ?? c.nextSystem(), role()];
    const name = `${system.word}-${c.rng.pick(split(V.roles[kind][4]))}-${
      i + 1
    }`;
    c.components.push({ name, system, kind, provides: [] });
    if (kind === 'service') system.services.push(c.components[i]);
  }
}

function addApis(c) {
  const { rng, counts, add, components } = c;
  const providers = components.filter(
    component => component.kind === 'service',
  );
  const apiType = rng.weighted(V.apiTypes);
  c.lifecycle = rng.weighted(V.lifecycles);
  c.apis = [];
  for (let a = 1; a <= counts.API; a++) {
    const provider = rng.pick(providers.length ? providers : components);
    const [type, short] = split(apiType());
    const { system } = provider;
    const api = { name: `${system.word}-${short}-${a}` };
    [c.apis, system.apis, system.domain.apis, provider.provides].forEach(l =>
      l.push(api),
    );
    // A few APIs have a second implementation, e.g. during a migration.
    const second = rng.chance(0.06) && rng.pick(system.services);
    if (second && second !== provider) second.provides.push(api);
    const annotations = fitsys({ 'bounded-context': system.name });
    const metadata = meta(
      api.name,
      `${titleOf(type)} API of ${system.name}.`,
      [type],
      annotations,
    );
    const definition = DEFINITIONS[type](api.name);
    add('API', metadata, {
      type,
      lifecycle: c.lifecycle(),
      ...owned(system),
      definition,
    });
  }
}

// Edges go mostly within the system, then the domain, rarely anywhere, and
// only to earlier components, so that dependsOn between components is acyclic.
function wireComponents(c) {
  const { rng, add } = c;
  const draw = { image: rng.weighted(V.images), cron: rng.weighted(V.cron) };
  const done = [];
  const local = (system, key, [inSystem, inDomain], power, everywhere) => {
    const r = rng.next();
    const pool = [
      r < inSystem && system[key],
      r < inDomain && system.domain[key],
      everywhere,
    ];
    const found = pool.find(p => p?.length);
    return found && rng.skewed(found, r < inDomain ? power : 3);
  };
  for (const component of c.components) {
    const { system, kind, provides } = component;
    const [, deps, resources, consumed] = V.roles[kind];
    const cluster = rng.chance(0.85) ? system.cluster : c.cluster();
    const { annotations, tier, availability } = c.placement(system, cluster);
    const dependsOn = new Set();
    for (let n = rng.poisson(deps); n > 0; n--) {
      const target = local(system, 'done', [0.7, 0.92], 1.5, done);
      if (target) dependsOn.add(`component:${target.name}`);
    }
    for (let n = rng.poisson(resources); n > 0; n--) {
      const target = local(system, 'resources', [0.75, 1], 2);
      if (target) dependsOn.add(`resource:${target.name}`);
    }
    for (const [name, type, use] of kind === 'library' ? [] : c.platform) {
      const onCluster =
        type === 'kubernetes-cluster' && name === `k8s-${cluster}`;
      if (rng.chance(onCluster ? 0.6 : Number(use)))
        dependsOn.add(`resource:${name}`);
    }
    for (const [type, chance] of Object.entries(V.pools)) {
      const pool = c.platform.filter(p => p[1] === type);
      if (pool.length && rng.chance(chance))
        dependsOn.add(`resource:${rng.skewed(pool, 2)[0]}`);
    }
    const consumes = new Set();
    for (let n = rng.poisson(consumed); n > 0; n--) {
      const api = local(system, 'apis', [0.55, 0.85], 1.5, c.apis);
      if (!provides.includes(api)) consumes.add(api.name);
    }
    Object.assign(annotations, runtimeAnnotations(rng, kind, cluster, draw));
    if (kind !== 'library')
      Object.assign(
        annotations,
        fitsys({ tier, 'availability-target': availability }),
      );
    const image = annotations['fitsys.dev/base-image']
      ?.slice(IMAGES.length)
      .split(':')[0];
    const tags = [
      image ?? 'library',
      system.domain.theme,
      ...(kind === 'batch' ? ['batch'] : []),
    ];
    const metadata = meta(
      component.name,
      `${titleOf(kind)} of ${system.name}.`,
      tags,
      annotations,
    );
    const owner = rng.chance(0.8)
      ? system.owner
      : rng.pick(system.domain.teams);
    const spec = {
      type: kind === 'batch' ? 'service' : kind,
      lifecycle: c.lifecycle(),
      ...owned(system, owner),
    };
    const providesApis = listOf(new Set(provides.map(api => api.name)));
    add('Component', metadata, {
      ...spec,
      providesApis,
      consumesApis: listOf(consumes),
      dependsOn: listOf(dependsOn),
    });
    [done, system.done, system.domain.done].forEach(l => l.push(component));
  }
}

/** What a component is built from, where it runs and when its jobs run. */
function runtimeAnnotations(rng, kind, cluster, draw) {
  const libraries = Object.entries(V.libraries).filter(([, [p]]) =>
    rng.chance(p),
  );
  const used = libraries.length
    ? libraries
    : Object.entries(V.libraries).slice(0, 1);
  const shared = used
    .map(([name, [, ...versions]]) => `${name}@${rng.skewed(versions, 2)}`)
    .join(',');
  if (kind === 'library') return fitsys({ 'shared-libraries': shared });
  const image = `${IMAGES}${draw.image()}`;
  const annotations = fitsys({
    cluster,
    'base-image': image,
    'shared-libraries': shared,
  });
  const schedules = new Set();
  for (let n = kind === 'batch' ? 1 + rng.poisson(0.5) : 0; n > 0; n--) {
    const cron = draw.cron();
    const [minute, hour] = [
      Math.floor(rng.next() * 60),
      Math.floor(rng.next() * 24),
    ];
    schedules.add(cron === 'random' ? `${minute} ${hour} * * *` : cron);
  }
  if (schedules.size)
    annotations['fitsys.dev/cron-schedules'] = [...schedules].join(';');
  return annotations;
}

const toYaml = doc =>
  `---\n${YAML.stringify(doc, {
    lineWidth: 0,
    singleQuote: true,
    aliasDuplicateObjects: false,
  })}`;

/**
 * Writes a generated catalog to outDir: entities-0001.yaml, ... of at most
 * fileSize entities each; locations.yaml, one Location entity that targets
 * every file, so that each file is its own location; and summary.json.
 * @param {{ entities: object[], stats: object }} result from generateCatalog
 * @param {{ outDir: string, fileSize?: number }} options
 * @returns {{ files: string[], summary: object }}
 */
export function writeCatalog({ entities, stats }, { outDir, fileSize = 250 }) {
  fs.mkdirSync(outDir, { recursive: true });
  // Files of an earlier, larger run would linger outside locations.yaml.
  for (const file of fs.readdirSync(outDir))
    if (/^entities-\d+\.yaml$/.test(file)) fs.rmSync(path.join(outDir, file));
  const files = [];
  const digits = Math.max(
    4,
    String(Math.ceil(entities.length / fileSize)).length,
  );
  for (let start = 0; start < entities.length; start += fileSize) {
    files.push(
      `entities-${String(files.length + 1).padStart(digits, '0')}.yaml`,
    );
    const docs = entities.slice(start, start + fileSize).map(toYaml);
    fs.writeFileSync(path.join(outDir, files.at(-1)), docs.join(''));
  }
  const description = `Synthetic catalog: ${stats.entities} entities, seed ${stats.seed}.`;
  const spec = { type: 'file', targets: files.map(file => `./${file}`) };
  const metadata = { name: 'synthetic-catalog', description };
  const location = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Location',
    metadata,
    spec,
  };
  fs.writeFileSync(path.join(outDir, 'locations.yaml'), toYaml(location));
  const summary = { ...stats, files: files.length, fileSize };
  fs.writeFileSync(
    path.join(outDir, 'summary.json'),
    `${JSON.stringify(summary, null, 2)}\n`,
  );
  return { files, summary };
}
