import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { FindingService } from '../service/FindingService';
import { actingUser } from './viewer';

/** Registers `get-finding`: one finding with everything its page shows. */
export function createGetFindingAction(options: {
  actions: ActionsRegistryService;
  service: FindingService;
}) {
  const { actions, service } = options;
  actions.register({
    name: 'get-finding',
    title: 'Get a usability finding',
    description: 'One finding with its history, comments and "me too"s.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          id: z
            .string()
            .uuid()
            .describe('The finding id, as list-findings gives it'),
        }),
      output: z => z.object({ finding: z.record(z.unknown()) }),
    },
    examples: [
      {
        title: 'A finding by its id',
        input: { id: '3f2c7f0e-5b1a-4c8e-9d2f-6a7b8c9d0e1f' },
      },
    ],
    action: async ({ input, credentials }) => {
      const details = await service.get(
        input.id,
        await actingUser(service, credentials),
      );
      return {
        output: { finding: details as unknown as Record<string, unknown> },
      };
    },
  });
}
