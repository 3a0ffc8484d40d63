import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import {
  CATEGORIES,
  Finding,
  JOURNEY_STEPS,
  OPEN_STATUSES,
  SEVERITIES,
  STATUSES,
} from '@internal/plugin-devzero-common';
import { parse } from '@internal/plugin-fitsys-node';
import { COUNT_LIMIT } from '../database/DatabaseFindingStore';
import { FindingService } from '../service/FindingService';
import { findingQueryOf } from '../service/queries';
import { FINDING_SORTS, listQuery } from '../service/schemas';
import { actingUser } from './viewer';

/** What the list says of each finding: enough to pick one to read. */
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
 * Registers `list-findings`: the findings page's filters, sorting and paging.
 * Its input is the list query's (../service/schemas.ts) in a form easier
 * for an agent (one owner, `query` for the words, at most 100 a page),
 * parsed with that query's schema.
 */
export function createListFindingsAction(options: {
  actions: ActionsRegistryService;
  service: FindingService;
}) {
  const { actions, service } = options;
  actions.register({
    name: 'list-findings',
    title: 'List usability findings',
    description:
      'Usability findings (friction that people without inside knowledge met) filed against catalog entities, newest first unless sorted otherwise. Filter by status, severity, category, journey step, owner, entity, reporter, assignee, filing date or words; page with offset and limit.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          status: z
            .array(z.enum(STATUSES))
            .optional()
            .describe(`Open ones are ${OPEN_STATUSES.join(', ')}`),
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
            .enum(FINDING_SORTS)
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
    examples: [
      {
        title: "My teams' open findings, costliest first",
        description:
          'Findings still owed an answer, by the minutes they cost everyone who met them.',
        input: {
          owner: 'mine',
          status: [...OPEN_STATUSES],
          sort: 'minutes-lost',
          order: 'desc',
          limit: 10,
        },
      },
      {
        title: 'Findings on one entity that mention a word',
        input: {
          entityRef: 'component:default/card-authoriser',
          query: 'simulator',
        },
      },
      {
        title: 'The next page of what I filed',
        input: { reporter: 'me', offset: 20, limit: 20 },
      },
    ],
    action: async ({ input, credentials }) => {
      const viewer = await actingUser(service, credentials);
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
}
