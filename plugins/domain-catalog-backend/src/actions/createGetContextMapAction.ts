import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { resolveRef } from '../model/refs';
import { DomainCatalogService } from '../service/DomainCatalogService';
import { contextRef, noSuchContext } from './contextRef';

/** Registers `get-context-map`: the contexts and their relationships. */
export function createGetContextMapAction(options: {
  actions: ActionsRegistryService;
  service: DomainCatalogService;
}) {
  const { actions, service } = options;
  actions.register({
    name: 'get-context-map',
    title: 'Get the context map',
    description:
      'The bounded contexts of the organisation and the relationships between them (upstream and downstream, with DDD patterns such as OHS, ACL, conformist, shared kernel). Filter by domain or owner, or focus on one context and its neighbours.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          domain: z
            .string()
            .optional()
            .describe(
              'Only contexts of this Domain (ref or name) and its sub-domains',
            ),
          owner: z
            .string()
            .optional()
            .describe('Only contexts owned by this group (ref or name)'),
          focus: z
            .string()
            .optional()
            .describe('Only this context (ref or name) and its neighbours'),
          depth: z
            .number()
            .int()
            .min(1)
            .max(3)
            .optional()
            .describe('How many steps from the focus (default 1)'),
        }),
      output: z =>
        z.object({
          contexts: z.array(
            z.object({
              ref: z.string(),
              title: z.string().optional(),
              domain: z.string(),
              classification: z.string().optional(),
              owner: z.string(),
              purpose: z.string(),
            }),
          ),
          relationships: z.array(
            z.object({
              upstream: z.string(),
              downstream: z.string(),
              symmetric: z.boolean(),
              label: z.string(),
              apis: z.array(z.string()),
            }),
          ),
          generatedAt: z.string(),
        }),
    },
    examples: [
      {
        title: 'The whole context map',
        description: 'Every context the caller may see, and how they relate.',
        input: {},
      },
      {
        title: 'The contexts of one domain',
        description: 'Contexts of the payments domain and its sub-domains.',
        input: { domain: 'payments' },
      },
      {
        title: 'One context and its neighbours two steps out',
        input: { focus: 'card-authorisation', depth: 2 },
      },
      {
        title: "A team's contexts",
        input: { owner: 'group:default/card-authorisation-team' },
      },
    ],
    action: async ({ input, credentials }) => {
      const focus = input.focus ? contextRef('focus', input.focus) : undefined;
      const snapshot = await service.get(credentials);
      if (focus && !snapshot.context(focus)) {
        throw noSuchContext('focus', focus);
      }
      const map = snapshot.map({
        domains: input.domain
          ? [resolveRef(input.domain, 'domain', 'default') ?? input.domain]
          : undefined,
        owners: input.owner
          ? [resolveRef(input.owner, 'group', 'default') ?? input.owner]
          : undefined,
        focus,
        depth: input.depth,
      });
      return {
        output: {
          contexts: map.contexts.map(c => ({
            ref: c.ref,
            title: c.title,
            domain: c.domain,
            classification: c.classification,
            owner: c.owner,
            purpose: c.purpose,
          })),
          relationships: map.edges.map(e => ({
            upstream: e.upstream,
            downstream: e.downstream,
            symmetric: e.symmetric,
            label: e.label,
            apis: e.apis,
          })),
          generatedAt: map.generatedAt,
        },
      };
    },
  });
}
