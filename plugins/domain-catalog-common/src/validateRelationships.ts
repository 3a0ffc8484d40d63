import {
  RELATIONSHIP_PATTERNS,
  RELATIONSHIP_ROLES,
  RelationshipPattern,
  RelationshipRole,
} from './model';
import { relationshipSemanticProblems } from './patterns';
import { isObject, Problems, show } from './validationProblems';

const RELATIONSHIP_FIELDS = ['context', 'role', 'patterns', 'api', 'note'];

/** The relationships with other contexts: each once, with a role and patterns that fit it. */
export function validateRelationships(
  problems: Problems,
  relationships: unknown,
  selfName: string,
) {
  if (relationships === undefined) return;
  if (!Array.isArray(relationships)) {
    problems.add('spec.relationships', 'must be a list of relationships');
    return;
  }
  const seen = new Map<string, number>();
  relationships.forEach((relationship, i) => {
    const field = `spec.relationships[${i}]`;
    if (!isObject(relationship)) {
      problems.add(field, 'must be an object with context, role and patterns');
      return;
    }
    problems.unknownFields(field, relationship, RELATIONSHIP_FIELDS);
    const context = problems.ref(`${field}.context`, relationship.context, {
      defaultKind: 'boundedcontext',
      kinds: ['boundedcontext'],
      what: 'the other BoundedContext',
    });
    if (context) {
      if (context.name.toLocaleLowerCase('en-US') === selfName) {
        problems.add(
          `${field}.context`,
          'a context cannot have a relationship with itself',
        );
      }
      const key = `${context.namespace}/${context.name}`.toLocaleLowerCase(
        'en-US',
      );
      const first = seen.get(key);
      if (first !== undefined) {
        problems.add(
          `${field}.context`,
          `the relationship with "${context.name}" is declared twice (also spec.relationships[${first}]); declare it once with all its patterns`,
        );
      } else {
        seen.set(key, i);
      }
    }
    const roleKnown =
      relationship.role === undefined
        ? (problems.add(
            `${field}.role`,
            `is required: this context's role, one of ${RELATIONSHIP_ROLES.join(
              ', ',
            )}`,
          ),
          false)
        : problems.oneOf(
            `${field}.role`,
            relationship.role,
            RELATIONSHIP_ROLES,
          );

    let patternsKnown = true;
    const patterns = relationship.patterns ?? [];
    if (!Array.isArray(patterns)) {
      problems.add(
        `${field}.patterns`,
        `must be a list of patterns from ${RELATIONSHIP_PATTERNS.join(', ')}`,
      );
      patternsKnown = false;
    } else {
      patterns.forEach((pattern, j) => {
        if (!RELATIONSHIP_PATTERNS.includes(pattern)) {
          patternsKnown = false;
          problems.add(
            `${field}.patterns[${j}]`,
            `${show(
              pattern,
            )} is not a pattern; use one of ${RELATIONSHIP_PATTERNS.join(
              ', ',
            )}`,
          );
        }
      });
    }
    if (roleKnown && patternsKnown) {
      for (const message of relationshipSemanticProblems(
        relationship.role as RelationshipRole,
        patterns as RelationshipPattern[],
      )) {
        problems.add(`${field}.patterns`, message);
      }
    }
    if (relationship.api !== undefined) {
      problems.ref(`${field}.api`, relationship.api, {
        defaultKind: 'api',
        kinds: ['api'],
        what: 'the API that carries the relationship',
      });
    }
    if (
      relationship.note !== undefined &&
      typeof relationship.note !== 'string'
    ) {
      problems.add(`${field}.note`, 'must be text');
    }
  });
}
