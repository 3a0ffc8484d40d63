// A deterministic synthetic catalog shaped like the Fernhill Payments demo
// organisation, for the benchmarks (up to 50,000 entities and ~200,000
// relations). Generation is pure and kept apart from writing, so that tests
// can inspect a catalog without touching the disk.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

// The vocabulary: names, shares and weights, kept as data beside this file.
const V = YAML.parse(
  fs.readFileSync(
    new URL('./catalog-vocabulary.yaml', import.meta.url),
    'utf8',
  ),
);
const API_VERSION = 'backstage.io/v1alpha1';
const IMAGES = 'registry.fernhill.example/base/';
// Just enough of a definition for the API pages to render.
const DEFINITIONS = {
  openapi: name =>
    `openapi: 3.0.3\ninfo: { title: ${name}, version: 1.0.0 }\npaths: {}\n`,
  asyncapi: name =>
    `asyncapi: 2.6.0\ninfo: { title: ${name}, version: 1.0.0 }\nchannels: {}\n`,
  grpc: name => `syntax = "proto3";\npackage ${name.replace(/-/g, '_')};\n`,
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
  const chance = p => next() < p;
  const int = n => Math.floor(next() * n);
  const pick = list => list[int(list.length)];
  // Low indices are far likelier: a power-law-like popularity over a list.
  const skewed = (list, power) =>
    list[Math.floor(list.length * next() ** power)];
  const poisson = (mean, k = 0) => {
    for (let p = next(); p > Math.exp(-mean); k++) p *= next();
    return k;
  };
  // Draws from a `{ value: weight }` table.
  const weighted = table => {
    const entries = Object.entries(table);
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    return () => {
      let left = next() * total;
      return (entries.find(([, w]) => (left -= w) < 0) ?? entries.at(-1))[0];
    };
  };
  return { next, chance, int, pick, skewed, poisson, weighted };
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
const mapValues = (object, map) =>
  Object.fromEntries(Object.entries(object).map(([k, v]) => [k, map(v)]));
const titleOf = name =>
  name.replace(/-/g, ' ').replace(/\b[a-z]/g, c => c.toUpperCase());
// { boundedContext } becomes { 'fitsys.dev/bounded-context' }; no undefined.
const fitsys = fields =>
  Object.fromEntries(
    Object.entries(fields)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [
        `fitsys.dev/${key.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}`,
        value,
      ]),
  );
const owned = (system, owner = system.owner) => ({
  owner: owner.name,
  system: system.name,
});
const lists = () => ({ resources: [], apis: [], done: [] });
const listOf = items => ([...items].length ? [...new Set(items)] : undefined);

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
  const out = mapValues(counts, () => []);
  const rng = createRandom(seed);
  const c = { rng, counts, tiers: mapValues(V.tiers, rng.weighted) };
  // Empty references are left out rather than written as empty lists.
  c.add = (kind, name, spec, metadata) => {
    for (const key in spec) if (spec[key] === undefined) delete spec[key];
    metadata = { name, ...metadata };
    out[kind].push({ apiVersion: API_VERSION, kind, metadata, spec });
  };
  addDomains(c);
  addGroups(c);
  addSystems(c);
  addResources(c);
  addComponents(c);
  addApis(c);
  wireComponents(c);
  const relations = Object.fromEntries(RELATION_TYPES.map(type => [type, 0]));
  for (const { spec } of Object.values(out).flat())
    for (const [field, type] of Object.entries(V.relationOf))
      if (spec[field]) relations[type] += [spec[field]].flat().length;
  relations.total = Object.values(relations).reduce((a, b) => a + b, 0);
  const stats = { seed, entities: total, kinds: mapValues(out, l => l.length) };
  return {
    entities: Object.values(out).flat(),
    stats: { ...stats, relations },
  };
}

// Every theme once, then again with about a quarter as sub-domains.
function addDomains(c) {
  const themes = V.themes.map(split);
  c.domains = [];
  for (let i = 0; i < c.counts.Domain; i++) {
    const [theme, type, ...names] = themes[i % themes.length];
    const round = Math.floor(i / themes.length);
    const parentAt = themes.findIndex(t => t[0] === V.subdomainOf[theme]);
    let parent =
      parentAt < 0 ? undefined : c.domains[round * themes.length + parentAt];
    if (!parent && round > 0 && c.rng.chance(0.25))
      parent = c.domains[i % themes.length];
    const domain = {
      name: `${theme}-${round + 1}`,
      theme,
      type,
      names,
      parent,
    };
    c.domains.push(Object.assign(domain, { teams: [], systems: [] }, lists()));
  }
}

