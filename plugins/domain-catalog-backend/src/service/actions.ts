import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { InputError, NotFoundError } from '@backstage/errors';
import { DRIFT_KINDS } from '@internal/plugin-domain-catalog-common';
import { resolveRef } from '../model/refs';
import { DomainCatalogService } from './DomainCatalogService';

function contextRef(value: string): string {
  const ref = resolveRef(value, 'boundedcontext', 'default');
  if (!ref || !ref.startsWith('boundedcontext:')) {
    throw new InputError(
      `context: "${value}" is not a BoundedContext ref; write a name such as "ledger" or "boundedcontext:default/ledger"`,
    );
  }
  return ref;
}

/**
 * Registers what an agent would ask the domain catalog: the map, one
 * context, the glossary and the drift. All are read-only.
 */
export function registerActions(
  actions: ActionsRegistryService,
  service: DomainCatalogService,
) {
  const readOnly = { readOnly: true, destructive: false, idempotent: true };

  actions.register({
    name: 'get-context-map',
    title: 'Get the context map',
    description:
      'The bounded contexts of the organisation and the relationships between them (upstream and downstream, with DDD patterns such as OHS, ACL, conformist, shared kernel). Filter by domain or owner, or focus on one context and its neighbours.',
    attributes: readOnly,
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
    action: async ({ input, credentials }) => {
      const snapshot = await service.get(credentials);
      const focus = input.focus ? contextRef(input.focus) : undefined;
      if (focus && !snapshot.context(focus))
        throw new NotFoundError(`There is no BoundedContext ${focus}`);
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

  actions.register({
    name: 'get-bounded-context',
    title: 'Get a bounded context',
    description:
      'One bounded context: purpose, classification, owner, ubiquitous-language terms, relationships, the entities that belong to it, and its drift findings.',
    attributes: readOnly,
    schema: {
      input: z =>
        z.object({
          context: z
            .string()
            .describe(
              'The context, e.g. "ledger" or "boundedcontext:default/ledger"',
            ),
        }),
      output: z => z.object({ details: z.record(z.unknown()) }),
    },
    action: async ({ input, credentials }) => {
      const ref = contextRef(input.context);
      const details = (await service.get(credentials)).details(ref);
      if (!details)
        throw new NotFoundError(`There is no BoundedContext ${ref}`);
      return {
        output: { details: details as unknown as Record<string, unknown> },
      };
    },
  });

  actions.register({
    name: 'search-glossary',
    title: 'Search the ubiquitous language',
    description:
      'Searches the glossary terms of all bounded contexts (term, aliases, definition). The same term may mean different things in different contexts; each result names its context.',
    attributes: readOnly,
    schema: {
      input: z =>
        z.object({
          query: z.string().max(200).describe('Words to look for'),
          context: z.string().optional().describe('Only terms of this context'),
          limit: z
            .number()
            .int()
            .min(1)
            .max(100)
            .optional()
            .describe('At most this many results (default 20)'),
        }),
      output: z =>
        z.object({
          totalItems: z.number(),
          items: z.array(
            z.object({
              term: z.string(),
              definition: z.string(),
              aliases: z.array(z.string()).optional(),
              context: z.string(),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const page = (await service.get(credentials)).glossary.search({
        q: input.query,
        contexts: input.context ? [contextRef(input.context)] : undefined,
        offset: 0,
        limit: input.limit ?? 20,
      });
      return {
        output: {
          totalItems: page.totalItems,
          items: page.items.map(i => ({
            term: i.term,
            definition: i.definition,
            aliases: i.aliases,
            context: i.context,
          })),
        },
      };
    },
  });

  actions.register({
    name: 'get-context-map-drift',
    title: 'Get drift between the context map and the catalog',
    description:
      'Where the declared context map and the real couplings in the catalog disagree: undeclared couplings, declared relationships with nothing behind them, resources shared by contexts, contradictions, cycles, and membership problems, each with the entities that cause it.',
    attributes: readOnly,
    schema: {
      input: z =>
        z.object({
          context: z
            .string()
            .optional()
            .describe('Only findings that involve this context'),
          kind: z
            .enum(DRIFT_KINDS)
            .optional()
            .describe('Only findings of this kind'),
        }),
      output: z =>
        z.object({
          counts: z.record(z.number()),
          findings: z.array(
            z.object({
              kind: z.string(),
              severity: z.string(),
              contexts: z.array(z.string()),
              message: z.string(),
              evidence: z.array(
                z.object({
                  source: z.string(),
                  type: z.string(),
                  target: z.string(),
                }),
              ),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const report = (await service.get(credentials)).driftReport({
        context: input.context ? contextRef(input.context) : undefined,
        kinds: input.kind ? [input.kind] : undefined,
      });
      return {
        output: {
          counts: report.counts,
          findings: report.findings.map(
            ({ kind, severity, contexts, message, evidence }) => ({
              kind,
              severity,
              contexts,
              message,
              evidence,
            }),
          ),
        },
      };
    },
  });
}
