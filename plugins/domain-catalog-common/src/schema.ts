import {
  BUSINESS_MODELS,
  EVOLUTION_STAGES,
  MESSAGE_TYPES,
  RELATIONSHIP_PATTERNS,
  RELATIONSHIP_ROLES,
} from './model';

const text = (description: string) => ({
  type: 'string',
  minLength: 1,
  description,
});
const texts = (description: string) => ({
  type: 'array',
  items: { type: 'string', minLength: 1 },
  description,
});
const message = {
  type: 'object',
  additionalProperties: false,
  required: ['collaborator', 'message', 'type'],
  properties: {
    collaborator: text('The context, API or system on the other end'),
    message: text('The name of the message, e.g. AuthorisePayment'),
    type: { enum: [...MESSAGE_TYPES], description: 'command, query or event' },
  },
};

/**
 * JSON Schema (draft-07) of a `BoundedContext` entity, for editors and
 * tools. The catalog module applies the same rules with messages that name
 * each field; it also applies the checks a schema cannot express (pattern
 * semantics, contexts that must exist).
 */
export const boundedContextJsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://fitsys.dev/schemas/BoundedContext.v1alpha1.schema.json',
  title: 'BoundedContext',
  description:
    'A bounded context of domain-driven design: its owner, domain, purpose, ubiquitous language, relationships on the context map, and Bounded Context Canvas.',
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  properties: {
    apiVersion: { const: 'fitsys.dev/v1alpha1' },
    kind: { const: 'BoundedContext' },
    metadata: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', minLength: 1, maxLength: 63 } },
    },
    spec: {
      type: 'object',
      additionalProperties: false,
      required: ['owner', 'domain', 'purpose'],
      properties: {
        owner: text('The Group or User that owns the context'),
        domain: text('The Domain the context belongs to'),
        implements: texts(
          'The (sub-)domains the context implements; its domain when absent',
        ),
        purpose: text('Why the context exists, in a sentence or two'),
        terms: {
          type: 'array',
          description: 'The ubiquitous language of the context',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['term', 'definition'],
            properties: {
              term: text('The term'),
              definition: text('What it means in this context'),
              aliases: texts('Other words for the same thing'),
              examples: texts('Examples of use'),
              notToBeConfusedWith: texts('Terms it is often mixed up with'),
            },
          },
        },
        relationships: {
          type: 'array',
          description: "This context's side of its relationships",
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['context', 'role'],
            properties: {
              context: text('The other BoundedContext'),
              role: {
                enum: [...RELATIONSHIP_ROLES],
                description: "This context's role",
              },
              patterns: {
                type: 'array',
                items: { enum: [...RELATIONSHIP_PATTERNS] },
              },
              api: text('The API that carries the relationship'),
              note: text('Anything a reader should know'),
            },
          },
        },
        canvas: {
          type: 'object',
          additionalProperties: false,
          description: "The Bounded Context Canvas's strategic fields",
          properties: {
            businessModel: {
              type: 'array',
              items: { enum: [...BUSINESS_MODELS] },
            },
            evolution: { enum: [...EVOLUTION_STAGES] },
            domainRoles: texts('e.g. execution, gateway, analysis'),
            inbound: { type: 'array', items: message },
            outbound: { type: 'array', items: message },
            businessDecisions: texts('Decisions the context makes'),
            assumptions: texts('Assumptions the design rests on'),
            verificationMetrics: texts('How to tell the context works'),
            openQuestions: texts('What is not decided yet'),
          },
        },
      },
    },
  },
} as const;
