import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import {
  LIFECYCLES,
  QUALITY_ATTRIBUTES,
} from '@internal/plugin-reference-architectures-common';
import { listArchitectures } from '../model/queries';
import { ReferenceArchitecturesService } from '../service/ReferenceArchitecturesService';

/** Registers `list-reference-architectures`: the library, searched and filtered. */
export function createListReferenceArchitecturesAction(options: {
  actions: ActionsRegistryService;
  service: ReferenceArchitecturesService;
}) {
  const { actions, service } = options;
  actions.register({
    name: 'list-reference-architectures',
    title: 'List reference architectures',
    description:
      "The organisation's reference architectures (proven designs for common problems): each one's current version, lifecycle, quality ratings (1 weak to 5 strong), adopters (how many, how many on an outdated version, how many conform) and average conformance score.",
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z
          .object({
            query: z
              .string()
              .max(200)
              .optional()
              .describe(
                'Words to search for in names, titles, problems and tags',
              ),
            lifecycle: z
              .array(z.enum(LIFECYCLES))
              .max(LIFECYCLES.length)
              .optional()
              .describe('Only these lifecycles'),
            quality: z
              .enum(QUALITY_ATTRIBUTES)
              .optional()
              .describe(
                'Only those rated on this quality attribute, best first',
              ),
            offset: z.number().int().min(0).max(1_000_000).optional(),
            limit: z
              .number()
              .int()
              .min(1)
              .max(200)
              .optional()
              .describe('How many (default 20)'),
          })
          // An unknown field is refused, as the JSON schema says, rather than ignored.
          .strict(),
      output: z =>
        z.object({
          totalCount: z.number(),
          items: z.array(z.record(z.unknown())),
        }),
    },
    examples: [
      { title: 'Recommended designs', input: { lifecycle: ['recommended'] } },
      {
        title: 'The most available designs',
        input: { quality: 'availability', limit: 5 },
      },
    ],
    action: async ({ input, credentials }) => {
      const list = listArchitectures(await service.get(credentials), {
        q: input.query,
        lifecycle: input.lifecycle,
        quality: input.quality,
        offset: input.offset ?? 0,
        limit: input.limit ?? 20,
      });
      return {
        output: {
          totalCount: list.totalCount,
          items: list.items as unknown as Record<string, unknown>[],
        },
      };
    },
  });
}
