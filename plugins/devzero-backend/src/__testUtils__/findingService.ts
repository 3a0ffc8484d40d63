import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { devzeroAdminPermission } from '@internal/plugin-devzero-common';
import { FindingService } from '../service/FindingService';
import { DEFAULT_SLA_TARGETS } from '../service/sla';
import { cardAuthoriser } from './catalog';
import { memoryStore } from './memoryStore';

/** Everyone may read and file; nobody is an admin. */
const permissions = {
  authorize: async (requests: any[]) =>
    requests.map(r => ({
      result:
        r.permission.name === devzeroAdminPermission.name
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
    })),
  authorizeConditional: async (requests: any[]) =>
    requests.map(() => ({ result: AuthorizeResult.ALLOW })),
} as any;

/**
 * A finding service over an in-memory store, for service tests: everyone
 * may read and file, nobody is an admin, card-authoriser is owned by
 * `owner`. `as` is a user's viewer; `file` files a finding against
 * card-authoriser as a user.
 */
export async function findingServiceInMemory(options: {
  owner: string;
  now: () => Date;
  reporterVisibleToOwners?: boolean;
  anonymousFiling?: boolean;
}) {
  const { store } = await memoryStore();
  const service = new FindingService({
    store,
    catalog: catalogServiceMock({ entities: [cardAuthoriser(options.owner)] }),
    permissions,
    userInfo: mockServices.userInfo(),
    slaTargets: DEFAULT_SLA_TARGETS,
    reporterVisibleToOwners: options.reporterVisibleToOwners ?? true,
    anonymousFiling: options.anonymousFiling,
    now: options.now,
  });
  const as = (user: string) => service.viewer(mockCredentials.user(user));
  const file = async (user: string, title: string, reporterHidden = false) =>
    (
      await service.file(
        {
          entityRef: 'component:default/card-authoriser',
          title,
          scenario: 'I tried to run it locally.',
          journeyStep: 'set-up',
          category: 'documentation',
          severity: 'blocked-me',
          minutesLost: 30,
          mayContact: false,
          links: [],
          reporterHidden,
        },
        await as(user),
      )
    ).finding;
  return { service, as, file };
}
