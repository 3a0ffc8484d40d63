import { ContextMap } from '../api';
import { contextMapToCml } from './fromMap';
import { parseCml } from './parser';
import { cmlToCatalogYaml } from './toEntities';
import { contexts, growth, OWNER } from './__testUtils__/cmlInput';

describe('linear time', () => {
  it.each<[string, (n: number) => string, number]>([
    [
      'nested braces in an element it skips',
      n => `BoundedContext A { Aggregate X ${'{'.repeat(n)}${'}'.repeat(n)} }`,
      100_000,
    ],
    [
      'relationships on one pair of contexts',
      n => `ContextMap M {${' A [U,OHS]->[D,ACL] B'.repeat(n)} }`,
      10_000,
    ],
    [
      'texts full of escapes',
      n => `BoundedContext A { domainVisionStatement = "${'\\"x'.repeat(n)}" }`,
      100_000,
    ],
    [
      'long contains lists',
      n => `ContextMap M { contains ${Array(n).fill('Abc-Def').join(', ')} }`,
      40_000,
    ],
    [
      'comments, identifiers and arrows',
      n =>
        '// c\n/* block */ Domain D { Subdomain S { type = CORE_DOMAIN } }\n'.repeat(
          n,
        ),
      5_000,
    ],
  ])('parses %s in linear time', (_name, source, n) => {
    expect(
      growth(size => {
        const text = source(size);
        return () => parseCml(text);
      }, n),
    ).toBeLessThan(8);
  });

  it('writes YAML in linear time', () => {
    expect(
      growth(n => {
        const source = `${contexts(n)}\nContextMap M {\n${Array.from(
          { length: n },
          (_, i) => `Context${i} -> Context${(i + 1) % n}`,
        ).join('\n')}\n}`;
        return () => cmlToCatalogYaml(source, OWNER);
      }, 300),
    ).toBeLessThan(8);
  });

  it('exports a deep hierarchy of domains in linear time', () => {
    const chain = (n: number): ContextMap => ({
      contexts: [],
      edges: [],
      generatedAt: '',
      domains: Array.from({ length: n }, (_, i) => ({
        ref: `domain:default/d${i}`,
        name: `d${i}`,
        parent: i ? `domain:default/d${i - 1}` : undefined,
      })),
    });
    expect(
      growth(n => {
        const map = chain(n);
        return () => contextMapToCml(map);
      }, 15_000),
    ).toBeLessThan(8);
  });
});
