import plugin from './alpha';

describe('the skills survey for the new frontend system', () => {
  it('provides its API and its page', () => {
    expect(plugin.id).toBe('skills-survey');
    const ids =
      (plugin as any).extensions?.map((e: { id: string }) => e.id) ?? [];
    expect(ids.sort()).toEqual(['api:skills-survey', 'page:skills-survey']);
  });
});
