import { HttpAuthService, LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CATEGORIES,
  JOURNEY_STEPS,
  NewFindingInput,
  SEVERITIES,
  STATUSES,
  TRIAGE_ACTIONS,
  TriageInput,
} from '@internal/plugin-devzero-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import {
  createErrorHandler,
  handleUnknownRoutes,
  parse,
  parseCatalogRef,
} from '@internal/plugin-fitsys-node';
import { findingsToCsv } from './exportFindings';
import { FindingQuery } from '../database/FindingStore';
import { FindingService, Viewer } from './FindingService';
import { UnsupportedMediaTypeError } from './images';

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
/** An entity ref (`kind:namespace/name`, the kind required), as the catalog writes it. */
const catalogRef = (max: number) =>
  text(max).pipe(z.string().transform((ref, ctx) => asCatalogRef(ref, ctx)));
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
const idempotencyKey = z.string().min(8).max(128);
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
    entityRef: catalogRef(300),
    title: text(200),
    scenario: text(2000),
    journeyStep: z.enum(JOURNEY_STEPS),
    category: z.enum(CATEGORIES),
    severity: z.enum(SEVERITIES),
    minutesLost: z.number().int().min(0).max(10_080),
    steps: text(10_000).optional(),
    expected: text(10_000).optional(),
    actual: text(10_000).optional(),
    mayContact: z.boolean().default(false),
    hideReporter: z.boolean().default(false),
    links: z.array(url).max(10).default([]),
    externalUrl: url.optional(),
    idempotencyKey: idempotencyKey.optional(),
  })
  .strict() satisfies z.ZodType<
  NewFindingInput & { idempotencyKey?: string },
  z.ZodTypeDef,
  unknown
>;

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
    sort: z
      .enum(['created', 'updated', 'severity', 'minutes-lost'])
      .default('created'),
    order: z.enum(['asc', 'desc']).default('desc'),
    offset: z.coerce
      .number()
      .int()
      .min(0)
      .max(Number.MAX_SAFE_INTEGER)
      .default(0),
    limit: z.coerce.number().int().min(1).max(200).default(25),
  })
  .strict();

/** The store's filter for a parsed list or export query, "mine" and "me" read as the viewer's. */
function findingFilterOf(
  q: Omit<z.infer<typeof listQuery>, 'sort' | 'order' | 'offset' | 'limit'>,
  me: Viewer,
) {
  return {
    statuses: q.status,
    severities: q.severity,
    categories: q.category,
    journeySteps: q.journeyStep,
    ownerRefs: q.owner?.flatMap(o => (o === 'mine' ? me.ownershipRefs : [o])),
    entityRefs: q.entity,
    reporterRef: q.reporter === 'me' ? me.userRef : q.reporter,
    assigneeRef: q.assignee === 'me' ? me.userRef : q.assignee,
    createdFrom: q.from && new Date(q.from).toISOString(),
    createdTo: q.to && new Date(q.to).toISOString(),
    text: q.q?.trim() || undefined,
  };
}

/** The store's query for a parsed list query: GET /findings and the list action. */
export function findingQueryOf(
  q: z.infer<typeof listQuery>,
  me: Viewer,
): Omit<FindingQuery, 'criteria'> {
  const { sort, order, offset, limit } = q;
  return { ...findingFilterOf(q, me), sort, order, offset, limit };
}

// The other routes' queries and bodies, built once rather than per request.
const exportQuery = listQuery
  .omit({ offset: true, limit: true })
  .extend({ format: z.enum(['csv', 'json']) });

const inboxQuery = z
  .object({
    owner: list(filterRef()),
    offset: listQuery.shape.offset,
    limit: listQuery.shape.limit,
  })
  .strict();

const insightsQuery = z
  .object({
    owner: listQuery.shape.owner,
    entity: listQuery.shape.entity,
    from: listQuery.shape.from,
    to: listQuery.shape.to,
  })
  .strict();

const similarQuery = z
  .object({ entity: filterRef(), title: text(200) })
  .strict();

const commentBody = z.object({ body: text(10_000) }).strict();

/** The triage fields that belong to one action each. */
const ACTION_OF_FIELD = {
  fixUrl: 'resolve',
  duplicateOf: 'mark-duplicate',
  assigneeRef: 'assign',
  snoozedUntil: 'snooze',
  externalUrl: 'link-issue',
} as const;

/** The body of a triage action: what the frontend sends (TriageInput). */
export const triageBody = z
  .object({
    action: z.enum(TRIAGE_ACTIONS),
    note: text(5000).optional(),
    fixUrl: url.optional(),
    duplicateOf: z.string().uuid().optional(),
    assigneeRef: userRef.nullable().optional(),
    snoozedUntil: dateTime.nullable().optional(),
    externalUrl: url.nullable().optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
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
      need(
        'assigneeRef',
        'name the assignee (a user ref), or null to unassign',
      );
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
  }) satisfies z.ZodType<TriageInput, z.ZodTypeDef, unknown>;

export { parse };

const ID = /^[0-9a-f-]{36}$/;

