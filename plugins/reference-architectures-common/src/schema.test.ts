import Ajv from 'ajv';
import { architecture } from './__fixtures__/architecture';
import { referenceArchitectureJsonSchema } from './schema';

describe('referenceArchitectureJsonSchema', () => {
  const validate = new Ajv({ strict: false }).compile(
    referenceArchitectureJsonSchema,
  );

  it('accepts the complete fixture', () => {
    expect(validate(architecture())).toBe(true);
  });

  it('refuses what editors should flag: a bad lifecycle, a rule with two checks, a rating out of range', () => {
    expect(validate(architecture({ lifecycle: 'adopt' }))).toBe(false);
    expect(
      validate(
        architecture({
          rules: [
            {
              id: 'a',
              title: 'A',
              severity: 'error',
              check: { tag: 'x', annotation: 'y' },
            },
          ],
        }),
      ),
    ).toBe(false);
    expect(
      validate(
        architecture({
          qualityAttributes: { cost: { rating: 9, tradeoff: 'x' } },
        }),
      ),
    ).toBe(false);
  });
});
