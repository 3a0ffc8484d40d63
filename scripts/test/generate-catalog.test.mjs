import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import YAML from 'yaml';
import { generateCatalog } from '../lib/catalog-generator.mjs';

const script = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../generate-catalog.mjs',
);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fitsys-catalog-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function cli(...args) {
  try {
    const run = promisify(execFile);
    const { stdout, stderr } = await run(process.execPath, [script, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

const filesOf = dir =>
  Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map(file => [file, fs.readFileSync(path.join(dir, file), 'utf8')]),
  );
const isEntityFile = file => /^entities-\d+\.yaml$/.test(file);
const parseAll = text => YAML.parseAllDocuments(text).map(doc => doc.toJS());

// Each reference field and the kind an unprefixed reference points to.
const REFERENCE_KINDS = {
  owner: 'group',
  system: 'system',
  domain: 'domain',
  subdomainOf: 'domain',
  memberOf: 'group',
  parent: 'group',
  providesApis: 'api',
  consumesApis: 'api',
  dependsOn: undefined,
};
const refsOf = entity =>
  Object.entries(REFERENCE_KINDS).flatMap(([field, kind]) =>
    [entity.spec[field] ?? []]
      .flat()
      .map(ref => (ref.includes(':') ? ref : `${kind}:${ref}`)),
  );
const keyOf = entity => `${entity.kind.toLowerCase()}:${entity.metadata.name}`;
const KINDS = ['Domain', 'System', 'Component', 'API', 'Resource', 'Group'];
KINDS.push('User');

function assertWellFormed(entities) {
  const keys = new Set(entities.map(keyOf));
  assert.equal(keys.size, entities.length, 'names are unique per kind');
  for (const entity of entities) {
    const { name, annotations = {} } = entity.metadata;
    assert.match(name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(name.length <= 63, `${name} is at most 63 characters`);
    for (const ref of refsOf(entity))
      assert.ok(keys.has(ref), `${keyOf(entity)} refers to missing ${ref}`);
    for (const [key, value] of Object.entries(annotations))
      assert.equal(typeof value, 'string', `${keyOf(entity)} ${key}`);
  }
}

describe('generateCatalog', () => {
  it('gives the same catalog for a seed and another for another seed', () => {
    const first = generateCatalog({ entities: 2000, seed: 7 });
    assert.deepEqual(generateCatalog({ entities: 2000, seed: 7 }), first);
    assert.notDeepEqual(generateCatalog({ entities: 2000, seed: 8 }), first);
  });

  for (const entities of [10, 50, 3000])
    it(`makes exactly ${entities} valid entities, every kind`, () => {
      const catalog = generateCatalog({ entities, seed: 1 });
      assert.equal(catalog.entities.length, entities);
      for (const kind of KINDS)
        assert.ok(
          catalog.entities.some(e => e.kind === kind),
          kind,
        );
      assertWellFormed(catalog.entities);
      const domains = catalog.entities.filter(e => e.kind === 'Domain');
      assert.ok(domains.length >= 4, 'a few domains');
      const types = new Set(domains.map(d => d.spec.type));
      assert.deepEqual([...types].sort(), ['core', 'generic', 'supporting']);
      assert.ok(
        domains.some(d => d.spec.subdomainOf),
        'a sub-domain',
      );
    });

  it('declares about four relations per entity at 20,000 entities', () => {
    const { entities, stats } = generateCatalog({ entities: 20000, seed: 1 });
    const declared = entities.reduce((sum, e) => sum + refsOf(e).length, 0);
    assert.equal(stats.relations.total, declared);
    assert.ok(declared / 20000 >= 3.2 && declared / 20000 <= 5, `${declared}`);
  });

  it('keeps dependencies local, with a few very popular resources', () => {
    const { entities } = generateCatalog({ entities: 5000, seed: 3 });
    const byKey = new Map(entities.map(e => [keyOf(e), e]));
    const domainOf = e => byKey.get(`system:${e.spec.system}`).spec.domain;
    const dependents = new Map();
    let [edges, local] = [0, 0];
    for (const entity of entities) {
      if (entity.kind === 'Resource') dependents.set(keyOf(entity), 0);
      for (const ref of entity.spec.dependsOn ?? [])
        if (ref.startsWith('resource:'))
          dependents.set(ref, (dependents.get(ref) ?? 0) + 1);
        else if (entity.kind === 'Component') {
          edges++;
          if (domainOf(byKey.get(ref)) === domainOf(entity)) local++;
        }
    }
    assert.ok(edges > 100 && local / edges > 0.75, `${local} of ${edges}`);
    const counts = [...dependents.values()].sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)];
    assert.ok(counts.at(-1) > 50 * Math.max(median, 1), `${counts.at(-1)}`);
  });

  it('annotates components for Fit Systems; cron only on batch ones', () => {
    const { entities } = generateCatalog({ entities: 3000, seed: 2 });
    const components = entities.filter(e => e.kind === 'Component');
    const schedules = new Map();
    for (const { metadata, spec } of components) {
      const get = key => metadata.annotations[`fitsys.dev/${key}`];
      assert.ok(get('bounded-context') && get('shared-libraries'));
      assert.match(get('shared-libraries'), /^([a-z0-9-]+@[\d.]+,?)+$/);
      if (spec.type !== 'library') {
        for (const key of ['region', 'zone', 'cluster', 'base-image'])
          assert.ok(get(key), `${metadata.name} has ${key}`);
        assert.match(get('tier'), /^[123]$/);
        assert.match(get('availability-target'), /^99\.\d+$/);
      }
      const cron = get('cron-schedules');
      assert.equal(Boolean(cron), metadata.tags.includes('batch'));
      for (const schedule of cron?.split(';') ?? []) {
        assert.equal(schedule.split(' ').length, 5, schedule);
        schedules.set(schedule, (schedules.get(schedule) ?? 0) + 1);
      }
    }
    const [top] = [...schedules].sort((a, b) => b[1] - a[1]);
    assert.equal(top[0], '0 2 * * *');
  });

  it('rejects fewer than 10 entities', () => {
    assert.throws(() => generateCatalog({ entities: 9 }), RangeError);
  });
});

describe('generate-catalog CLI', () => {
  const [a, b, c] = ['a', 'b', 'c'].map(dir => path.join(tmp, dir));
  const args = ['--entities', '2000', '--file-size', '300'];
  let output;
  before(async () => {
    output = await cli(...args, '--seed', '5', '--out', a);
  });

  it('writes byte-identical files for the same arguments', async () => {
    assert.equal(output.code, 0, output.stderr);
    await cli(...args, '--seed', '5', '--out', b);
    assert.deepEqual(filesOf(b), filesOf(a));
    await cli(...args, '--seed', '6', '--out', c);
    assert.notDeepEqual(
      filesOf(c)['entities-0001.yaml'],
      filesOf(a)['entities-0001.yaml'],
    );
  });

  it('writes files of at most K entities, each a target in locations.yaml', () => {
    const files = filesOf(a);
    const entityFiles = Object.keys(files).filter(isEntityFile);
    assert.equal(entityFiles.length, 7);
    const entities = entityFiles.flatMap(file => {
      const docs = parseAll(files[file]);
      assert.ok(docs.length <= 300, `${file} has ${docs.length}`);
      return docs;
    });
    assert.equal(entities.length, 2000);
    assertWellFormed(entities);
    const [location, ...more] = parseAll(files['locations.yaml']);
    assert.equal(more.length, 0);
    assert.equal(location.kind, 'Location');
    assert.equal(location.metadata.name, 'synthetic-catalog');
    assert.deepEqual(
      location.spec.targets,
      entityFiles.map(f => `./${f}`),
    );
    const summary = JSON.parse(files['summary.json']);
    assert.equal(summary.entities, 2000);
    assert.equal(summary.seed, 5);
    assert.equal(summary.files, 7);
  });

  it('prints a summary', () => {
    assert.match(output.stdout, /Generated 2,000 entities \(seed 5\)/);
    assert.match(output.stdout, /relations: [\d,]+/);
    assert.match(output.stdout, /files: +7 /);
  });

  it('removes entity files left by an earlier run with more files', async () => {
    await cli('--entities', '2000', '--file-size', '1000', '--out', b);
    const files = Object.keys(filesOf(b)).filter(isEntityFile);
    assert.deepEqual(files, ['entities-0001.yaml', 'entities-0002.yaml']);
  });

  const bad = [
    [['--entities', 'many'], '--entities'],
    [['--entities', '1.5'], '--entities'],
    [['--entities', '9'], '--entities'],
    [['--entities', '1000001'], '--entities'],
    [['--entities', '100', '--seed', '-1'], '--seed'],
    [['--entities', '100', '--file-size', '0'], '--file-size'],
    [['--entities', '100', '--size', '10'], '--size'],
    [['--entities'], '--entities'],
    [[], '--entities'],
  ];
  for (const [argv, flag] of bad) {
    const name = argv.join(' ') || 'no arguments';
    it(`rejects ${name} with exit code 2, naming ${flag}`, async () => {
      const { code, stderr } = await cli(...argv, '--out', c);
      assert.equal(code, 2);
      assert.ok(stderr.includes(flag), stderr);
    });
  }

  it('explains its options with --help', async () => {
    const { code, stdout } = await cli('--help');
    assert.equal(code, 0);
    for (const flag of ['--entities', '--seed', '--out', '--file-size'])
      assert.ok(stdout.includes(flag), flag);
  });
});
