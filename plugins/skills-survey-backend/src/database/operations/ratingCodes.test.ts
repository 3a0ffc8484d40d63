import { Rating } from '@internal/plugin-skills-survey-common';
import fc from 'fast-check';
import { decodeRatings, encodeRatings, RatingTally } from './ratingCodes';

const ORDER = ['java', 'kafka', 'aws-iam', 'terraform', 'react'];

/** Some of the technologies, each once, at any level or not applicable. */
const answers = fc.array(
  fc.tuple(
    fc.constantFrom('team-a', 'team-b', ''),
    fc.subarray(ORDER).chain(ids =>
      fc.tuple(
        ...ids.map(id =>
          fc.record({
            technologyId: fc.constant(id),
            level: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
            wantToLearn: fc.boolean(),
          }),
        ),
      ),
    ),
  ),
  { maxLength: 40 },
);

const byTechnology = (ratings: Rating[]) =>
  [...ratings].sort((a, b) => a.technologyId.localeCompare(b.technologyId));

describe('rating codes', () => {
  it('hold an answer as one character a technology, in the campaign’s order', () => {
    expect(
      encodeRatings(ORDER, [
        { technologyId: 'terraform', level: 0, wantToLearn: true },
        { technologyId: 'java', level: 3, wantToLearn: false },
        { technologyId: 'kafka', level: null, wantToLearn: false },
        { technologyId: 'react', level: 10, wantToLearn: false },
      ]),
    ).toBe('dn.Ak');
  });

  it('give back what was stored, for any answer', () => {
    fc.assert(
      fc.property(answers, list => {
        for (const [, ratings] of list)
          expect(decodeRatings(ORDER, encodeRatings(ORDER, ratings))).toEqual(
            byTechnology(ratings),
          );
      }),
    );
  });

  it('refuse a technology the campaign did not ask about, and a level no code holds', () => {
    expect(() =>
      encodeRatings(ORDER, [
        { technologyId: 'cobol', level: 1, wantToLearn: false },
      ]),
    ).toThrow('technology cobol');
    expect(() =>
      encodeRatings(ORDER, [
        { technologyId: 'java', level: 11, wantToLearn: false },
      ]),
    ).toThrow('level 11');
  });

  it('are tallied as a GROUP BY of one row a rating would count them', () => {
    fc.assert(
      fc.property(answers, list => {
        const tally = new RatingTally(ORDER);
        const expected = new Map<string, number>();
        for (const [team, ratings] of list) {
          tally.add(team, encodeRatings(ORDER, ratings));
          for (const r of ratings) {
            const key = [team, r.technologyId, r.level, r.wantToLearn].join();
            expected.set(key, (expected.get(key) ?? 0) + 1);
          }
        }
        const counted = new Map(
          tally
            .aggregates()
            .map(a => [
              [a.teamRef, a.technologyId, a.level, a.wantToLearn].join(),
              a.count,
            ]),
        );
        expect(counted).toEqual(expected);
      }),
    );
  });
});