// The organisation, a department per top-level domain (while groups remain
// for four teams each), teams spread over the domains, then the people.
function addGroups(c) {
  const { rng, counts, domains, add } = c;
  const org = { name: 'fernhill-synthetic', type: 'organization' };
  const groups = [org];
  const topLevel = domains.filter(d => !d.parent);
  const departments = Math.floor(Math.min(topLevel.length, counts.Group / 5));
  for (const domain of domains) {
    const t = topLevel.indexOf(domain);
    const name = `${domain.name}-engineering`;
    if (t >= 0 && t < departments)
      groups.push({ name, type: 'department', parent: org });
    domain.department =
      t < 0
        ? domain.parent.department
        : groups[departments && 1 + (t % departments)];
  }
  const teams = [];
  for (let j = 1; groups.length < counts.Group; j++) {
    const domain = domains[(j - 1) % domains.length];
    const team = { name: `${rng.pick(domain.names)}-team-${j}`, type: 'team' };
    groups.push(Object.assign(team, { parent: domain.department }));
    teams.push(team);
    domain.teams.push(team);
  }
  domains.forEach(
    (d, i) => d.teams.length || d.teams.push(teams[i % teams.length] ?? org),
  );
  for (const { name, type, parent } of groups) {
    const profile = {
      displayName: titleOf(name),
      email: `${name}@fernhill.example`,
    };
    add('Group', name, { type, profile, parent: parent?.name, children: [] });
  }
  for (let u = 1; u <= counts.User; u++) {
    const memberOf = new Set([(rng.pick(teams) ?? org).name]);
    if (teams.length > 1 && rng.chance(0.15))
      memberOf.add(rng.pick(teams).name);
    const [first, last] = [rng.pick(V.people), rng.pick(V.surnames)];
    const displayName = `${titleOf(first)} ${titleOf(last)}`;
    const profile = {
      displayName,
      email: `${first}.${last}.${u}@fernhill.example`,
    };
    add('User', `${first}-${last}-${u}`, { profile, memberOf: [...memberOf] });
  }
  for (const { name, theme, type, parent, department } of domains) {
    const spec = { type, owner: department.name, subdomainOf: parent?.name };
    const description = `The ${theme} domain.`;
    add('Domain', name, spec, {
      title: titleOf(name),
      description,
      tags: [type, theme],
    });
  }
}

// One system per domain first, then more in domains drawn with a long tail.
function addSystems(c) {
  const { rng, counts, domains, add } = c;
  const architecture = rng.weighted(V.architectures);
  c.cluster = rng.weighted(V.clusters);
  c.systems = [];
  for (let s = 0; s < counts.System; s++) {
    const domain = domains[s] ?? rng.skewed(domains, 1.5);
    const word = domain.names[domain.systems.length % domain.names.length];
    const system = { name: `${word}-${s + 1}`, word, domain, services: [] };
    system.owner = rng.pick(domain.teams);
    system.cluster = c.cluster();
    domain.systems.push(Object.assign(system, lists()));
    c.systems.push(system);
    const [arch, version] = split(architecture());
    const annotations = fitsys({
      boundedContext: system.name,
      referenceArchitecture: arch,
      referenceArchitectureVersion: version,
    });
    const description = `${titleOf(word)}, in the ${domain.name} domain.`;
    const spec = { owner: system.owner.name, domain: domain.name };
    const tags = [domain.theme];
    add('System', system.name, spec, {
      title: titleOf(word),
      description,
      annotations,
      tags,
    });
  }
}

// Where something runs and how critical it is: its failure domain.
function placement(c, system, cluster) {
  const region = V.regions[cluster.split('-')[1]];
  const zone = `${region}${c.rng.skewed(['a', 'b', 'c'], 1.5)}`;
  const tier = c.tiers[system.domain.type]();
  const availabilityTarget = c.rng.pick(V.availability[tier]);
  const where = { boundedContext: system.name, region, zone };
  return { where, tier, availabilityTarget };
}

