import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { overdueRevisits } from '../model/decisions';
import { ReferenceArchitecturesService } from '../service/ReferenceArchitecturesService';

/** Registers `list-overdue-architecture-revisits`: designs and decisions whose revisit date has passed. */
export function createListOverdueRevisitsAction(options: {
  actions: ActionsRegistryService;
  service: ReferenceArchitecturesService;
}) {
  const { actions, service } = options;
  actions.register({
    name: 'list-overdue-architecture-revisits',
    title: 'List overdue revisits of reference architectures and decisions',
    description:
      'Reference architectures, their decisions and the ADRs of catalog entities whose authors committed to look at them again by a date that has passed: what, who owns it, the date, and how many days overdue; the most overdue first.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z => z.object({}).strict(),
      output: z => z.object({ items: z.array(z.record(z.unknown())) }),
    },
    examples: [{ title: 'Everything overdue', input: {} }],
    action: async ({ credentials }) => ({
      output: {
        items: overdueRevisits(
          await service.get(credentials),
          await service.adrRecords(),
        ) as unknown as Record<string, unknown>[],
      },
    }),
  });
}
