import { suppressCells } from './suppression';

const node = (ref: string, parent: string | null, ownAnswers = false) => ({
  ref,
  parent,
  ownAnswers,
});

describe('suppressCells', () => {
  const tree = [
    node('org', null),
    node('a', 'org'),
    node('b', 'org'),
    node('c', 'org'),
  ];

  it('withholds cells below the minimum, and publishes no data as such', () => {
    const counts = new Map([
      ['org', 20],
      ['a', 8],
      ['b', 12],
      ['c', 0],
    ]);
    expect(suppressCells(tree, counts, 5)).toEqual(new Set());
  });

  it('withholds a complement so that the total minus the rest gives nothing away', () => {
    const counts = new Map([
      ['org', 20],
      ['a', 2],
      ['b', 12],
      ['c', 6],
    ]);
    // org - b - c would be a: c, the smaller, is withheld with it.
    expect(suppressCells(tree, counts, 5)).toEqual(new Set(['a', 'c']));
  });

  it('withholds the parent when it has no child to withhold', () => {
    const counts = new Map([
      ['org', 9],
      ['a', 3],
      ['b', 6],
      ['c', 0],
    ]);
    // Two unknowns are not enough when only one child is published and
    // the remainder is too small: org itself goes.
    const withheld = suppressCells(tree, counts, 5);
    expect(withheld.has('a')).toBe(true);
    expect(withheld.has('b') || withheld.has('org')).toBe(true);
  });

  it("withholds a group's own answers when they are too few to show as a remainder", () => {
    const withOwn = [
      node('org', null, true),
      node('a', 'org'),
      node('b', 'org'),
    ];
    const counts = new Map([
      ['org', 14],
      ['a', 6],
      ['b', 6],
    ]);
    // org - a - b = 2 people answering for org itself.
    expect(suppressCells(withOwn, counts, 5)).toEqual(new Set(['a']));
  });
});
