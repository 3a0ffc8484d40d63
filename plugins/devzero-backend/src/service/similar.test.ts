import { mostSimilar, titleSimilarity } from './similar';

describe('similar titles', () => {
  it('finds the same complaint in other words, best first', () => {
    const candidates = [
      { title: 'Payments API rate limits are not documented' },
      { title: 'Deploy template fails on first run' },
      { title: 'Rate limit of the payments API undocumented' },
      { title: 'Onboarding checklist is out of date' },
    ];
    expect(
      mostSimilar('Payments API rate limit not documented', candidates).map(
        c => c.title,
      ),
    ).toEqual([
      'Payments API rate limits are not documented',
      'Rate limit of the payments API undocumented',
    ]);
  });

  it('treats word forms and case alike and ignores filler words', () => {
    expect(
      titleSimilarity('Deploying the service FAILS', 'service deploy fails'),
    ).toBe(1);
    expect(titleSimilarity('the and of', 'the and of')).toBe(0);
  });

  it('returns nothing for unrelated titles', () => {
    expect(
      mostSimilar('Cannot log in to the portal', [
        { title: 'CLI crashes on Windows' },
      ]),
    ).toEqual([]);
  });
});
