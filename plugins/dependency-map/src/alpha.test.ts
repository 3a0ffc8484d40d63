import plugin from './alpha';

describe('dependency map for the new frontend system', () => {
  it('is a frontend plugin with its page, API and entity card', () => {
    expect(plugin.id).toBe('dependency-map');
    const ids =
      (plugin as any).extensions?.map((e: { id: string }) => e.id) ?? [];
    expect(ids.sort()).toEqual(
      [
        'api:dependency-map',
        'entity-card:dependency-map/dependency-map',
        'page:dependency-map',
      ].sort(),
    );
  });
});
