const STOP_WORDS = new Set(
  'the and for with from that this into when what why how not can cannot cant does doesnt dont are was were has have had you your our its it is to of in on at by an a be no'.split(
    ' ',
  ),
);

/** The words of a title that carry meaning, reduced to a crude stem. */
export function titleWords(title: string): Set<string> {
  return new Set(
    title
      .toLocaleLowerCase('en-US')
      .replace(/[’']/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(w => w.length > 1 && !STOP_WORDS.has(w))
      // "deploying", "deploys" and "deploy" count as one word.
      .map(w => (w.length > 5 ? w.slice(0, 5) : w)),
  );
}

/** How alike two titles are, from 0 to 1 (Dice coefficient of their words). */
export function titleSimilarity(a: string, b: string): number {
  const x = titleWords(a);
  const y = titleWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** The candidates whose titles resemble the title, best first. */
export function mostSimilar<T extends { title: string }>(
  title: string,
  candidates: T[],
  options: { threshold?: number; limit?: number } = {},
): T[] {
  const threshold = options.threshold ?? 0.3;
  return candidates
    .map(c => ({ c, score: titleSimilarity(title, c.title) }))
    .filter(s => s.score >= threshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, options.limit ?? 5)
    .map(s => s.c);
}

/**
 * The candidates ranked by how alike their titles are to the title, best
 * first, the unalike too (a picker lets one choose any of them); equally
 * alike ones keep their order.
 */
export function rankedBySimilarity<T extends { title: string }>(
  title: string,
  candidates: T[],
): Array<{ candidate: T; similarity: number }> {
  return candidates
    .map(candidate => ({
      candidate,
      similarity:
        Math.round(titleSimilarity(title, candidate.title) * 100) / 100,
    }))
    .sort((a, b) => b.similarity - a.similarity);
}
