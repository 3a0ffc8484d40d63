import { DomainSummary } from '../api';
import { contextMapToCml } from './fromMap';
import { random } from './__testUtils__/cmlInput';

describe('contextMapToCml', () => {
  /** The domain blocks as the export wrote them before it took linear time. */
  function domainBlocksAsBefore(domains: DomainSummary[]): string[] {
    const byRef = new Map(domains.map(d => [d.ref, d]));
    const top = (d: DomainSummary) => {
      let current = d;
      const seen = new Set<string>();
      while (
        current.parent &&
        byRef.has(current.parent) &&
        !seen.has(current.ref)
      ) {
        seen.add(current.ref);
        current = byRef.get(current.parent)!;
      }
      return current;
    };
    return domains
      .filter(d => top(d) === d)
      .map(domain =>
        [
          domain.name,
          ...domains
            .filter(d => d !== domain && top(d) === domain)
            .map(d => d.name),
        ].join(' '),
      );
  }
  function domainBlocks(cml: string): string[] {
    const blocks: string[] = [];
    for (const line of cml.split('\n')) {
      const domain = /^Domain (\w+) \{$/.exec(line);
      if (domain) blocks.push(domain[1]);
      const sub = /^ {2}Subdomain (\w+) \{/.exec(line);
      if (sub) blocks[blocks.length - 1] += ` ${sub[1]}`;
    }
    return blocks;
  }

  it('puts each domain under the same top domain as before, parents that go round included', () => {
    const next = random(11);
    for (let k = 0; k < 300; k++) {
      const n = 1 + next(12);
      const domainRefs = Array.from(
        { length: n },
        (_, i) => `domain:default/d${i}`,
      );
      const domains: DomainSummary[] = Array.from({ length: n }, (_, i) => {
        const parent = next(n + 3); // sometimes none, sometimes unknown
        return {
          ref: `domain:default/d${i}`,
          name: `D${i}`,
          parent: [
            ...domainRefs.slice(0, n),
            'domain:default/elsewhere',
            undefined,
            undefined,
          ][parent],
        };
      });
      const cml = contextMapToCml({
        contexts: [],
        edges: [],
        generatedAt: '',
        domains,
      });
      expect(domainBlocks(cml)).toEqual(domainBlocksAsBefore(domains));
    }
  });
});
