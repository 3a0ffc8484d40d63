import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { InputError } from '@backstage/errors';
import { DependencyMapService } from '../service/DependencyMapService';
import { MAX_NODE_ID } from '../service/schemas';

/** Registers `run-dependency-what-if`: what fails, and which journeys break, if several things fail at once. */
export function createWhatIfAction(options: {
  actions: ActionsRegistryService;
  service: DependencyMapService;
}) {
  const { actions, service } = options;
  actions.register({
    name: 'run-dependency-what-if',
    title: 'What if these fail?',
    description:
      'Marks entities, zones, regions, clusters, base images or library versions as failed and answers what is impacted, transitively: entities, teams, domains, tier-1 services and the customer journeys that break. Nothing is changed; it is a simulation.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z => {
        const names = (what: string) =>
          z
            .array(z.string().min(1).max(MAX_NODE_ID))
            .max(1000)
            .optional()
            .describe(what);
        return z.object({
          entities: names('Entity refs, e.g. resource:default/payments-db'),
          zones: names('Zones, e.g. eu-west-1a'),
          regions: names('Regions, e.g. eu-west-1'),
          clusters: names('Clusters, e.g. prod-eu-1'),
          images: names(
            'Base images as annotated, e.g. registry.example/base/jvm:21.0.4',
          ),
          libraries: names('Library versions, e.g. fernhill-http-client@3.2.1'),
          limit: z
            .number()
            .int()
            .min(0)
            .max(1000)
            .optional()
            .describe('How many impacted entities to list (default 25)'),
        });
      },
      output: z =>
        z.object({
          result: z.object({
            impacted: z.number(),
            teams: z.array(z.string()),
            domains: z.array(z.string()),
            tier1: z.number(),
            failed: z.array(z.record(z.unknown())),
            journeysBroken: z.array(
              z.object({ name: z.string(), entries: z.array(z.string()) }),
            ),
            entities: z.array(z.record(z.unknown())),
            truncated: z.boolean(),
          }),
        }),
    },
    examples: [
      {
        title: 'The shared database fails',
        input: { entities: ['resource:default/payments-db'] },
      },
      {
        title: 'A zone and a library version at once',
        input: {
          zones: ['eu-west-1a'],
          libraries: ['fernhill-http-client@3.2.1'],
        },
      },
    ],
    action: async ({ input, credentials }) => {
      const analysis = await service.get(credentials);
      const { nodes, unknown } = analysis.resolveFailures(input);
      if (unknown.length) {
        throw new InputError(
          `input: the dependency map knows nothing named ${unknown
            .slice(0, 20)
            .map(u => JSON.stringify(u))
            .join(', ')}; list-dependency-hot-spots shows the names it knows`,
        );
      }
      if (!nodes.length) {
        throw new InputError(
          'input: name at least one thing that fails: entities, zones, regions, clusters, images or libraries',
        );
      }
      const result = analysis.whatIf(nodes, input.limit ?? 25);
      return { output: { result: result as any } };
    },
  });
}
