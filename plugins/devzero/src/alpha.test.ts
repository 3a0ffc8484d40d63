import plugin from './alpha';

describe('Developer Zero for the new frontend system', () => {
  it('provides its API, page, entity card and tab, and the TechDocs add-on', () => {
    expect(plugin.id).toBe('devzero');
    const ids =
      (plugin as any).extensions?.map((e: { id: string }) => e.id) ?? [];
    expect(ids.sort()).toEqual(
      [
        'api:devzero',
        'page:devzero',
        'entity-card:devzero/findings',
        'entity-content:devzero/findings',
        'addon:devzero/report-friction',
      ].sort(),
    );
  });
});
