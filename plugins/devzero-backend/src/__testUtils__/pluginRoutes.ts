import { mockServices } from '@backstage/backend-test-utils';
import { cardAuthoriser, statusPage } from './catalog';
import { devzeroTestBackend, newFindingBody } from './backend';

// The plugin as its route tests (plugin*.test.ts) serve it: jordan owns
// card-authoriser, sam the status page, riley files; owners triage, owners
// and reporters comment, nobody here is an admin.

export const riley = 'user:default/riley.novak';
export const jordan = 'user:default/jordan.lee';
export const sam = 'user:default/sam.okafor';

/** A component with no owner to route a finding to. */
const orphan = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'orphan', namespace: 'default' },
  spec: { type: 'service' },
};

/** What riley files unless a test says otherwise. */
export const body = {
  ...newFindingBody,
  mayContact: true,
  links: ['https://docs.fernhill.example/card-authoriser/local'],
};

/**
 * A test backend for the enclosing `describe`, with the blocked-me triage
 * SLA at two days; `sent` collects the notifications it sends, and `file`
 * files {@link body} with `extra` over it.
 */
export function devzeroRoutes() {
  const sent: any[] = [];
  const api = devzeroTestBackend({
    sent,
    entities: [cardAuthoriser(jordan), orphan, statusPage(sam)],
    more: () => [
      mockServices.rootConfig.factory({
        data: { devzero: { sla: { 'blocked-me': { triage: { days: 2 } } } } },
      }),
    ],
  });
  const file = async (extra: object = {}, user = riley) =>
    api.post('/findings', user).send({ ...body, ...extra });
  return { api, sent, file };
}
