import { parseEntityRef } from '@backstage/catalog-model';
import {
  CATEGORIES,
  JOURNEY_STEPS,
  NewFindingInput,
  SEVERITIES,
  STATUSES,
  TRIAGE_ACTIONS,
  TriageInput,
} from '@internal/plugin-devzero-common';
import { parseCatalogRef, queryInteger } from '@internal/plugin-fitsys-node';
import { z } from 'zod';

// The input Developer Zero takes, over HTTP (./router.ts) and from agents
// (../actions): one strict schema per body or query, bound to the -common
// types the frontend sends, so that an unknown field is a 400 and every
// complaint names its field. `parse` from @internal/plugin-fitsys-node
// applies them. What a parsed query means for the store is in ./queries.ts.

const url = z
  .string()
  .max(2048)
  .url()
  .refine(u => /^https?:\/\//i.test(u), 'must be an http or https address');
const text = (max: number) => z.string().trim().min(1).max(max);
/**
 * An ISO 8601 date and time with its offset. Zod's pattern lets offsets such
 * as +99:99 through, which no Date can hold; those are refused too.
 */
const dateTime = z
  .string()
  .datetime({ offset: true })
  .pipe(
    z
      .string()
      .refine(
        s => !Number.isNaN(Date.parse(s)),
        'Invalid datetime: the offset from UTC is at most 23:59',
      ),
  );
/**
 * The ref as the catalog writes it (`Component:default/Payments` as
 * `component:default/payments`), or an issue saying why it is not one.
 */
function asCatalogRef(ref: string, ctx: z.RefinementCtx, hint = '') {
  const parsed = parseCatalogRef(ref);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: `${parsed.message}${hint}` });
    return z.NEVER;
  }
  return parsed.ref;
}
/** An entity ref (`kind:namespace/name`, the kind required), as the catalog writes it. */
const catalogRef = (max: number) =>
  text(max).pipe(z.string().transform((ref, ctx) => asCatalogRef(ref, ctx)));
/** A user's entity ref, as the catalog writes it (`user:default/jane.doe`). */
const userRef = z
  .string()
  .min(1)
  .max(255)
  .pipe(
    z.string().transform((ref, ctx) => {
      const full = asCatalogRef(ref, ctx);
      if (full === z.NEVER) return z.NEVER;
      const { kind, namespace } = parseEntityRef(full);
      if (kind !== 'user') {
        ctx.addIssue({
          code: 'custom',
          message: `must be a user, such as user:default/jane.doe, not a ${
            parseEntityRef(ref).kind
          }`,
        });
        return z.NEVER;
      }
      if (full.length > 255) {
        // The namespace the ref left out counts too: it is stored whole.
        ctx.addIssue({
          code: 'custom',
          message: `must be at most 255 characters as ${kind}:${namespace}/name (it is ${full.length})`,
        });
        return z.NEVER;
      }
      return full;
    }),
  );
/**
 * An entity ref to filter by, written as the catalog writes refs (so
 * `Component:default/Payments` finds what `component:default/payments` owns),
 * or the keyword that stands for the viewer ("mine", "me").
 */
const filterRef = (keyword?: string) =>
  z
    .string()
    .min(1)
    .max(300)
    .transform((ref, ctx) =>
      ref === keyword
        ? ref
        : asCatalogRef(ref, ctx, keyword ? ` (or "${keyword}")` : ''),
    );
/** A finding's id. */
export const findingId = z.string().uuid();
/** A client's key of a retry, in the body or the Idempotency-Key header. */
export const idempotencyKey = z.string().min(8).max(128);
/** A query parameter given once, several times, or not at all. */
const list = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess(
    v => (v === undefined || Array.isArray(v) ? v : [v]),
    z.array(item).optional(),
  );

/**
 * The body of a new finding: what the frontend sends (NewFindingInput, which
 * the parsed body must fit), and the key of a retry.
 */
export const newFinding = z
  .object({
    entityRef: catalogRef(300).describe(
      'The catalog entity the friction was met on, e.g. component:default/card-authoriser',
    ),
    title: text(200),
    scenario: text(2000).describe(
      'What you were trying to do, in a sentence or two',
    ),
    journeyStep: z.enum(JOURNEY_STEPS),
    category: z.enum(CATEGORIES),
    severity: z.enum(SEVERITIES),
    minutesLost: z.number().int().min(0).max(10_080),
    steps: text(10_000).optional(),
    expected: text(10_000).optional(),
    actual: text(10_000).optional(),
    mayContact: z.boolean().default(false),
    hideReporter: z
      .boolean()
      .default(false)
      .describe("Keep the reporter's name from the owners"),
    links: z.array(url).max(10).default([]),
    externalUrl: url
      .optional()
      .describe('An issue about it in GitHub or Jira, if there is one'),
    idempotencyKey: idempotencyKey
      .optional()
      .describe(
        'A key of your choosing: filing again with it files nothing new',
      ),
  })
  .strict() satisfies z.ZodType<
  NewFindingInput & { idempotencyKey?: string },
  z.ZodTypeDef,
  unknown
>;

/** A new finding as it may be sent, before defaults and normalisation. */
export type NewFindingBody = z.input<typeof newFinding>;

/** The sorts of the findings list. */
export const FINDING_SORTS = [
  'created',
  'updated',
  'severity',
  'minutes-lost',
] as const;

