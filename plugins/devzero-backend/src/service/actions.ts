import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { NotAllowedError } from '@backstage/errors';
import {
  CATEGORIES,
  Finding,
  JOURNEY_STEPS,
  SEVERITIES,
  STATUSES,
  TRIAGE_ACTIONS,
} from '@internal/plugin-devzero-common';
import { COUNT_LIMIT } from '../database/DatabaseFindingStore';
import { FindingService } from './FindingService';
import {
  findingQueryOf,
  listQuery,
  newFinding,
  parse,
  triageBody,
} from './router';

const summary = (f: Finding) => ({
  id: f.id,
  title: f.title,
  entityRef: f.entityRef,
  ownerRef: f.ownerRef,
  status: f.status,
  severity: f.severity,
  category: f.category,
  journeyStep: f.journeyStep,
  totalMinutesLost: f.totalMinutesLost,
  createdAt: f.createdAt,
  triageSla: f.sla.triage.state,
  resolveSla: f.sla.resolve.state,
});

/**
 * Registers what automation and agents do with findings: list, read, file
 * and triage, with the same permissions and validation as the HTTP API.
 */
export function registerActions(
  actions: ActionsRegistryService,
  service: FindingService,
) {
  const asUser = async (credentials: BackstageCredentials) => {
    if (
      credentials.principal &&
      (credentials.principal as { type?: string }).type !== 'user'
    ) {
      throw new NotAllowedError(
        'Developer Zero actions act for a signed-in user; call them with a user token',
      );
    }
    return service.viewer(credentials);
  };

  actions.register({
    name: 'list-findings',
    title: 'List usability findings',
    description:
      'Usability findings (friction that people without inside knowledge met) filed against catalog entities, newest first unless sorted otherwise. Filter by status, severity, category, journey step, owner, entity, reporter, assignee, filing date or words; page with offset and limit.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          status: z.array(z.enum(STATUSES)).optional(),
          severity: z.array(z.enum(SEVERITIES)).optional(),
          category: z.array(z.enum(CATEGORIES)).optional(),
          journeyStep: z.array(z.enum(JOURNEY_STEPS)).optional(),
          owner: z
            .string()
            .min(1)
            .optional()
            .describe('Owner entity ref, or "mine" for the caller\'s teams'),
          entityRef: z.string().min(1).optional(),
          reporter: z
            .string()
            .min(1)
            .optional()
            .describe('Reporter user ref, or "me"'),
          assignee: z
            .string()
            .min(1)
            .optional()
            .describe('Assignee user ref, or "me"'),
          from: z
            .string()
            .optional()
            .describe('Filed at or after this ISO 8601 time, with its offset'),
          to: z
            .string()
            .optional()
            .describe('Filed before this ISO 8601 time, with its offset'),
          query: z
            .string()
            .max(200)
            .optional()
            .describe('Words in the title or scenario'),
          sort: z
            .enum(['created', 'updated', 'severity', 'minutes-lost'])
            .optional()
            .describe('What to sort by (default created)'),
          order: z.enum(['asc', 'desc']).optional().describe('Default desc'),
          offset: z
            .number()
            .int()
            .min(0)
            .optional()
            .describe('How many matches to skip, for the next page'),
          limit: z.number().int().min(1).max(100).optional(),
        }),
      output: z =>
        z.object({
          totalItems: z.number(),
          totalCapped: z
            .boolean()
            .optional()
            .describe(
              `Set when more findings match than totalItems: counting stops ${COUNT_LIMIT.toLocaleString(
                'en',
              )} findings, or at the end of the page if that is further`,
            ),
          items: z.array(
            z.object({
              id: z.string(),
              title: z.string(),
              entityRef: z.string(),
              ownerRef: z.string(),
              status: z.string(),
              severity: z.string(),
              category: z.string(),
              journeyStep: z.string(),
              totalMinutesLost: z.number(),
              createdAt: z.string(),
              triageSla: z.string(),
              resolveSla: z.string(),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const viewer = await asUser(credentials);
      const { owner, entityRef, query, limit, ...rest } = input;
      // The same checks and meaning as GET /findings.
      const q = parse(
        listQuery,
        {
          ...rest,
          owner: owner && [owner],
          entity: entityRef && [entityRef],
          q: query,
          limit: limit ?? 20,
        },
        'query',
      );
      const page = await service.list(findingQueryOf(q, viewer), viewer);
      return {
        output: {
          totalItems: page.totalItems,
          ...(page.totalCapped && { totalCapped: true }),
          items: page.items.map(summary),
        },
      };
    },
  });

  actions.register({
    name: 'get-finding',
    title: 'Get a usability finding',
    description: 'One finding with its history, comments and "me too"s.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z => z.object({ id: z.string().uuid() }),
      output: z => z.object({ finding: z.record(z.unknown()) }),
    },
    action: async ({ input, credentials }) => {
      const details = await service.get(input.id, await asUser(credentials));
      return {
        output: { finding: details as unknown as Record<string, unknown> },
      };
    },
  });

  actions.register({
    name: 'file-finding',
    title: 'File a usability finding',
    description:
      "Files a finding against a catalog entity; it goes to the entity's owners. Give an idempotencyKey so that a retry does not file twice.",
    attributes: { readOnly: false, destructive: false, idempotent: false },
    schema: {
      input: z =>
        z.object({
          entityRef: z.string(),
          title: z.string(),
          scenario: z
            .string()
            .describe('What you were trying to do, in a sentence or two'),
          journeyStep: z.enum(JOURNEY_STEPS),
          category: z.enum(CATEGORIES),
          severity: z.enum(SEVERITIES),
          minutesLost: z.number().int(),
          steps: z.string().optional(),
          expected: z.string().optional(),
          actual: z.string().optional(),
          mayContact: z.boolean().optional(),
          hideReporter: z
            .boolean()
            .optional()
            .describe("Keep the reporter's name from the owners"),
          links: z.array(z.string()).optional(),
          externalUrl: z
            .string()
            .optional()
            .describe('An issue about it in GitHub or Jira, if there is one'),
          idempotencyKey: z.string().optional(),
        }),
      output: z =>
        z.object({
          id: z.string(),
          ownerRef: z.string(),
          status: z.string(),
          created: z.boolean(),
        }),
    },
    action: async ({ input, credentials }) => {
      const { hideReporter, ...body } = parse(newFinding, input, 'body');
      const { finding, created } = await service.file(
        { ...body, reporterHidden: hideReporter },
        await asUser(credentials),
      );
      return {
        output: {
          id: finding.id,
          ownerRef: finding.ownerRef,
          status: finding.status,
          created,
        },
      };
    },
  });

  actions.register({
    name: 'triage-finding',
    title: 'Triage a usability finding',
    description:
      'Accept, start, resolve (with a note and fix link), decline (with a reason), mark as duplicate of another finding, reopen, assign, snooze, or link a tracker issue (link-issue) to a finding. Only the owners of its entity may, except that reporters may reopen their own.',
    attributes: { readOnly: false, destructive: false, idempotent: false },
    schema: {
      input: z =>
        z.object({
          id: z.string().uuid(),
          action: z.enum(TRIAGE_ACTIONS),
          note: z.string().optional(),
          fixUrl: z.string().optional(),
          duplicateOf: z.string().optional(),
          assigneeRef: z.string().nullable().optional(),
          snoozedUntil: z.string().nullable().optional(),
          externalUrl: z
            .string()
            .nullable()
            .optional()
            .describe(
              'link-issue: the GitHub or Jira issue, or null to unlink',
            ),
        }),
      output: z => z.object({ id: z.string(), status: z.string() }),
    },
    action: async ({ input, credentials }) => {
      const { id, ...rest } = input;
      const body = parse(triageBody, rest, 'body');
      const finding = await service.triage(
        id,
        {
          ...body,
          assigneeRef: body.assigneeRef ?? undefined,
          externalUrl: body.externalUrl ?? undefined,
          snoozedUntil: body.snoozedUntil
            ? new Date(body.snoozedUntil).toISOString()
            : undefined,
        },
        await asUser(credentials),
      );
      return { output: { id: finding.id, status: finding.status } };
    },
  });
}