/** The Developer Zero HTTP API. */
export function createRouter(options: {
  service: FindingService;
  httpAuth: HttpAuthService;
  logger: LoggerService;
  /** Routers mounted before this one (attachments), whose routes count for 405s. */
  before?: express.Router[];
}): express.Router {
  const { service, httpAuth, logger } = options;
  const router = Router();
  router.use(express.json({ limit: '256kb' }));
  router.use((req, _res, next) => {
    // A body the JSON parser skipped would read as empty: say why instead.
    const type = req.header('content-type');
    const empty = req.header('content-length') === '0';
    next(
      !empty && req.is('application/json') === false
        ? new UnsupportedMediaTypeError(
            type
              ? `Content-Type: send the body as application/json, not ${type}`
              : 'Content-Type: missing; send the body as application/json',
          )
        : undefined,
    );
  });
  const viewer = async (req: express.Request) =>
    service.viewer(await httpAuth.credentials(req, { allow: ['user'] }));
  // Other plugins (the search collator) may read the list as a service.
  const reader = async (req: express.Request) =>
    service.viewer(
      await httpAuth.credentials(req, { allow: ['user', 'service'] }),
    );
  router.param('id', (_req, _res, next, id) => {
    next(
      ID.test(id)
        ? undefined
        : new InputError(`id: "${id}" is not a finding id`),
    );
  });

  router.post('/findings', async (req, res) => {
    const { hideReporter, ...body } = parse(newFinding, req.body, 'body');
    const header = req.header('idempotency-key');
    if (header !== undefined && !idempotencyKey.safeParse(header).success)
      throw new InputError(
        `Idempotency-Key: must be 8 to 128 characters, not ${header.length}`,
      );
    const key = header ?? body.idempotencyKey;
    const result = await service.file(
      { ...body, reporterHidden: hideReporter, idempotencyKey: key },
      await viewer(req),
    );
    res.status(result.created ? 201 : 200).json(result.finding);
  });

  router.get('/findings/export', async (req, res) => {
    const { format, sort, order, ...rest } = parse(
      exportQuery,
      req.query,
      'query',
    );
    const me = await viewer(req);
    const findings = await service.exportAll(
      { ...findingFilterOf(rest, me), sort, order },
      me,
    );
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="findings.${format}"`,
    );
    if (format === 'csv') {
      res.type('text/csv').send(findingsToCsv(findings));
    } else {
      res.json(findings);
    }
  });

  router.get('/findings', async (req, res) => {
    const q = parse(listQuery, req.query, 'query');
    const me = await reader(req);
    res.json(await service.list(findingQueryOf(q, me), me));
  });

  router.get('/inbox', async (req, res) => {
    const q = parse(inboxQuery, req.query, 'query');
    const me = await viewer(req);
    res.json(
      await service.list(
        {
          statuses: ['new'],
          ownerRefs: q.owner ?? me.ownershipRefs,
          notSnoozedAt: new Date().toISOString(),
          sort: 'created',
          order: 'asc',
          offset: q.offset,
          limit: q.limit,
        },
        me,
      ),
    );
  });

  router.get('/insights', async (req, res) => {
    const q = parse(insightsQuery, req.query, 'query');
    const me = await viewer(req);
    res.json(
      await service.insights(
        {
          ownerRefs: q.owner?.flatMap(o =>
            o === 'mine' ? me.ownershipRefs : [o],
          ),
          entityRefs: q.entity,
          createdFrom: q.from && new Date(q.from).toISOString(),
          createdTo: q.to && new Date(q.to).toISOString(),
        },
        me,
      ),
    );
  });

  router.get('/findings/similar', async (req, res) => {
    const q = parse(similarQuery, req.query, 'query');
    res.json({
      items: await service.similar(q.entity, q.title, await viewer(req)),
    });
  });

  router.get('/findings/:id', async (req, res) => {
    res.json(await service.get(req.params.id, await viewer(req)));
  });

  router.post('/findings/:id/triage', async (req, res) => {
    const body = parse(triageBody, req.body, 'body');
    res.json(
      await service.triage(
        req.params.id,
        {
          ...body,
          assigneeRef: body.assigneeRef ?? undefined,
          externalUrl: body.externalUrl ?? undefined,
          snoozedUntil: body.snoozedUntil
            ? new Date(body.snoozedUntil).toISOString()
            : undefined,
        },
        await viewer(req),
      ),
    );
  });

  router.post('/findings/:id/comments', async (req, res) => {
    const body = parse(commentBody, req.body, 'body');
    res
      .status(201)
      .json(await service.comment(req.params.id, body.body, await viewer(req)));
  });

  router.post('/findings/:id/me-too', async (req, res) => {
    const body = parse(
      z
        .object({
          minutesLost: newFinding.shape.minutesLost,
          note: text(2000).optional(),
        })
        .strict(),
      req.body,
      'body',
    );
    res.json(await service.meToo(req.params.id, body, await viewer(req)));
  });

  router.use(
    handleUnknownRoutes([...(options.before ?? []), router], 'Developer Zero'),
  );
  router.use(createErrorHandler({ logger }));
  return router;
}
