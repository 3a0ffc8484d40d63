import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { parse } from '@internal/plugin-fitsys-node';
import { ResultsService } from '../service/ResultsService';
import { campaignQuery } from '../service/schemas';
import { actingUser } from './viewer';

/** Registers `list-skills-gaps`: the platform team's "build or teach this first" list. */
export function createListSkillsGapsAction(options: {
  actions: ActionsRegistryService;
  results: ResultsService;
}) {
  const { actions, results } = options;
  actions.register({
    name: 'list-skills-gaps',
    title: 'List skills gaps',
    description:
      'Technologies ranked by the share of skills-survey respondents below the independent level times their weight: how many components use them (catalog footprint) plus the hours lost on those components in Developer Zero findings of the last year, from the latest closed campaign or the one given, with the numbers behind each rank (footprint, share below, findings and hours lost, want-to-learn) and how many people offer help. When Developer Zero cannot be read, friction is left out and `friction` says so. Only published, organisation-wide aggregates; needs the results permission.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          campaign: z
            .string()
            .max(36)
            .optional()
            .describe(
              'A closed campaign id; the latest closed one if left out',
            ),
          limit: z
            .number()
            .int()
            .min(1)
            .max(200)
            .optional()
            .describe('How many gaps, the largest first (default 20)'),
        }),
      output: z =>
        z.object({
          campaignId: z.string(),
          campaignName: z.string(),
          method: z.string(),
          friction: z.record(z.unknown()),
          gaps: z.array(z.record(z.unknown())),
          unpublished: z.array(z.string()),
        }),
    },
    examples: [
      {
        title: 'The ten largest gaps of the latest campaign',
        input: { limit: 10 },
      },
      {
        title: 'The gaps of one campaign',
        input: { campaign: '3f2c7f0e-5b1a-4c8e-9d2f-6a7b8c9d0e1f' },
      },
    ],
    action: async ({ input, credentials }) => {
      const { campaign } = parse(
        campaignQuery,
        input.campaign === undefined ? {} : { campaign: input.campaign },
        'input',
      );
      const list = await results.gaps(actingUser(credentials), campaign);
      return {
        output: {
          ...list,
          gaps: list.gaps.slice(0, input.limit ?? 20) as unknown as Record<
            string,
            unknown
          >[],
        },
      };
    },
  });
}
