import plugin from './alpha';

describe('domain catalog for the new frontend system', () => {
  it('is a frontend plugin with its page, API, entity cards, entity tab and search result type', () => {
    expect(plugin.id).toBe('domain-catalog');
    const ids =
      (plugin as any).extensions?.map((e: { id: string }) => e.id) ?? [];
    expect(ids.sort()).toEqual(
      [
        'api:domain-catalog',
        'entity-card:domain-catalog/bounded-context',
        'entity-card:domain-catalog/domain-contexts',
        'entity-card:domain-catalog/bounded-context-overview',
        'entity-content:domain-catalog/bounded-context',
        'page:domain-catalog',
        'search-filter-result-type:domain-catalog/glossary',
        'search-result-list-item:domain-catalog/glossary',
      ].sort(),
    );
  });
});
