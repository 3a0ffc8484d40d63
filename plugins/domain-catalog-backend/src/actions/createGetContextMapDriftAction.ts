import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { DRIFT_KINDS } from '@internal/plugin-domain-catalog-common';
import { DomainCatalogService } from '../service/DomainCatalogService';
import { contextRef, noSuchContext } from './contextRef';

/** Registers `get-context-map-drift`: where the declared map and the catalog disagree. */
export function createGetContextMapDriftAction(options: {
  actions: ActionsRegistryService;
  service: DomainCatalogService;
}) {
  const { actions, service } = options;
  actions.register({
    name: 'get-context-map-drift',
    title: 'Get drift between the context map and the catalog',
    description:
      'Where the declared context map and the real couplings in the catalog disagree: undeclared couplings, declared relationships with nothing behind them, resources shared by contexts, contradictions, cycles, and membership problems, each with the entities that cause it.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          context: z
            .string()
            .optional()
            .describe('Only findings that involve this context'),
          kind: z
            .enum(DRIFT_KINDS)
            .optional()
            .describe('Only findings of this kind'),
        }),
      output: z =>
        z.object({
          counts: z.record(z.number()),
          findings: z.array(
            z.object({
              kind: z.string(),
              severity: z.string(),
              contexts: z.array(z.string()),
              message: z.string(),
              evidence: z.array(
                z.object({
                  source: z.string(),
                  type: z.string(),
                  target: z.string(),
                }),
              ),
            }),
          ),
        }),
    },
    examples: [
      {
        title: 'All drift',
        input: {},
      },
      {
        title: "One context's drift",
        description:
          'Findings that involve card-authorisation, on either side.',
        input: { context: 'card-authorisation' },
      },
      {
        title: 'Couplings nobody declared',
        description:
          'Calls and shared resources between contexts with no relationship on the map.',
        input: { kind: 'undeclared-coupling' },
      },
    ],
    action: async ({ input, credentials }) => {
      const context = input.context
        ? contextRef('context', input.context)
        : undefined;
      const snapshot = await service.get(credentials);
      // A context that is not in the catalog still has findings when an
      // entity names it (unknown-context); one nothing names does not exist.
      if (
        context &&
        !snapshot.context(context) &&
        snapshot.driftReport({ context }).totalItems === 0
      ) {
        throw noSuchContext('context', context);
      }
      const report = snapshot.driftReport({
        context,
        kinds: input.kind ? [input.kind] : undefined,
      });
      return {
        output: {
          counts: report.counts,
          findings: report.findings.map(
            ({ kind, severity, contexts, message, evidence }) => ({
              kind,
              severity,
              contexts,
              message,
              evidence,
            }),
          ),
        },
      };
    },
  });
}
