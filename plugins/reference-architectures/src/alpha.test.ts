import plugin from './alpha';

describe('reference architectures for the new frontend system', () => {
  it('is a frontend plugin with its page, API and entity card', () => {
    expect(plugin.id).toBe('reference-architectures');
    const ids =
      (plugin as any).extensions?.map((e: { id: string }) => e.id) ?? [];
    expect(ids.sort()).toEqual(
      [
        'api:reference-architectures',
        'entity-card:reference-architectures/reference-architecture',
        'page:reference-architectures',
      ].sort(),
    );
  });
});