// The shared platform first (in the first system), then each system's own.
function addResources(c) {
  const { rng, counts, systems, add } = c;
  c.platform = V.platform.slice(0, Math.ceil(counts.Resource / 3)).map(split);
  const present = new Set(c.platform.map(([name]) => name));
  const resourceType = rng.weighted(V.resourceTypes);
  for (let r = 0; r < counts.Resource; r++) {
    const shared = c.platform[r];
    const local = systems[r - c.platform.length] ?? rng.skewed(systems, 1.6);
    const system = shared ? systems[0] : local;
    const [type, short] = shared ? [shared[1]] : split(resourceType());
    const name = shared ? shared[0] : `${system.word}-${short}-${r + 1}`;
    let needs = shared ? shared.slice(3) : ['platform-dns'];
    if (!shared && !rng.chance(0.4)) needs = [];
    if (type === 'kafka-topic') needs = ['platform-kafka'];
    const dependsOn = needs
      .filter(n => present.has(n))
      .map(n => `resource:${n}`);
    const cluster =
      shared && type === 'kubernetes-cluster' ? name.slice(4) : system.cluster;
    const { where, tier, availabilityTarget } = placement(c, system, cluster);
    const annotations = fitsys(
      shared
        ? { ...where, tier: '1', availabilityTarget: '99.99' }
        : { ...where, tier, availabilityTarget },
    );
    const spec = { type, ...owned(system), dependsOn: listOf(dependsOn) };
    const description = `${titleOf(type)} of ${system.name}.`;
    add('Resource', name, spec, { description, annotations, tags: [type] });
    if (!shared) system.resources.push({ name });
    if (!shared) system.domain.resources.push({ name });
  }
}

// Components are named before APIs so that each API can name its provider.
function addComponents(c) {
  const { rng, systems } = c;
  const role = rng.weighted(mapValues(V.roles, ([weight]) => weight));
  c.components = [];
  for (let i = 1; i <= c.counts.Component; i++) {
    const system = systems[i - 1] ?? rng.skewed(systems, 1.6);
    const kind = role();
    const name = `${system.word}-${rng.pick(split(V.roles[kind][4]))}-${i}`;
    c.components.push({ name, system, kind, provides: [] });
    if (kind === 'service') system.services.push(c.components.at(-1));
  }
}

function addApis(c) {
  const { rng, counts, components, add } = c;
  const services = components.filter(({ kind }) => kind === 'service');
  const apiType = rng.weighted(V.apiTypes);
  c.lifecycle = rng.weighted(V.lifecycles);
  c.apis = [];
  for (let a = 1; a <= counts.API; a++) {
    const provider = rng.pick(services.length ? services : components);
    const { system } = provider;
    const [type, short] = split(apiType());
    const api = { name: `${system.word}-${short}-${a}` };
    for (const list of [c.apis, system.apis, system.domain.apis])
      list.push(api);
    provider.provides.push(api);
    // A few APIs have a second implementation, e.g. during a migration.
    const second = rng.chance(0.06) && rng.pick(system.services);
    if (second && second !== provider) second.provides.push(api);
    const definition = DEFINITIONS[type](api.name);
    const spec = {
      type,
      lifecycle: c.lifecycle(),
      ...owned(system),
      definition,
    };
    const annotations = fitsys({ boundedContext: system.name });
    const description = `${titleOf(type)} API of ${system.name}.`;
    add('API', api.name, spec, { description, annotations, tags: [type] });
  }
}

