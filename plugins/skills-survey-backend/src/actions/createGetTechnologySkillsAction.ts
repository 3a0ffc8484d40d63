import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { parse } from '@internal/plugin-fitsys-node';
import { ResultsService } from '../service/ResultsService';
import { campaignQuery, technologyIdSchema } from '../service/schemas';
import { actingUser } from './viewer';

/** Registers `get-technology-skills`: one technology's published results and trend. */
export function createGetTechnologySkillsAction(options: {
  actions: ActionsRegistryService;
  results: ResultsService;
}) {
  const { actions, results } = options;
  actions.register({
    name: 'get-technology-skills',
    title: "Get a technology's skills-survey results",
    description:
      'How well people know one technology: the distribution of levels, the share at the independent level and want-to-learn demand, organisation-wide and per team, with the change against the previous campaign and the trend over all closed campaigns. Cells with too few respondents say "suppressed" (or "team-below-minimum", "no-data") instead of numbers, exactly as the results page shows them.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          technology: z
            .string()
            .max(64)
            .describe('A technology id such as kotlin or aws-iam'),
          campaign: z
            .string()
            .max(36)
            .optional()
            .describe(
              'A closed campaign id; the latest closed one if left out',
            ),
        }),
      output: z =>
        z.object({
          campaign: z.record(z.unknown()),
          minGroupSize: z.number(),
          scale: z.array(z.object({ level: z.number(), label: z.string() })),
          result: z.record(z.unknown()),
          trend: z.array(z.record(z.unknown())),
        }),
    },
    examples: [
      { title: 'IAM in the latest campaign', input: { technology: 'aws-iam' } },
    ],
    action: async ({ input, credentials }) => {
      const technology = parse(technologyIdSchema, input.technology, 'input');
      const { campaign } = parse(
        campaignQuery,
        input.campaign === undefined ? {} : { campaign: input.campaign },
        'input',
      );
      const found = await results.technologyResults(
        technology,
        actingUser(credentials),
        campaign,
      );
      return {
        output: found as unknown as {
          campaign: Record<string, unknown>;
          minGroupSize: number;
          scale: Array<{ level: number; label: string }>;
          result: Record<string, unknown>;
          trend: Record<string, unknown>[];
        },
      };
    },
  });
}
