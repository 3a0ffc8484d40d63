import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { parse } from '@internal/plugin-fitsys-node';
import { FindingService } from '../service/FindingService';
import { NewFindingBody, newFinding } from '../service/schemas';
import { ActionExample, typesOnly } from './agentInput';
import { actingUser } from './viewer';

type Output = {
  id: string;
  ownerRef: string;
  status: string;
  created: boolean;
};

const examples: Array<ActionExample<NewFindingBody, Output>> = [
  {
    title: 'Friction met setting a service up',
    description:
      "Filed against the entity; the catalog's owner of it gets the finding.",
    input: {
      entityRef: 'component:default/card-authoriser',
      title: 'The local set-up guide never starts the HSM simulator',
      scenario:
        'I followed the README to run card-authoriser locally; it waited for an HSM that nothing had started.',
      journeyStep: 'set-up',
      category: 'documentation',
      severity: 'blocked-me',
      minutesLost: 45,
      expected: 'The guide starts the simulator, or says how',
      actual: 'The service waits for the HSM forever',
      links: ['https://docs.fernhill.example/card-authoriser/local'],
      idempotencyKey: 'agent-run-2026-11-02-0001',
    },
    output: {
      id: '3f2c7f0e-5b1a-4c8e-9d2f-6a7b8c9d0e1f',
      ownerRef: 'group:default/card-authorisation-team',
      status: 'new',
      created: true,
    },
  },
  {
    title: "An error message, with the reporter's name kept from the owners",
    input: {
      entityRef: 'api:default/authorisation-api',
      title: 'Error says "E42" and nothing else',
      scenario: 'I called the authorisation API with a test card.',
      journeyStep: 'first-use',
      category: 'error-message',
      severity: 'slowed-me-down',
      minutesLost: 25,
      hideReporter: true,
    },
  },
];

/**
 * Registers `file-finding`: the body of POST /findings, checked by the same
 * schema, filed for the calling user.
 */
export function createFileFindingAction(options: {
  actions: ActionsRegistryService;
  service: FindingService;
}) {
  const { actions, service } = options;
  actions.register({
    name: 'file-finding',
    title: 'File a usability finding',
    description:
      "Files a finding against a catalog entity; it goes to the entity's owners. Give an idempotencyKey so that a retry does not file twice.",
    // A retry with the same idempotencyKey files nothing new; without one,
    // every call files another finding.
    attributes: { readOnly: false, destructive: false, idempotent: false },
    schema: {
      input: z => typesOnly(z, newFinding),
      output: z =>
        z.object({
          id: z.string(),
          ownerRef: z.string(),
          status: z.string(),
          created: z.boolean(),
        }),
    },
    examples,
    action: async ({ input, credentials }) => {
      const { hideReporter, ...body } = parse(newFinding, input, 'body');
      const { finding, created } = await service.file(
        { ...body, reporterHidden: hideReporter },
        await actingUser(service, credentials),
      );
      return {
        output: {
          id: finding.id,
          ownerRef: finding.ownerRef,
          status: finding.status,
          created,
        },
      };
    },
  });
}
