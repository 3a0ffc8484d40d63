import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { DomainCatalogService } from '../service/DomainCatalogService';
import { contextRef, noSuchContext } from './contextRef';

/** Registers `get-bounded-context`: everything known about one context. */
export function createGetBoundedContextAction(options: {
  actions: ActionsRegistryService;
  service: DomainCatalogService;
}) {
  const { actions, service } = options;
  actions.register({
    name: 'get-bounded-context',
    title: 'Get a bounded context',
    description:
      'One bounded context: purpose, classification, owner, ubiquitous-language terms, relationships, the entities that belong to it, and its drift findings.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
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
    examples: [
      {
        title: 'A context by name',
        description: 'A bare name is read in the default namespace.',
        input: { context: 'card-authorisation' },
      },
      {
        title: 'A context by entity ref',
        input: { context: 'boundedcontext:default/fraud-detection' },
      },
    ],
    action: async ({ input, credentials }) => {
      const ref = contextRef('context', input.context);
      const details = (await service.get(credentials)).details(ref);
      if (!details) throw noSuchContext('context', ref);
      return {
        output: { details: details as unknown as Record<string, unknown> },
      };
    },
  });
}
