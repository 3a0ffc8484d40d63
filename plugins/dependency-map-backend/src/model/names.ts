/** Distinct names numbered in order of first appearance. */
export class Interner {
  readonly values: string[] = [];
  private readonly map = new Map<string, number>();
  of(value: string | undefined): number {
    if (value === undefined) return -1;
    let i = this.map.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.map.set(value, i);
    }
    return i;
  }
}

/** Where each of a list of names comes in their sorted order. */
export interface NameOrder {
  /** Per name (by index): its place in `sorted`. */
  rank: Int32Array;
  /** The names sorted as Array#sort sorts strings. */
  sorted: string[];
}

export function nameOrder(names: string[]): NameOrder {
  const sorted = [...names].sort();
  const place = new Map(sorted.map((name, r) => [name, r]));
  return { rank: Int32Array.from(names, name => place.get(name)!), sorted };
}

/**
 * The names of a set of owners, systems or domains (`found`: distinct
 * indices into the names), sorted as `found.map(i => names[i]).sort()`
 * would sort them, but comparing precomputed ranks, not strings.
 */
export function namesInOrder(
  found: ArrayLike<number>,
  order: NameOrder,
): string[] {
  const ranks = new Int32Array(found.length);
  for (let i = 0; i < found.length; i++) ranks[i] = order.rank[found[i]];
  ranks.sort();
  return Array.from(ranks, r => order.sorted[r]);
}
