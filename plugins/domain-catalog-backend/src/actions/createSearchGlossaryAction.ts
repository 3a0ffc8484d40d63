import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { DomainCatalogService } from '../service/DomainCatalogService';
import { contextRef, noSuchContext } from './contextRef';

/** Registers `search-glossary`: the ubiquitous language of every context. */
export function createSearchGlossaryAction(options: {
  actions: ActionsRegistryService;
  service: DomainCatalogService;
}) {
  const { actions, service } = options;
  actions.register({
    name: 'search-glossary',
    title: 'Search the ubiquitous language',
    description:
      'Searches the glossary terms of all bounded contexts (term, aliases, definition). The same term may mean different things in different contexts; each result names its context.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
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
    examples: [
      {
        title: 'What a word means across contexts',
        description:
          'Each context that defines "transaction" answers with its own meaning.',
        input: { query: 'transaction' },
      },
      {
        title: "One context's terms",
        input: { query: 'authorisation', context: 'card-authorisation' },
      },
      {
        title: 'The best few matches',
        input: { query: 'settlement', limit: 5 },
      },
    ],
    action: async ({ input, credentials }) => {
      const context = input.context
        ? contextRef('context', input.context)
        : undefined;
      const snapshot = await service.get(credentials);
      // An unknown context would otherwise answer "no terms", which reads
      // as if the context had no ubiquitous language.
      if (context && !snapshot.context(context)) {
        throw noSuchContext('context', context);
      }
      const page = snapshot.glossary.search({
        q: input.query,
        contexts: context ? [context] : undefined,
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
}
