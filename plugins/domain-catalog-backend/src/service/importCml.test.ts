import { startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import domainCatalogPlugin from '../index';

/** POST /import/cml with hostile or oversized input: each a quick 400 saying what to change. */
describe('POST /api/domain-catalog/import/cml', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        domainCatalogPlugin,
        catalogServiceMock.factory({ entities: [] }),
      ],
    }));
  });

  /** The answer, and the CPU time the process spent on it (server and client share it), in ms. */
  async function post(body: Record<string, unknown>) {
    const start = process.cpuUsage();
    const res = await request(server)
      .post('/api/domain-catalog/import/cml')
      .send(body);
    const used = process.cpuUsage(start);
    return { res, ms: (used.user + used.system) / 1000 };
  }

  const contexts = (n: number) =>
    Array.from({ length: n }, (_, i) => `BoundedContext C${i}`).join('\n');

  it.each<[string, () => Record<string, unknown>, unknown]>([
    [
      'a defaultDomain of 80,000 capitals',
      () => ({
        source: 'BoundedContext A',
        owner: 'architects',
        defaultDomain: 'A'.repeat(80_000),
      }),
      'body.defaultDomain: name the domain for contexts that implement none in at most 100 characters, e.g. payments',
    ],
    [
      'an empty defaultDomain',
      () => ({ source: 'BoundedContext A', owner: 'a', defaultDomain: ' ' }),
      'body.defaultDomain: leave defaultDomain out, or name the domain with letters or digits, e.g. payments',
    ],
    [
      'a defaultDomain without letters or digits',
      () => ({ source: 'BoundedContext A', owner: 'a', defaultDomain: '--' }),
      'body.defaultDomain: leave defaultDomain out, or name the domain with letters or digits, e.g. payments',
    ],
    [
      'an owner of 231 KB, once copied into every entity',
      () => ({ source: contexts(2000), owner: 'a'.repeat(231_000) }),
      'body.owner: write the owning group as a ref or a name of at most 255 characters, e.g. group:default/architects',
    ],
    [
      'an owner of 1 MB that is no ref either',
      () => ({ source: 'BoundedContext A', owner: 'a b'.repeat(333_333) }),
      expect.stringMatching(
        /^body\.owner: write the owning group as a ref or a name of at most 255 characters.*; body\.owner: write the owning group as group:namespace\/name, namespace\/name or a name/,
      ),
    ],
    [
      'an owner that is not a group',
      () => ({ source: 'BoundedContext A', owner: 'user:default/jdoe' }),
      'body.owner: write the owning group as group:namespace/name, namespace/name or a name (letters, digits, "-", "_", ".")',
    ],
    [
      'a source of more than 1,000,000 characters',
      () => ({
        source: `BoundedContext A ${' '.repeat(1_000_000)}`,
        owner: 'a',
      }),
      'body.source: the CML may have at most 1,000,000 characters; split the model into several files and import each',
    ],
    [
      'CML that would make 2,001 entities',
      () => ({ source: contexts(2001), owner: 'architects' }),
      'source: the model would make 2,001 catalog entities (0 domains and subdomains, 2,001 bounded contexts); one import may make at most 2,000. Split the model into several files and import each',
    ],
    [
      'CML with 10,001 relationships',
      () => ({
        source: `BoundedContext A BoundedContext B ContextMap M {${' A -> B'.repeat(
          10_001,
        )} }`,
        owner: 'architects',
      }),
      'source: the context map has 10,001 relationships; one import may take at most 10,000. Split the model into several files and import each',
    ],
    [
      '100,000 nested braces',
      () => ({ source: '{'.repeat(100_000), owner: 'architects' }),
      "source: line 1, column 1: expected ContextMap, BoundedContext or Domain, found '{'",
    ],
    [
      '100,000 nested braces inside a bounded context',
      () => ({
        source: `BoundedContext A {\n\n  Aggregate X ${'{'.repeat(100_000)}`,
        owner: 'architects',
      }),
      "source: line 3, column 15: '{' is never closed with '}'",
    ],
  ])('answers %s with a quick 400', async (_name, body, message) => {
    const { res, ms } = await post(body());
    expect({ status: res.status, message: res.body.error?.message }).toEqual({
      status: 400,
      message,
    });
    // Generous: each takes tens of milliseconds; before, some took seconds of blocked event loop.
    expect(ms).toBeLessThan(2000);
  });

  it('takes an owner ref with spaces around it and a default domain', async () => {
    const { res } = await post({
      source: 'BoundedContext CardVault',
      owner: '  group:default/architects ',
      defaultDomain: 'CardPayments',
    });
    expect(res.status).toBe(200);
    expect(res.body.yaml).toContain('owner: group:default/architects\n');
    expect(res.body.yaml).toContain('domain: card-payments\n');
  });
});
