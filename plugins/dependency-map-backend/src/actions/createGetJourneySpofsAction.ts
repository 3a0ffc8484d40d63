import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { NotFoundError } from '@backstage/errors';
import { DependencyMapService } from '../service/DependencyMapService';

/** Registers `get-journey-single-points-of-failure`: what every path of a customer journey passes through. */
export function createGetJourneySpofsAction(options: {
  actions: ActionsRegistryService;
  service: DependencyMapService;
}) {
  const { actions, service } = options;
  actions.register({
    name: 'get-journey-single-points-of-failure',
    title: 'Get the single points of failure of a journey',
    description:
      "A customer journey's single points of failure: the entities that dominate what its entry components reach (every path from the entries to them passes through it), with how much of the journey each cuts off, and the journey's availability assumed independent and correlated. Without a journey, lists the journeys.",
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          journey: z
            .string()
            .max(63)
            .optional()
            .describe(
              'The journey name, e.g. pay-with-card; leave out to list them',
            ),
        }),
      output: z =>
        z.object({
          journeys: z.array(z.record(z.unknown())),
          availability: z.record(z.unknown()).optional(),
        }),
    },
    examples: [
      { title: 'Every journey', input: {} },
      { title: 'Paying with a card', input: { journey: 'pay-with-card' } },
    ],
    action: async ({ input, credentials }) => {
      const analysis = await service.get(credentials);
      if (input.journey === undefined) {
        return {
          output: {
            journeys: analysis.journeys() as unknown as Record<
              string,
              unknown
            >[],
          },
        };
      }
      const name = input.journey.trim().toLocaleLowerCase('en-US');
      const journey = analysis.journey(name);
      if (!journey) {
        throw new NotFoundError(
          `journey: there is no journey "${name}"; call without a journey to list them`,
        );
      }
      return {
        output: {
          journeys: [journey as unknown as Record<string, unknown>],
          availability: analysis.journeyAvailability(name) as unknown as Record<
            string,
            unknown
          >,
        },
      };
    },
  });
}
