import { HttpAuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
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
import { findingsToCsv } from './exportFindings';
import { FindingService } from './FindingService';

const url = z
  .string()
  .max(2048)
  .url()
  .refine(u => /^https?:\/\//i.test(u), 'must be an http or https address');
const text = (max: number) => z.string().trim().min(1).max(max);
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
    entityRef: text(300),
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
    idempotencyKey: z.string().min(8).max(128).optional(),
  })
  .strict() satisfies z.ZodType<
  NewFindingInput & { idempotencyKey?: string },
  z.ZodTypeDef,
  unknown
>;

const listQuery = z
  .object({
    status: list(z.enum(STATUSES)),
    severity: list(z.enum(SEVERITIES)),
    category: list(z.enum(CATEGORIES)),
    journeyStep: list(z.enum(JOURNEY_STEPS)),
    owner: list(z.string().min(1)),
    entity: list(z.string().min(1)),
    reporter: z.string().min(1).optional(),
    assignee: z.string().min(1).optional(),
    from: z.string().datetime({ offset: true }).optional(),
    to: z.string().datetime({ offset: true }).optional(),
    q: z.string().max(200).optional(),
    sort: z
      .enum(['created', 'updated', 'severity', 'minutes-lost'])
      .default('created'),
    order: z.enum(['asc', 'desc']).default('desc'),
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(200).default(25),
  })
  .strict();

/** The body of a triage action: what the frontend sends (TriageInput). */
export const triageBody = z
  .object({
    action: z.enum(TRIAGE_ACTIONS),
    note: text(5000).optional(),
    fixUrl: url.optional(),
    duplicateOf: z.string().uuid().optional(),
    assigneeRef: z.string().min(1).nullable().optional(),
    snoozedUntil: z.string().datetime({ offset: true }).nullable().optional(),
    externalUrl: url.nullable().optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const need = (field: keyof typeof body, why: string) => {
      if (body[field] === undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: why });
    };
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
  }) satisfies z.ZodType<TriageInput, z.ZodTypeDef, unknown>;

/** Parses with a schema; complaints become a 400 naming each field. */
export function parse<T extends z.ZodTypeAny>(
  schema: T,
  value: unknown,
  where: 'query' | 'body',
): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InputError(
      result.error.issues
        .map(issue =>
          issue.code === 'unrecognized_keys'
            ? `${where}: unknown field(s) ${issue.keys.join(', ')}`
            : `${[where === 'body' ? 'body' : '', ...issue.path]
                .filter(p => p !== '')
                .join('.')}: ${issue.message}`,
        )
        .join('; '),
    );
  }
  return result.data;
}

const ID = /^[0-9a-f-]{36}$/;

/** The Developer Zero HTTP API. */
export function createRouter(options: {
  service: FindingService;
  httpAuth: HttpAuthService;
}): express.Router {
  const { service, httpAuth } = options;
  const router = Router();
  router.use(express.json({ limit: '256kb' }));
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
    const key = req.header('idempotency-key') ?? body.idempotencyKey;
    const result = await service.file(
      { ...body, reporterHidden: hideReporter, idempotencyKey: key },
      await viewer(req),
    );
    res.status(result.created ? 201 : 200).json(result.finding);
  });

  router.get('/findings/export', async (req, res) => {
    const { format, ...rest } = parse(
      listQuery
        .omit({ sort: true, order: true, offset: true, limit: true })
        .extend({ format: z.enum(['csv', 'json']) }),
      req.query,
      'query',
    );
    const me = await viewer(req);
    const findings = await service.exportAll(
      {
        statuses: rest.status,
        severities: rest.severity,
        categories: rest.category,
        journeySteps: rest.journeyStep,
        ownerRefs: rest.owner?.flatMap(o =>
          o === 'mine' ? me.ownershipRefs : [o],
        ),
        entityRefs: rest.entity,
        reporterRef: rest.reporter === 'me' ? me.userRef : rest.reporter,
        assigneeRef: rest.assignee === 'me' ? me.userRef : rest.assignee,
        createdFrom: rest.from && new Date(rest.from).toISOString(),
        createdTo: rest.to && new Date(rest.to).toISOString(),
        text: rest.q?.trim() || undefined,
      },
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
    const owners = q.owner?.flatMap(o =>
      o === 'mine' ? me.ownershipRefs : [o],
    );
    res.json(
      await service.list(
        {
          statuses: q.status,
          severities: q.severity,
          categories: q.category,
          journeySteps: q.journeyStep,
          ownerRefs: owners,
          entityRefs: q.entity,
          reporterRef: q.reporter === 'me' ? me.userRef : q.reporter,
          assigneeRef: q.assignee === 'me' ? me.userRef : q.assignee,
          createdFrom: q.from && new Date(q.from).toISOString(),
          createdTo: q.to && new Date(q.to).toISOString(),
          text: q.q?.trim() || undefined,
          sort: q.sort,
          order: q.order,
          offset: q.offset,
          limit: q.limit,
        },
        me,
      ),
    );
  });

  router.get('/inbox', async (req, res) => {
    const q = parse(
      z
        .object({
          owner: list(z.string().min(1)),
          offset: listQuery.shape.offset,
          limit: listQuery.shape.limit,
        })
        .strict(),
      req.query,
      'query',
    );
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
    const q = parse(
      z
        .object({
          owner: listQuery.shape.owner,
          entity: listQuery.shape.entity,
          from: listQuery.shape.from,
          to: listQuery.shape.to,
        })
        .strict(),
      req.query,
      'query',
    );
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
    const q = parse(
      z.object({ entity: text(300), title: text(200) }).strict(),
      req.query,
      'query',
    );
    let entityRef: string;
    try {
      entityRef = stringifyEntityRef(parseEntityRef(q.entity));
    } catch (e) {
      throw new InputError(`entity: ${(e as Error).message}`);
    }
    res.json({
      items: await service.similar(entityRef, q.title, await viewer(req)),
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
    const body = parse(
      z.object({ body: text(10_000) }).strict(),
      req.body,
      'body',
    );
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

  return router;
}
