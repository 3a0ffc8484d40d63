import { DomainCatalogSnapshot } from './DomainCatalogSnapshot';
import { driftCatalog } from '../__testUtils__/driftCatalog';

const ctx = (name: string) => `boundedcontext:default/${name}`;

describe('DomainCatalogSnapshot', () => {
  const snapshot = new DomainCatalogSnapshot(driftCatalog(), {
    undeclaredCouplingExemptions: [ctx('runtime')],
    sharedResourceTypes: ['database'],
  });

  it('merges both sides of a relationship into one edge with the usual notation', () => {
    const edge = snapshot
      .map()
      .edges.find(
        e => e.upstream === ctx('fraud') && e.downstream === ctx('auth'),
      )!;
    expect(edge).toMatchObject({
      symmetric: false,
      customerSupplier: true,
      downstreamPatterns: ['anticorruption-layer'],
      label: 'C/S: U → D [ACL]',
      declaredBy: [ctx('auth'), ctx('fraud')],
    });
    const kernel = snapshot
      .map()
      .edges.find(
        e => e.symmetric && e.upstreamPatterns.includes('shared-kernel'),
      )!;
    expect([kernel.upstream, kernel.downstream]).toEqual([
      ctx('auth'),
      ctx('card-vault'),
    ]);
    expect(kernel.label).toBe('SK');
  });

  it('gives a context the classification of its domain, inherited by a sub-domain', () => {
    expect(snapshot.context(ctx('auth'))?.classification).toBe('core');
    expect(snapshot.context(ctx('ledger'))?.classification).toBe('supporting');
  });

  it('filters the map by domain, including sub-domains, and by owner', () => {
    const payments = snapshot.map({ domains: ['domain:default/payments'] });
    expect(payments.contexts.map(c => c.name)).toEqual([
      'auth',
      'card-vault',
      'fraud',
      'portal',
    ]);
    expect(payments.domains.map(d => d.name)).toEqual(['cards', 'payments']);
    expect(payments.edges.every(e => !e.upstream.includes('ledger'))).toBe(
      true,
    );
    const owned = snapshot.map({ owners: ['group:default/ledger-team'] });
    expect(owned.contexts.map(c => c.name)).toEqual(['ledger']);
  });

  it('focuses on a context and its neighbours, one or more steps away', () => {
    expect(
      snapshot.map({ focus: ctx('reporting') }).contexts.map(c => c.name),
    ).toEqual(['ledger', 'reporting']);
    expect(
      snapshot
        .map({ focus: ctx('reporting'), depth: 2 })
        .contexts.map(c => c.name),
    ).toEqual(['ledger', 'payouts', 'reporting', 'settlement']);
  });

  it('aggregates the map by domain for maps too big to read', () => {
    const aggregate = snapshot.domainAggregate();
    expect(aggregate.nodes.map(n => [n.name, n.contextCount])).toEqual([
      ['cards', 2],
      ['finance', 4],
      ['payments', 2],
      ['platform', 4],
    ]);
    expect(aggregate.edges).toContainEqual({
      source: 'domain:default/payments',
      target: 'domain:default/cards',
      relationshipCount: 1,
      patterns: ['anticorruption-layer'],
    });
  });

  it('tells an entity its context, by annotation or through its system, with neighbours', () => {
    const auth = snapshot.entityContext('component:default/auth-service');
    expect(auth.context?.name).toBe('auth');
    expect(auth.via).toBe('annotation');
    expect(auth.upstream.map(c => c.name)).toEqual(['fraud']);
    expect(auth.partners.map(c => c.name)).toEqual(['card-vault']);
    expect(auth.keyTerms.map(t => t.term)).toEqual(['Transaction', 'Merchant']);
    const web = snapshot.entityContext('component:default/portal-web');
    expect(web).toMatchObject({
      via: 'system',
      system: 'system:default/portal-system',
    });
    expect(web.context?.name).toBe('portal');
    expect(
      snapshot.entityContext('component:default/split-brain').conflicts,
    ).toEqual([ctx('fraud')]);
    expect(
      snapshot.entityContext('component:default/unknown').context,
    ).toBeUndefined();
  });

  it('details a context with members, edges, neighbours and drift', () => {
    const details = snapshot.details(ctx('ledger'))!;
    expect(details.context.terms.map(t => t.term)).toEqual([
      'Transaction',
      'Acceptor',
      'Posting',
    ]);
    expect(details.members.map(m => m.ref)).toEqual([
      'api:default/ledger-api',
      'component:default/ledger-service',
    ]);
    expect(details.neighbours.map(n => n.name).sort()).toEqual([
      'payouts',
      'reporting',
      'settlement',
    ]);
    expect(details.drift.map(f => f.kind).sort()).toEqual([
      'contradiction',
      'contradiction',
      'unbacked-relationship',
      'undeclared-coupling',
    ]);
    expect(details.context.driftCount).toBe(4);
    expect(snapshot.details(ctx('nope'))).toBeUndefined();
  });

  it('lists a domain with its sub-domains and the contexts within', () => {
    const info = snapshot.domainContexts('domain:default/payments')!;
    expect(info.subdomains.map(d => d.name)).toEqual(['cards']);
    expect(info.contexts.map(c => c.name)).toEqual([
      'auth',
      'card-vault',
      'fraud',
      'portal',
    ]);
  });

  it('searches the glossary by term, alias and definition, best match first', () => {
    const page = snapshot.glossary.search({
      q: 'acceptor',
      offset: 0,
      limit: 10,
    });
    expect(page.items.map(i => [i.term, i.context])).toEqual([
      ['Acceptor', ctx('ledger')],
      ['Merchant', ctx('auth')],
    ]);
    const byDefinition = snapshot.glossary.search({
      q: 'debit',
      offset: 0,
      limit: 10,
    });
    expect(byDefinition.items.map(i => i.term)).toEqual(['Posting']);
    const paged = snapshot.glossary.search({ offset: 1, limit: 2 });
    expect(paged.totalItems).toBe(5);
    expect(paged.items).toHaveLength(2);
    const inContext = snapshot.glossary.search({
      contexts: [ctx('auth')],
      offset: 0,
      limit: 10,
    });
    expect(inContext.items.map(i => i.term)).toEqual([
      'Merchant',
      'Transaction',
    ]);
  });

  it('shows the same term defined by several contexts side by side', () => {
    const collisions = snapshot.glossary.collisions;
    expect(
      collisions.map(c => [
        c.term,
        c.sameDefinition,
        c.entries.map(e => e.context),
      ]),
    ).toEqual([
      ['Acceptor', true, [ctx('ledger'), ctx('auth')]],
      ['Transaction', false, [ctx('auth'), ctx('ledger')]],
    ]);
  });
});
