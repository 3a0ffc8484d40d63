import { Entity } from '@backstage/catalog-model';
import { validateCanvas } from './validateCanvas';
import { validateRelationships } from './validateRelationships';
import { validateTerms } from './validateTerms';
import { isObject, Problems, ValidationProblem } from './validationProblems';

export type { ValidationProblem } from './validationProblems';

const SPEC_FIELDS = [
  'owner',
  'domain',
  'implements',
  'purpose',
  'terms',
  'relationships',
  'canvas',
];

/**
 * Every problem of a BoundedContext entity's spec, each naming its field and,
 * where there is a choice, the allowed values. An empty list means valid.
 * References are checked for form and kind here; whether they exist is for
 * the catalog processor, which can look.
 */
export function validateBoundedContext(entity: Entity): ValidationProblem[] {
  const problems = new Problems();
  const spec = entity.spec;
  if (!isObject(spec)) {
    problems.add('spec', 'is required: owner, domain and purpose at least');
    return problems.list;
  }
  problems.unknownFields('spec', spec, SPEC_FIELDS);
  problems.ref('spec.owner', spec.owner, {
    defaultKind: 'group',
    kinds: ['group', 'user'],
    what: 'the Group or User that owns the context',
  });
  problems.ref('spec.domain', spec.domain, {
    defaultKind: 'domain',
    kinds: ['domain'],
    what: 'the Domain the context belongs to',
  });
  if (spec.implements !== undefined) {
    if (!Array.isArray(spec.implements)) {
      problems.add('spec.implements', 'must be a list of Domain refs');
    } else {
      spec.implements.forEach((domain, i) =>
        problems.ref(`spec.implements[${i}]`, domain, {
          defaultKind: 'domain',
          kinds: ['domain'],
          what: 'a (sub-)domain the context implements',
        }),
      );
    }
  }
  problems.requiredText(
    'spec.purpose',
    spec.purpose,
    'why the context exists, in a sentence or two',
  );
  validateTerms(problems, spec.terms);
  validateRelationships(
    problems,
    spec.relationships,
    entity.metadata.name.toLocaleLowerCase('en-US'),
  );
  validateCanvas(problems, spec.canvas);
  return problems.list;
}

/** Problems as one line each: `field: message`. */
export function formatProblems(problems: ValidationProblem[]): string {
  return problems.map(p => `${p.field}: ${p.message}`).join('\n');
}
