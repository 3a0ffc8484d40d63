import { queryFromParams } from './queryFromParams';

describe('queryFromParams', () => {
  it('ignores malformed dates and bounds the page size', () => {
    const q = queryFromParams(
      new URLSearchParams('from=yesterday&to=2026-11-02&limit=5000&offset=-3'),
    );
    expect(q.from).toBeUndefined();
    expect(q.to).toBe('2026-11-03T00:00:00.000Z');
    expect(q.limit).toBe(100);
    expect(q.offset).toBe(0);
  });
});
