import Ajv from 'ajv';
import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import { boundedContextJsonSchema } from './schema';
import { validateBoundedContext } from './validation';

const validate = new Ajv({ strict: false }).compile(boundedContextJsonSchema);

describe('boundedContextJsonSchema', () => {
  const demo = parseAllDocuments(
    fs.readFileSync(
      path.resolve(__dirname, '../../../examples/bounded-contexts.yaml'),
      'utf8',
    ),
  ).map(d => d.toJSON());

  it('accepts every demo context, as the validator does', () => {
    expect(demo.length).toBeGreaterThan(10);
    for (const entity of demo) {
      expect(validateBoundedContext(entity)).toEqual([]);
      expect({
        name: entity.metadata.name,
        errors: validate(entity) ? null : validate.errors,
      }).toEqual({
        name: entity.metadata.name,
        errors: null,
      });
    }
  });

  it('refuses what the validator refuses for its shape', () => {
    const base = demo[0];
    const broken = [
      { ...base, spec: { ...base.spec, owner: undefined } },
      { ...base, spec: { ...base.spec, terms: [{ term: 'Alone' }] } },
      {
        ...base,
        spec: {
          ...base.spec,
          relationships: [{ context: 'x', role: 'sideways' }],
        },
      },
      {
        ...base,
        spec: {
          ...base.spec,
          relationships: [
            { context: 'x', role: 'upstream', patterns: ['anti-corruption'] },
          ],
        },
      },
      { ...base, spec: { ...base.spec, canvas: { evolution: 'mature' } } },
      { ...base, spec: { ...base.spec, owners: 'typo' } },
    ].map(e => JSON.parse(JSON.stringify(e)));
    for (const entity of broken) {
      expect(validateBoundedContext(entity).length).toBeGreaterThan(0);
      expect(validate(entity)).toBe(false);
    }
  });
});
