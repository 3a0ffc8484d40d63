import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { parse } from '@internal/plugin-fitsys-node';
import { FindingService } from '../service/FindingService';
import { triageChangeOf } from '../service/queries';
import { triageBody, triageFields, TriageFieldsBody } from '../service/schemas';
import { ActionExample, typesOnly } from './agentInput';
import { actingUser } from './viewer';

const examples: Array<
  ActionExample<
    TriageFieldsBody & { id: string },
    { id: string; status: string }
  >
> = [
  {
    title: 'Accept a new finding',
    input: { id: '3f2c7f0e-5b1a-4c8e-9d2f-6a7b8c9d0e1f', action: 'accept' },
    output: { id: '3f2c7f0e-5b1a-4c8e-9d2f-6a7b8c9d0e1f', status: 'triaged' },
  },
  {
    title: 'Resolve it, saying what was done',
    input: {
      id: '3f2c7f0e-5b1a-4c8e-9d2f-6a7b8c9d0e1f',
      action: 'resolve',
      note: 'The guide now starts the HSM simulator',
      fixUrl: 'https://github.com/fernhill/card-authoriser/pull/7',
    },
  },
  {
    title: 'Mark it a duplicate of an open finding',
    description:
      'Its reporter and "me too"s move to the other finding; reopening it takes them back.',
    input: {
      id: '3f2c7f0e-5b1a-4c8e-9d2f-6a7b8c9d0e1f',
      action: 'mark-duplicate',
      duplicateOf: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    },
  },
  {
    title: 'Assign it, or unassign with null',
    input: {
      id: '3f2c7f0e-5b1a-4c8e-9d2f-6a7b8c9d0e1f',
      action: 'assign',
      assigneeRef: 'user:default/jordan.lee',
    },
  },
  {
    title: 'Link the tracker issue',
    input: {
      id: '3f2c7f0e-5b1a-4c8e-9d2f-6a7b8c9d0e1f',
      action: 'link-issue',
      externalUrl: 'https://fernhill.atlassian.net/browse/CARD-12',
    },
  },
];

/**
 * Registers `triage-finding`: the body of POST /findings/:id/triage, checked
 * by the same schema, with the finding's id.
 */
export function createTriageFindingAction(options: {
  actions: ActionsRegistryService;
  service: FindingService;
}) {
  const { actions, service } = options;
  actions.register({
    name: 'triage-finding',
    title: 'Triage a usability finding',
    description:
      'Accept, start, resolve (with a note and fix link), decline (with a reason), mark as duplicate of another finding, reopen, assign, snooze, or link a tracker issue (link-issue) to a finding. Only the owners of its entity may, except that reporters may reopen their own.',
    // It changes and clears what is there (status, assignee, snooze, issue
    // link; a duplicate's reporters move to another finding), so it is not
    // merely additive, though the history keeps every step and reopening
    // undoes a close. The same action twice is refused or written twice.
    attributes: { readOnly: false, destructive: true, idempotent: false },
    schema: {
      input: z =>
        typesOnly(z, triageFields, {
          id: z.string().uuid().describe('The finding to triage'),
        }),
      output: z => z.object({ id: z.string(), status: z.string() }),
    },
    examples,
    action: async ({ input, credentials }) => {
      const { id, ...rest } = input;
      const body = parse(triageBody, rest, 'body');
      const finding = await service.triage(
        id,
        triageChangeOf(body),
        await actingUser(service, credentials),
      );
      return { output: { id: finding.id, status: finding.status } };
    },
  });
}
