import fc from 'fast-check';
import { Entity } from '@backstage/catalog-model';
import {
  group,
  snapshotOf,
  technology,
  user,
} from '../__testUtils__/organisation';
import { RatingAggregate, StoredCell } from '../database/SurveyStore';
import { computeCells, RESPONDENTS } from './cells';
import { cellsOf } from './teams';

// Generates organisations (a tree of groups with members) and the answers of
// two campaigns, publishes their cells, and plays the attacker: from every
// published number (respondent counts, each level's count, the change
// between the campaigns) and the team structure (who may have answers of
// their own), it solves the tree's equations (a group's count = its
// children's + its own answers) by Gaussian elimination. No withheld cell
// may come out, and no remainder may describe 1 to minGroupSize - 1 people.

const LEVELS = [null, 0, 1, 2, 3, 4] as const;

const organisationArb = fc
  .record({
    minGroupSize: fc.integer({ min: 3, max: 10 }),
    groups: fc.array(
      fc.record({ parent: fc.nat(), members: fc.integer({ min: 0, max: 9 }) }),
      { minLength: 1, maxLength: 10 },
    ),
    unassigned: fc.integer({ min: 0, max: 4 }),
    seed: fc.array(fc.nat(), { minLength: 400, maxLength: 400 }),
  })
  .map(o => {
    const entities: Entity[] = [];
    let person = 0;
    o.groups.forEach((g, i) => {
      const parent = i === 0 ? undefined : `g${g.parent % i}`;
      entities.push(group(`g${i}`, parent));
      for (let m = 0; m < g.members; m++)
        entities.push(user(`p${person++}`, `g${i}`));
    });
    for (let m = 0; m < o.unassigned; m++) entities.push(user(`p${person++}`));
    return { ...o, entities, people: person };
  });

/** What one campaign's answers add up to, as the database's aggregate would. */
function aggregatesOf(
  members: Map<string, string>,
  seed: number[],
  offset: number,
) {
  const respondents = new Map<string, number>();
  const ratings = new Map<string, RatingAggregate>();
  [...members.keys()].sort().forEach((person, i) => {
    const r = seed[(i + offset) % seed.length];
    if (r % 10 < 3) return; // did not answer
    const team = members.get(person)!;
    respondents.set(team, (respondents.get(team) ?? 0) + 1);
    if (r % 7 === 0) return; // skipped the technology
    const level = LEVELS[r % LEVELS.length];
    const key = `${team}|${level}`;
    const a = ratings.get(key) ?? {
      teamRef: team,
      technologyId: 'kafka',
      level,
      wantToLearn: false,
      count: 0,
    };
    a.count += 1;
    ratings.set(key, a);
  });
  return { respondents, ratings: [...ratings.values()] };
}

/** Row reduction; returns the reduced rows (each a coefficient array). */
function reduce(rows: number[][]): number[][] {
  const m = rows.map(r => [...r]);
  const width = m[0]?.length ?? 0;
  let rank = 0;
  for (let col = 0; col < width && rank < m.length; col++) {
    let pivot = -1;
    for (let r = rank; r < m.length; r++)
      if (Math.abs(m[r][col]) > 1e-9) pivot = r;
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot], m[rank]];
    const p = m[rank][col];
    m[rank] = m[rank].map(x => x / p);
    const pivotRow = m[rank];
    for (let r = 0; r < m.length; r++) {
      if (r !== rank && Math.abs(m[r][col]) > 1e-9) {
        const f = m[r][col];
        m[r] = m[r].map((x, c) => x - f * pivotRow[c]);
      }
    }
    rank++;
  }
  return m.slice(0, rank);
}

/**
 * The attacker on one measure (respondents, or one level's count): which
 * unknowns the published values determine, with their values.
 */