/** The findings list's query: what GET /findings and the list action take. */
export const listQuery = z
  .object({
    status: list(z.enum(STATUSES)),
    severity: list(z.enum(SEVERITIES)),
    category: list(z.enum(CATEGORIES)),
    journeyStep: list(z.enum(JOURNEY_STEPS)),
    owner: list(filterRef('mine')),
    entity: list(filterRef()),
    reporter: filterRef('me').optional(),
    assignee: filterRef('me').optional(),
    from: dateTime.optional(),
    to: dateTime.optional(),
    q: z.string().max(200).optional(),
    sort: z.enum(FINDING_SORTS).default('created'),
    order: z.enum(['asc', 'desc']).default('desc'),
    offset: queryInteger(0, Number.MAX_SAFE_INTEGER).default(0),
    limit: queryInteger(1, 200).default(25),
  })
  .strict();

/** GET /findings/export: the list's filters and order, all of it, as CSV or JSON. */
export const exportQuery = listQuery
  .omit({ offset: true, limit: true })
  .extend({ format: z.enum(['csv', 'json']) });

/** GET /inbox: the viewer's teams' new findings, or these owners'. */
export const inboxQuery = z
  .object({
    owner: list(filterRef()),
    offset: listQuery.shape.offset,
    limit: listQuery.shape.limit,
  })
  .strict();

/** GET /insights: the findings to aggregate. */
export const insightsQuery = z
  .object({
    owner: listQuery.shape.owner,
    entity: listQuery.shape.entity,
    from: listQuery.shape.from,
    to: listQuery.shape.to,
  })
  .strict();

/** GET /friction/entities: findings and minutes lost per entity. */
export const frictionQuery = z
  .object({
    entity: listQuery.shape.entity,
    from: listQuery.shape.from,
    to: listQuery.shape.to,
  })
  .strict();

/** GET /findings/similar: open findings on an entity like a title. */
export const similarQuery = z
  .object({ entity: filterRef(), title: text(200) })
  .strict();

/**
 * GET /findings/:id/similar: the open findings of the
 * finding's team it may duplicate, narrowed by words.
 */
export const duplicateCandidatesQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    limit: queryInteger(1, 50).default(10),
  })
  .strict();

/** POST /findings/:id/comments. */
export const commentBody = z.object({ body: text(10_000) }).strict();

/** POST /findings/:id/me-too. */
export const meTooBody = z
  .object({
    minutesLost: newFinding.shape.minutesLost,
    note: text(2000).optional(),
  })
  .strict();

/** The triage fields that belong to one action each. */
const ACTION_OF_FIELD = {
  fixUrl: 'resolve',
  duplicateOf: 'mark-duplicate',
  assigneeRef: 'assign',
  snoozedUntil: 'snooze',
  externalUrl: 'link-issue',
} as const;

/** The fields of a triage action, before the checks across them. */
export const triageFields = z
  .object({
    action: z.enum(TRIAGE_ACTIONS),
    note: text(5000)
      .optional()
      .describe(
        'Why; required to resolve (what was done) and to decline (the reason)',
      ),
    fixUrl: url.optional().describe('resolve: the change that fixed it'),
    duplicateOf: findingId
      .optional()
      .describe('mark-duplicate: the id of the finding this one duplicates'),
    assigneeRef: userRef
      .nullable()
      .optional()
      .describe('assign: a user ref, or null to unassign'),
    snoozedUntil: dateTime
      .nullable()
      .optional()
      .describe('snooze: until when (ISO 8601), or null to lift the snooze'),
    externalUrl: url
      .nullable()
      .optional()
      .describe('link-issue: the GitHub or Jira issue, or null to unlink'),
  })
  .strict();

/** A triage action's fields as they may be sent. */
export type TriageFieldsBody = z.input<typeof triageFields>;

/** What a triage action needs, and the fields it must leave out. */
function checkTriage(body: z.infer<typeof triageFields>, ctx: z.RefinementCtx) {
  const need = (field: keyof typeof body, why: string) => {
    if (body[field] === undefined)
      ctx.addIssue({ code: 'custom', path: [field], message: why });
  };
  if (body.action === 'resolve')
    need(
      'note',
      'a resolved finding needs a resolution note: what was done, for the reporter',
    );
  if (body.action === 'decline')
    need('note', 'a declined finding needs the reason, for the reporter');
  if (body.action === 'mark-duplicate')
    need('duplicateOf', 'say which finding this one duplicates');
  if (body.action === 'assign')
    need('assigneeRef', 'name the assignee (a user ref), or null to unassign');
  if (body.action === 'snooze')
    need(
      'snoozedUntil',
      'say until when (ISO 8601), or null to lift the snooze',
    );
  if (body.action === 'link-issue')
    need(
      'externalUrl',
      'give the issue address (GitHub, Jira), or null to unlink it',
    );
  // A field another action takes would be dropped without a word.
  for (const [field, action] of Object.entries(ACTION_OF_FIELD)) {
    if (
      body[field as keyof typeof body] !== undefined &&
      body.action !== action
    )
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `only "${action}" takes it; leave it out of "${body.action}"`,
      });
  }
}

/** The body of a triage action: what the frontend sends (TriageInput). */
export const triageBody = triageFields.superRefine(
  checkTriage,
) satisfies z.ZodType<TriageInput, z.ZodTypeDef, unknown>;
