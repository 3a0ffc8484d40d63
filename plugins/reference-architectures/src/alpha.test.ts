import plugin from './alpha';

describe('reference architectures for the new frontend system', () => {
  it('is a frontend plugin with its page, API, entity card and search result types', () => {
    expect(plugin.id).toBe('reference-architectures');
    const ids =
      (plugin as any).extensions?.map((e: { id: string }) => e.id) ?? [];
    expect(ids.sort()).toEqual(
      [
        'api:reference-architectures',
        'entity-card:reference-architectures/reference-architecture',
        'page:reference-architectures',
        'search-filter-result-type:reference-architectures/architectures',
        'search-filter-result-type:reference-architectures/decisions',
        'search-result-list-item:reference-architectures/architectures',
        'search-result-list-item:reference-architectures/decisions',
      ].sort(),
    );
  });
});
