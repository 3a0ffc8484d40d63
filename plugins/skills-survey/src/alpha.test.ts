import plugin from './alpha';

describe('the skills survey for the new frontend system', () => {
  it('provides its API, its page and its home page card', () => {
    expect(plugin.id).toBe('skills-survey');
    const ids =
      (plugin as any).extensions?.map((e: { id: string }) => e.id) ?? [];
    expect(ids.sort()).toEqual([
      'api:skills-survey',
      'home-page-widget:skills-survey/prompt',
      'page:skills-survey',
    ]);
  });
});