// Dependencies go only to earlier components, so that they stay acyclic.
function wireComponents(c) {
  const { rng, add } = c;
  const [image, cron] = [rng.weighted(V.images), rng.weighted(V.cron)];
  const done = [];
  // Mostly within the system, then the domain, rarely anywhere.
  const local = (system, key, [inSystem, inDomain], anywhere) => {
    const r = rng.next();
    const pools = [
      r < inSystem && system[key],
      r < inDomain && system.domain[key],
    ];
    const pool = [...pools, anywhere].find(p => p?.length);
    return pool && rng.skewed(pool, pool === anywhere ? 3 : 1.5);
  };
  for (const component of c.components) {
    const { system, kind, provides } = component;
    const [, components, resources, apis] = V.roles[kind];
    const cluster = rng.chance(0.85) ? system.cluster : c.cluster();
    const dependsOn = new Set();
    for (let n = rng.poisson(components); n > 0; n--) {
      const target = local(system, 'done', [0.7, 0.92], done);
      if (target) dependsOn.add(`component:${target.name}`);
    }
    for (let n = rng.poisson(resources); n > 0; n--) {
      const target = local(system, 'resources', [0.75, 1]);
      if (target) dependsOn.add(`resource:${target.name}`);
    }
    // The shared platform: the heavy tail of popularity.
    for (const [name, , use] of kind === 'library' ? [] : c.platform) {
      const chance = name === `k8s-${cluster}` ? 0.6 : Number(use);
      if (rng.chance(chance)) dependsOn.add(`resource:${name}`);
    }
    for (const [type, chance] of Object.entries(V.pools)) {
      const pool = c.platform.filter(p => p[1] === type);
      if (pool.length && rng.chance(chance))
        dependsOn.add(`resource:${rng.skewed(pool, 2)[0]}`);
    }
    const consumes = new Set();
    for (let n = rng.poisson(apis); n > 0; n--) {
      const api = local(system, 'apis', [0.55, 0.85], c.apis);
      if (!provides.includes(api)) consumes.add(api.name);
    }
    const { where, ...criticality } = placement(c, system, cluster);
    const baseImage = kind === 'library' ? undefined : image();
    const annotations = fitsys({
      ...where,
      ...(baseImage && { cluster, baseImage: `${IMAGES}${baseImage}` }),
      sharedLibraries: librariesOf(rng),
      cronSchedules: kind === 'batch' ? schedulesOf(rng, cron) : undefined,
      ...(baseImage && criticality),
    });
    const tags = [baseImage?.split(':')[0] ?? 'library', system.domain.theme];
    if (kind === 'batch') tags.push('batch');
    const description = `${titleOf(kind)} of ${system.name}.`;
    const owner = rng.chance(0.8)
      ? system.owner
      : rng.pick(system.domain.teams);
    add(
      'Component',
      component.name,
      {
        type: kind === 'batch' ? 'service' : kind,
        lifecycle: c.lifecycle(),
        ...owned(system, owner),
        providesApis: listOf(provides.map(api => api.name)),
        consumesApis: listOf(consumes),
        dependsOn: listOf(dependsOn),
      },
      { description, annotations, tags },
    );
    for (const list of [done, system.done, system.domain.done])
      list.push(component);
  }
}

// A few popular libraries, mostly at their newest versions.
function librariesOf(rng) {
  const all = Object.entries(V.libraries);
  const used = all.filter(([, [chance]]) => rng.chance(chance));
  return (used.length ? used : all.slice(0, 1))
    .map(([name, [, ...versions]]) => `${name}@${rng.skewed(versions, 2)}`)
    .join(',');
}

function schedulesOf(rng, cron) {
  const schedules = new Set();
  for (let n = 1 + rng.poisson(0.5); n > 0; n--) {
    const [schedule, minute, hour] = [cron(), rng.int(60), rng.int(24)];
    schedules.add(schedule === 'random' ? `${minute} ${hour} * * *` : schedule);
  }
  return [...schedules].join(';');
}

const YAML_OPTIONS = {
  lineWidth: 0,
  singleQuote: true,
  aliasDuplicateObjects: false,
};
const toYaml = doc => `---\n${YAML.stringify(doc, YAML_OPTIONS)}`;

/**
 * Writes a generated catalog to outDir: entities-0001.yaml, ... of at most
 * fileSize entities each; locations.yaml, one Location entity that targets
 * every file, so that each file is its own location; and summary.json.
 * @param {{ entities: object[], stats: object }} result from generateCatalog
 * @param {{ outDir: string, fileSize?: number }} options
 * @returns {{ files: string[], summary: object }}
 */
export function writeCatalog({ entities, stats }, { outDir, fileSize = 250 }) {
  const write = (file, text) => fs.writeFileSync(path.join(outDir, file), text);
  fs.mkdirSync(outDir, { recursive: true });
  // Files of an earlier, larger run would linger outside locations.yaml.
  for (const file of fs.readdirSync(outDir))
    if (/^entities-\d+\.yaml$/.test(file)) fs.rmSync(path.join(outDir, file));
  const count = Math.ceil(entities.length / fileSize);
  const digits = Math.max(4, String(count).length);
  const files = [];
  for (let i = 0; i < count; i++) {
    files.push(`entities-${String(i + 1).padStart(digits, '0')}.yaml`);
    const docs = entities.slice(i * fileSize, (i + 1) * fileSize).map(toYaml);
    write(files[i], docs.join(''));
  }
  const description = `${stats.entities} synthetic entities, seed ${stats.seed}`;
  const metadata = { name: 'synthetic-catalog', description };
  const spec = { type: 'file', targets: files.map(file => `./${file}`) };
  write(
    'locations.yaml',
    toYaml({ apiVersion: API_VERSION, kind: 'Location', metadata, spec }),
  );
  const summary = { ...stats, files: count, fileSize };
  write('summary.json', `${JSON.stringify(summary, null, 2)}\n`);
  return { files, summary };
}
