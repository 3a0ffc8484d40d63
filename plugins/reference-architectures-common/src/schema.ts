import {
  DECISION_STATUSES,
  LIFECYCLES,
  LIMITS,
  QUALITY_ATTRIBUTES,
  RATING_MAX,
  RATING_MIN,
  RULE_CHECKS,
  SEVERITIES,
} from './model';

const text = (description: string, maxLength: number = LIMITS.shortText) => ({
  type: 'string',
  minLength: 1,
  maxLength,
  description,
});
const texts = (description: string) => ({
  type: 'array',
  maxItems: LIMITS.list,
  items: text('A line of text'),
  description,
});
const date = (description: string) => ({
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description,
});
const semver = (description: string) => ({
  type: 'string',
  maxLength: 64,
  pattern: '^\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$',
  description,
});
const object = (
  required: string[],
  properties: Record<string, unknown>,
  description?: string,
) => ({
  type: 'object',
  additionalProperties: false,
  required,
  properties,
  ...(description ? { description } : {}),
});

const matcher = object([], {
  kind: text('The kind, e.g. Resource', LIMITS.name),
  type: text('The spec.type, e.g. database', LIMITS.name),
  entity: text('An entity ref', 255),
});

const check = {
  type: 'object',
  minProperties: 1,
  maxProperties: 1,
  description: `Exactly one of ${RULE_CHECKS.join(', ')}`,
  properties: {
    dependsOn: matcher,
    notDependsOn: matcher,
    providesApi: object([], { type: text('The API type', LIMITS.name) }),
    consumesApi: object([], { type: text('The API type', LIMITS.name) }),
    annotation: text('An annotation key', 253),
    tag: text('A tag', 253),
    label: object(['key'], {
      key: text('The label key', 253),
      value: text('Its value', 63),
    }),
    maxDependencies: { type: 'integer', minimum: 0, maximum: 10000 },
    lifecycle: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      items: text('A lifecycle', 63),
    },
    ownerIsTeam: { const: true },
    filter: {
      type: 'object',
      description: 'A Backstage filter predicate over the adopter',
    },
  },
  additionalProperties: false,
};

/**
 * JSON Schema (draft-07) of a `ReferenceArchitecture` entity, for editors
 * and tools. The catalog module applies the same rules with messages that
 * name each field, and what a schema cannot say (semantic versions, real
 * dates, diagram syntax, rules that parse, unique ids).
 */
export const referenceArchitectureJsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://fitsys.dev/schemas/ReferenceArchitecture.v1alpha1.schema.json',
  title: 'ReferenceArchitecture',
  description:
    'A reference architecture: a proven design for a common problem, with its diagram and data flow, building blocks, quality attributes and trade-offs, decisions, the template that starts one, and the conformance rules its adopters are checked against. Each version is an entity; versions of one design share spec.series.',
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  properties: {
    apiVersion: { const: 'fitsys.dev/v1alpha1' },
    kind: { const: 'ReferenceArchitecture' },
    metadata: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', minLength: 1, maxLength: 63 } },
    },
    spec: object(['owner', 'version', 'lifecycle', 'problem', 'solution'], {
      owner: text('The Group or User that owns it', 255),
      series: text(
        'The reference architecture this entity is a version of; its name when absent',
        LIMITS.name,
      ),
      version: semver('This version'),
      lifecycle: { enum: [...LIFECYCLES], description: LIFECYCLES.join(', ') },
      problem: text('The problem it solves (Markdown)', LIMITS.markdown),
      context: text('Where it applies (Markdown)', LIMITS.markdown),
      solution: text('The solution (Markdown)', LIMITS.markdown),
      diagram: object(['mermaid'], {
        mermaid: text('Mermaid source', LIMITS.mermaid),
        dataFlow: texts('The numbered steps of the data flow, in order'),
      }),
      buildingBlocks: {
        type: 'array',
        maxItems: LIMITS.list,
        items: object(['name', 'responsibility', 'why'], {
          name: text('Its name', LIMITS.title),
          responsibility: text('What it does'),
          why: text('Why it is there'),
          technology: text('The technology', LIMITS.title),
          entity: text('The catalog entity that is this block', 255),
          template: text('The software template that creates it', 255),
        }),
      },
      useCases: texts('What it is for'),
      qualityAttributes: object(
        [],
        Object.fromEntries(
          QUALITY_ATTRIBUTES.map(attribute => [
            attribute,
            object(['rating', 'tradeoff'], {
              rating: {
                type: 'integer',
                minimum: RATING_MIN,
                maximum: RATING_MAX,
              },
              tradeoff: text('What the design gives up or pays for it'),
            }),
          ]),
        ),
      ),
      whenNotToUse: texts('Where it is the wrong choice'),
      decisions: {
        type: 'array',
        maxItems: LIMITS.list,
        items: object(['id', 'title', 'status', 'date'], {
          id: text('The decision id', LIMITS.name),
          title: text('The decision in a line', LIMITS.title),
          status: { enum: [...DECISION_STATUSES] },
          date: date('When it was decided'),
          summary: text('The decision and why'),
          url: text('Where the record lives', 2048),
          revisitBy: date('When to look at it again'),
        }),
      },
      alternatives: {
        type: 'array',
        maxItems: LIMITS.list,
        items: object(['name', 'reason'], {
          name: text('The alternative', LIMITS.title),
          reason: text('Why this design was preferred'),
          architecture: text('The reference architecture it is', 255),
        }),
      },
      template: text('The software template that starts a system from it', 255),
      supersedes: semver('The earlier version of the same series it replaces'),
      revisitBy: date('When to look at the design again'),
      levels: {
        type: 'array',
        maxItems: LIMITS.levels,
        items: text('A level name, lowest first', LIMITS.name),
      },
      rules: {
        type: 'array',
        maxItems: LIMITS.rules,
        items: object(['id', 'title', 'severity', 'check'], {
          id: text('The rule id', LIMITS.name),
          title: text('What the rule asks', LIMITS.title),
          severity: { enum: [...SEVERITIES] },
          level: text('One of spec.levels', LIMITS.name),
          fix: text('What an adopter does to pass'),
          check,
        }),
      },
    }),
  },
} as const;
