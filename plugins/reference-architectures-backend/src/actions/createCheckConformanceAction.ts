import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { InputError, NotFoundError } from '@backstage/errors';
import { parseCatalogRef } from '@internal/plugin-fitsys-node';
import { entityConformance } from '../model/queries';
import { ReferenceArchitecturesService } from '../service/ReferenceArchitecturesService';

/** Registers `check-reference-architecture-conformance`: how well one system follows its reference architecture. */
export function createCheckConformanceAction(options: {
  actions: ActionsRegistryService;
  service: ReferenceArchitecturesService;
}) {
  const { actions, service } = options;
  actions.register({
    name: 'check-reference-architecture-conformance',
    title: 'Check conformance to a reference architecture',
    description:
      'For a system or component that follows a reference architecture (fitsys.dev/reference-architecture annotation): the architecture and version, whether that version is outdated or a newer one is recommended, the score (0-100) and level reached, and every rule with whether it passed, what was found and what would fix it.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z
          .object({
            entityRef: z
              .string()
              .min(1)
              .max(300)
              .describe('The entity, e.g. system:default/payments'),
          })
          .strict(),
      output: z => z.object({ conformance: z.record(z.unknown()) }),
    },
    examples: [
      { title: 'A system', input: { entityRef: 'system:default/payments' } },
    ],
    action: async ({ input, credentials }) => {
      const parsed = parseCatalogRef(input.entityRef, {
        defaultKind: 'system',
      });
      if (!parsed.ok) throw new InputError(`entityRef: ${parsed.message}`);
      const answer = entityConformance(
        await service.get(credentials),
        parsed.ref,
      );
      if (!answer) {
        throw new NotFoundError(
          `entityRef: ${parsed.ref} follows no reference architecture that you can see`,
        );
      }
      return {
        output: { conformance: answer as unknown as Record<string, unknown> },
      };
    },
  });
}
