import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { architectureDetail, diffOf } from '../model/queries';
import { ReferenceArchitecturesService } from '../service/ReferenceArchitecturesService';

/** Registers `get-reference-architecture`: one version in full, and what changed since the one before. */
export function createGetReferenceArchitectureAction(options: {
  actions: ActionsRegistryService;
  service: ReferenceArchitecturesService;
}) {
  const { actions, service } = options;
  actions.register({
    name: 'get-reference-architecture',
    title: 'Read a reference architecture',
    description:
      'One reference architecture in full: problem, solution (Markdown), Mermaid diagram and numbered data flow, building blocks and why each is there, quality attributes with their trade-offs, when not to use it, decisions, alternatives, the template that starts one, conformance rules; its versions, and what changed from the previous version (building blocks, rules, quality attributes).',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z
          .object({
            name: z
              .string()
              .min(1)
              .max(63)
              .regex(/^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$/)
              .describe(
                'The reference architecture, e.g. event-driven-service',
              ),
            version: z
              .string()
              .max(64)
              .optional()
              .describe('A version such as 2.1.0; the current one when absent'),
          })
          .strict(),
      output: z =>
        z.object({
          architecture: z.record(z.unknown()),
          changesFromPrevious: z.record(z.unknown()),
        }),
    },
    examples: [
      { title: 'The current version', input: { name: 'event-driven-service' } },
    ],
    action: async ({ input, credentials }) => {
      const library = await service.get(credentials);
      const detail = architectureDetail(library, input.name, input.version);
      const diff = diffOf(
        library,
        input.name,
        undefined,
        detail.version.spec.version,
      );
      return {
        output: {
          architecture: detail as unknown as Record<string, unknown>,
          changesFromPrevious: diff.diff as unknown as Record<string, unknown>,
        },
      };
    },
  });
}