function determined(
  campaigns: Array<{
    cells: Map<string, StoredCell>;
    value: (c: StoredCell) => number;
    nodes: ReturnType<typeof cellsOf>;
  }>,
) {
  const variables: string[] = [];
  const index = (name: string) => {
    let i = variables.indexOf(name);
    if (i < 0) i = variables.push(name) - 1;
    return i;
  };
  const equations: Array<{ terms: Map<number, number>; rhs: number }> = [];
  campaigns.forEach(({ cells, value, nodes }, k) => {
    const known = (ref: string) => {
      const c = cells.get(ref)!;
      if (c.status === 'no-data') return 0;
      if (c.status === 'published') return value(c);
      return undefined;
    };
    for (const node of nodes) {
      const terms = new Map<number, number>();
      let rhs = 0;
      const put = (ref: string, sign: number, own = false) => {
        const v = own ? undefined : known(ref);
        if (v !== undefined) rhs -= sign * v;
        else {
          const i = index(`${k}:${own ? 'own' : 'cell'}:${ref}`);
          terms.set(i, (terms.get(i) ?? 0) + sign);
        }
      };
      put(node.ref, 1);
      for (const child of nodes.filter(n => n.parent === node.ref))
        put(child.ref, -1);
      if (node.ownAnswers) put(node.ref, -1, true);
      equations.push({ terms, rhs });
    }
  });
  if (!variables.length) return new Map<string, number>();
  const rows = equations.map(e => {
    const row = new Array(variables.length + 1).fill(0);
    for (const [i, c] of e.terms) row[i] = c;
    row[variables.length] = e.rhs;
    return row;
  });
  const found = new Map<string, number>();
  for (const row of reduce(rows)) {
    const nonZero = row
      .slice(0, variables.length)
      .map((c, i) => [c, i] as const)
      .filter(([c]) => Math.abs(c) > 1e-9);
    if (nonZero.length === 1)
      found.set(
        variables[nonZero[0][1]],
        Math.round(row[variables.length] / nonZero[0][0]),
      );
  }
  return found;
}

describe('complementary suppression', () => {
  it('lets no withheld cell be recovered from published cells, totals, parents or the previous campaign', () => {
    fc.assert(
      fc.property(organisationArb, org => {
        const { snapshot, members } = snapshotOf(
          org.entities,
          [technology('kafka')],
          org.minGroupSize,
        );
        const nodes = cellsOf(snapshot.teams, new Set(snapshot.ownAnswers));
        const campaigns = [0, 137].map(offset => {
          const cells = computeCells(
            snapshot,
            aggregatesOf(members, org.seed, offset),
          );
          return (technologyId: string) =>
            new Map(
              cells
                .filter(c => c.technologyId === technologyId)
                .map(c => [c.teamRef, c]),
            );
        });
        const measures: Array<[string, (c: StoredCell) => number]> = [
          [RESPONDENTS, c => c.respondents!],
          ['kafka', c => c.respondents!],
          ['kafka', c => c.notApplicable!],
          ...[0, 1, 2, 3, 4].map(
            l =>
              ['kafka', (c: StoredCell) => c.levels![l] ?? 0] as [
                string,
                (c: StoredCell) => number,
              ],
          ),
        ];
        // What the attacker learns of each group's own answers, in people.
        const people = new Map<string, number>();
        for (const [technologyId, value] of measures) {
          const both = campaigns.map(cellsFor => ({
            cells: cellsFor(technologyId),
            value,
            nodes,
          }));
          const found = determined(both);
          if (value === measures[0][1] || value === measures[1][1])
            for (const [name, v] of found)
              people.set(`${technologyId}|${name}`, v);
          for (const name of found.keys()) {
            const [, kind, ref] = name.split(':');
            // A withheld cell must never come out; a group's own answers
            // only when they are none or at least minGroupSize people.
            const n = people.get(`${technologyId}|${name}`);
            const ok =
              kind === 'own' &&
              n !== undefined &&
              (n === 0 || n >= org.minGroupSize);
            expect({ kind, ref, n, ok }).toEqual({ kind, ref, n, ok: true });
          }
          // No remainder (a count minus its published children) of too few.
          for (const { cells } of both) {
            for (const node of nodes) {
              const c = cells.get(node.ref)!;
              if (c.status !== 'published') continue;
              const published = nodes
                .filter(n => n.parent === node.ref)
                .map(n => cells.get(n.ref)!)
                .filter(k => k.status === 'published')
                .reduce((s, k) => s + k.respondents!, 0);
              const rest = c.respondents! - published;
              expect(rest === 0 || rest >= org.minGroupSize).toBe(true);
            }
          }
        }
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });
});
