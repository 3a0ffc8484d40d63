import { Entity, parseEntityRef } from '@backstage/catalog-model';
import {
  BUSINESS_MODELS,
  EVOLUTION_STAGES,
  MESSAGE_TYPES,
  RELATIONSHIP_PATTERNS,
  RELATIONSHIP_ROLES,
  RelationshipPattern,
  RelationshipRole,
} from './model';
import { relationshipSemanticProblems } from './patterns';

/** One problem of an entity: the field at fault and what to do. */
export type ValidationProblem = { field: string; message: string };

const SPEC_FIELDS = [
  'owner',
  'domain',
  'implements',
  'purpose',
  'terms',
  'relationships',
  'canvas',
];
const TERM_FIELDS = [
  'term',
  'definition',
  'aliases',
  'examples',
  'notToBeConfusedWith',
];
const RELATIONSHIP_FIELDS = ['context', 'role', 'patterns', 'api', 'note'];
const CANVAS_FIELDS = [
  'businessModel',
  'evolution',
  'domainRoles',
  'inbound',
  'outbound',
  'businessDecisions',
  'assumptions',
  'verificationMetrics',
  'openQuestions',
];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim().length > 0;
const show = (value: unknown) =>
  typeof value === 'string' ? `"${value}"` : JSON.stringify(value);

class Problems {
  readonly list: ValidationProblem[] = [];
  add(field: string, message: string) {
    this.list.push({ field, message });
  }

  unknownFields(
    field: string,
    value: Record<string, unknown>,
    known: string[],
  ) {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) {
        this.add(
          `${field}.${key}`,
          `is not a field here; the fields are ${known.join(', ')}`,
        );
      }
    }
  }

  requiredText(field: string, value: unknown, what: string) {
    if (value === undefined || value === null || value === '') {
      this.add(field, `is required: ${what}`);
    } else if (!isText(value)) {
      this.add(field, `must be text (${what}), not ${show(value)}`);
    }
  }

  textList(field: string, value: unknown) {
    if (value === undefined) return;
    if (!Array.isArray(value)) {
      this.add(field, `must be a list of text, not ${show(value)}`);
      return;
    }
    value.forEach((item, i) => {
      if (!isText(item)) {
        this.add(`${field}[${i}]`, `must be non-empty text, not ${show(item)}`);
      }
    });
  }

  oneOf(field: string, value: unknown, allowed: readonly string[]) {
    if (!allowed.includes(value as string)) {
      this.add(
        field,
        `${show(value)} is not allowed; use one of ${allowed.join(', ')}`,
      );
      return false;
    }
    return true;
  }

  /** An entity ref whose kind must be one of `kinds`; returns it if valid. */
  ref(
    field: string,
    value: unknown,
    options: { defaultKind: string; kinds: string[]; what: string },
  ) {
    if (!isText(value)) {
      this.add(
        field,
        value === undefined
          ? `is required: ${options.what}`
          : `must be an entity ref (${options.what}), not ${show(value)}`,
      );
      return undefined;
    }
    try {
      const ref = parseEntityRef(value, {
        defaultKind: options.defaultKind,
        defaultNamespace: 'default',
      });
      if (!options.kinds.includes(ref.kind.toLocaleLowerCase('en-US'))) {
        this.add(
          field,
          `${show(value)} refers to a ${
            ref.kind
          }; it must refer to a ${options.kinds.join(' or ')}`,
        );
        return undefined;
      }
      return ref;
    } catch (error) {
      this.add(
        field,
        `${show(value)} is not a valid entity ref (${options.what}): ${
          (error as Error).message
        }`,
      );
      return undefined;
    }
  }
}

function validateTerms(problems: Problems, terms: unknown) {
  if (terms === undefined) return;
  if (!Array.isArray(terms)) {
    problems.add('spec.terms', 'must be a list of terms');
    return;
  }
  const seen = new Map<string, number>();
  terms.forEach((term, i) => {
    const field = `spec.terms[${i}]`;
    if (!isObject(term)) {
      problems.add(field, 'must be an object with term and definition');
      return;
    }
    problems.unknownFields(field, term, TERM_FIELDS);
    problems.requiredText(`${field}.term`, term.term, 'the word or phrase');
    problems.requiredText(
      `${field}.definition`,
      term.definition,
      `what "${
        isText(term.term) ? term.term : 'the term'
      }" means in this context`,
    );
    for (const list of ['aliases', 'examples', 'notToBeConfusedWith']) {
      problems.textList(`${field}.${list}`, term[list]);
    }
    if (isText(term.term)) {
      const key = term.term.trim().toLocaleLowerCase('en-US');
      const first = seen.get(key);
      if (first !== undefined) {
        problems.add(
          `${field}.term`,
          `"${term.term}" is defined twice in this context (also spec.terms[${first}]); a context gives each term one meaning`,
        );
      } else {
        seen.set(key, i);
      }
    }
  });
}

function validateRelationships(
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

function validateCanvas(problems: Problems, canvas: unknown) {
  if (canvas === undefined) return;
  if (!isObject(canvas)) {
    problems.add('spec.canvas', 'must be an object with the canvas fields');
    return;
  }
  problems.unknownFields('spec.canvas', canvas, CANVAS_FIELDS);
  if (canvas.businessModel !== undefined) {
    if (!Array.isArray(canvas.businessModel)) {
      problems.add(
        'spec.canvas.businessModel',
        `must be a list from ${BUSINESS_MODELS.join(', ')}`,
      );
    } else {
      canvas.businessModel.forEach((model, i) =>
        problems.oneOf(
          `spec.canvas.businessModel[${i}]`,
          model,
          BUSINESS_MODELS,
        ),
      );
    }
  }
  if (canvas.evolution !== undefined) {
    problems.oneOf('spec.canvas.evolution', canvas.evolution, EVOLUTION_STAGES);
  }
  for (const direction of ['inbound', 'outbound']) {
    const messages = canvas[direction];
    if (messages === undefined) continue;
    if (!Array.isArray(messages)) {
      problems.add(
        `spec.canvas.${direction}`,
        'must be a list of { collaborator, message, type }',
      );
      continue;
    }
    messages.forEach((message, i) => {
      const field = `spec.canvas.${direction}[${i}]`;
      if (!isObject(message)) {
        problems.add(
          field,
          'must be an object with collaborator, message, type',
        );
        return;
      }
      problems.unknownFields(field, message, [
        'collaborator',
        'message',
        'type',
      ]);
      problems.requiredText(
        `${field}.collaborator`,
        message.collaborator,
        'who sends or receives it',
      );
      problems.requiredText(`${field}.message`, message.message, 'its name');
      problems.oneOf(`${field}.type`, message.type, MESSAGE_TYPES);
    });
  }
  for (const list of [
    'domainRoles',
    'businessDecisions',
    'assumptions',
    'verificationMetrics',
    'openQuestions',
  ]) {
    problems.textList(`spec.canvas.${list}`, canvas[list]);
  }
}

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
