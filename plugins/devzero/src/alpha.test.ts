import plugin from './alpha';

describe('Developer Zero for the new frontend system', () => {
  it('provides its API, page, entity card, tab and header menu item, the TechDocs add-on, and its search result type', () => {
    expect(plugin.id).toBe('devzero');
    const ids =
      (plugin as any).extensions?.map((e: { id: string }) => e.id) ?? [];
    expect(ids.sort()).toEqual(
      [
        'api:devzero',
        'page:devzero',
        'entity-card:devzero/findings',
        'entity-content:devzero/findings',
        'entity-context-menu-item:devzero/report-friction',
        'addon:devzero/report-friction',
        'search-filter-result-type:devzero/findings',
        'search-result-list-item:devzero/findings',
      ].sort(),
    );
  });
});
