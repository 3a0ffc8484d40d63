import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { DependencyMapService } from '../service/DependencyMapService';
import { MAX_NODE_ID } from '../service/schemas';
import { nodeFor } from './nodeOf';

/** Registers `get-blast-radius`: what fails, transitively, if one entity or shared fact fails. */
export function createGetBlastRadiusAction(options: {
  actions: ActionsRegistryService;
  service: DependencyMapService;
}) {
  const { actions, service } = options;
  actions.register({
    name: 'get-blast-radius',
    title: 'Get the blast radius of an entity',
    description:
      'What fails, transitively, if an entity (or a shared fact such as a zone, base image or library version) fails: how many entities, which teams and domains, how many tier-1 services, and the nearest impacted entities. Exact.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          node: z
            .string()
            .min(1)
            .max(MAX_NODE_ID)
            .describe(
              'An entity ref (resource:default/payments-db; a bare name is a component) or a fact id (zone:eu-west-1a, image:<image>, library:<name>@<version>)',
            ),
          limit: z
            .number()
            .int()
            .min(0)
            .max(1000)
            .optional()
            .describe('How many impacted entities to list (default 25)'),
        }),
      output: z =>
        z.object({
          blastRadius: z.object({
            impacted: z.number(),
            teams: z.array(z.string()),
            domains: z.array(z.string()),
            tier1: z.number(),
            directDependents: z.number(),
            node: z.record(z.unknown()),
            entities: z.array(z.record(z.unknown())),
            truncated: z.boolean(),
          }),
        }),
    },
    examples: [
      {
        title: 'The shared identity provider',
        input: { node: 'component:default/identity-provider' },
      },
      {
        title: 'A whole zone',
        description:
          'Every entity that runs only in the zone, and what needs them.',
        input: { node: 'zone:eu-west-1a', limit: 10 },
      },
    ],
    action: async ({ input, credentials }) => {
      const analysis = await service.get(credentials);
      const node = nodeFor(analysis, 'node', input.node);
      const blastRadius = analysis.blastRadius(node, input.limit ?? 25);
      return {
        output: {
          blastRadius: blastRadius as unknown as {
            impacted: number;
            teams: string[];
            domains: string[];
            tier1: number;
            directDependents: number;
            node: Record<string, unknown>;
            entities: Record<string, unknown>[];
            truncated: boolean;
          },
        },
      };
    },
  });
}
