/**
 * A group of the organisation as the suppression sees it: a node of the
 * tree of cells, whose count is the sum of its children's and of the
 * answers attributed to the group itself.
 */
export interface CellNode {
  ref: string;
  parent: string | null;
  /**
   * Whether answers may be attributed to the group itself (it has members
   * of its own, or teams below the minimum size fold into it), as anyone
   * who knows the team sizes can tell. When false, its count is exactly the
   * sum of its children's.
   */
  ownAnswers: boolean;
}

/**
 * Which cells of a tree to withhold so that no withheld count can be worked
 * out from the published ones.
 *
 * Primary suppression withholds every cell with 1 to `minGroupSize - 1`
 * respondents. Complementary suppression then looks at each group's
 * equation, count = sum of its children + its own answers:
 *
 * - a published group whose equation has exactly one unknown term that is a
 *   withheld child would give that child away by subtraction, and a
 *   remainder (count minus published children) of 1 to `minGroupSize - 1`
 *   respondents would describe too few people; either way its smallest
 *   published child is withheld too, or the group itself if it has none;
 * - a withheld group whose children are all published and who has no
 *   answers of its own would be their sum; its smallest child is withheld.
 *
 * Each equation keeps at least two unknowns or a remainder of zero or at
 * least `minGroupSize`, so no chain of subtractions can start. The
 * property test in suppression.property.test.ts checks this with Gaussian
 * elimination over the published cells of random organisations, and over
 * two campaigns at once.
 *
 * @param counts - Respondents per group, rolled up (each includes its subtree).
 * @returns The refs of the cells to withhold.
 */
export function suppressCells(
  nodes: readonly CellNode[],
  counts: ReadonlyMap<string, number>,
  minGroupSize: number,
): Set<string> {
  const n = (ref: string) => counts.get(ref) ?? 0;
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.parent !== null) {
      const list = children.get(node.parent) ?? [];
      list.push(node.ref);
      children.set(node.parent, list);
    }
  }
  const suppressed = new Set<string>();
  for (const node of nodes) {
    const count = n(node.ref);
    if (count > 0 && count < minGroupSize) suppressed.add(node.ref);
  }
  const smallest = (refs: string[]) =>
    [...refs].sort((a, b) => n(a) - n(b) || (a < b ? -1 : 1))[0];

  let changed = true;
  while (changed) {
    changed = false;
    for (const node of nodes) {
      const kids = children.get(node.ref) ?? [];
      const withheld = kids.filter(k => suppressed.has(k));
      const published = kids.filter(k => !suppressed.has(k) && n(k) > 0);
      const unknowns = withheld.length + (node.ownAnswers ? 1 : 0);
      let toWithhold: string | undefined;
      if (!suppressed.has(node.ref)) {
        if (n(node.ref) === 0) continue;
        const remainder =
          n(node.ref) - published.reduce((sum, k) => sum + n(k), 0);
        const givesAway = withheld.length > 0 && unknowns === 1;
        const tooFew = remainder > 0 && remainder < minGroupSize;
        if (givesAway || tooFew) {
          toWithhold = published.length ? smallest(published) : node.ref;
        }
      } else if (unknowns === 0 && published.length) {
        toWithhold = smallest(published);
      }
      if (toWithhold !== undefined) {
        suppressed.add(toWithhold);
        changed = true;
      }
    }
  }
  return suppressed;
}

/**
 * Sums counts up the tree: each group's total is its own plus every group's
 * below it.
 */
export function rollUp<T>(
  nodes: readonly CellNode[],
  own: ReadonlyMap<string, T>,
  zero: () => T,
  add: (into: T, from: T) => void,
): Map<string, T> {
  const totals = new Map<string, T>();
  for (const node of nodes) {
    const total = zero();
    const mine = own.get(node.ref);
    if (mine) add(total, mine);
    totals.set(node.ref, total);
  }
  const depth = depthsOf(nodes);
  // Deepest first, so that each child is complete before it is added up.
  const order = [...nodes].sort(
    (a, b) => depth.get(b.ref)! - depth.get(a.ref)!,
  );
  for (const node of order) {
    if (node.parent !== null && totals.has(node.parent)) {
      add(totals.get(node.parent)!, totals.get(node.ref)!);
    }
  }
  return totals;
}

/** Each node's distance from its root. */
export function depthsOf(nodes: readonly CellNode[]): Map<string, number> {
  const parentOf = new Map(nodes.map(n => [n.ref, n.parent]));
  const depth = new Map<string, number>();
  const of = (ref: string, seen = 0): number => {
    const known = depth.get(ref);
    if (known !== undefined) return known;
    const parent = parentOf.get(ref);
    // A cycle cannot come from a tree built by buildTeamTree; cut it anyway.
    const d =
      parent === null || parent === undefined || seen > nodes.length
        ? 0
        : of(parent, seen + 1) + 1;
    depth.set(ref, d);
    return d;
  };
  for (const node of nodes) of(node.ref);
  return depth;
}
