import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { DEPENDENCY_NODE_TYPES } from '@internal/plugin-dependency-map-common';
import { DependencyMapService } from '../service/DependencyMapService';

/** Registers `list-dependency-hot-spots`: the shared dependencies that make the most services fail together. */
export function createListHotSpotsAction(options: {
  actions: ActionsRegistryService;
  service: DependencyMapService;
}) {
  const { actions, service } = options;
  actions.register({
    name: 'list-dependency-hot-spots',
    title: 'List shared-dependency hot spots',
    description:
      'The shared dependencies (entities, base images, library versions, cron slots, zones, regions, clusters) ranked by how many entities fail with them, transitively, with the teams, domains and tier-1 services they reach.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          type: z
            .enum(DEPENDENCY_NODE_TYPES)
            .optional()
            .describe('Only hot spots of this type'),
          offset: z.number().int().min(0).max(1_000_000).optional(),
          limit: z
            .number()
            .int()
            .min(1)
            .max(500)
            .optional()
            .describe('How many (default 20)'),
        }),
      output: z =>
        z.object({
          totalItems: z.number(),
          errorBound: z.string(),
          items: z.array(z.record(z.unknown())),
        }),
    },
    examples: [
      { title: 'The top ten', input: { limit: 10 } },
      {
        title: 'Base images shared most',
        input: { type: 'image', limit: 5 },
      },
    ],
    action: async ({ input, credentials }) => {
      const page = (await service.get(credentials)).hotSpots({
        type: input.type,
        offset: input.offset ?? 0,
        limit: input.limit ?? 20,
      });
      return {
        output: {
          totalItems: page.totalItems,
          errorBound: page.errorBound,
          items: page.items as unknown as Record<string, unknown>[],
        },
      };
    },
  });
}
