import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { notificationService } from '@backstage/plugin-notifications-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  devzeroAdminPermission,
  devzeroFindingCommentPermission,
  devzeroFindingReadPermission,
  devzeroFindingTriagePermission,
} from '@internal/plugin-devzero-common';
import {
  createDevzeroFindingConditionalDecision,
  devzeroFindingConditions,
} from '../permissions';

/**
 * The portal's policy for Developer Zero, in small, for route tests: owners
 * triage, owners and reporters comment, `admins` administer, and
 * `readOwnOnly` read only what they filed or own; everything else is allowed.
 */
export function permissionsFactory(
  options: { admins?: string[]; readOwnOnly?: string[] } = {},
) {
  const admins = options.admins ?? [];
  const readOwnOnly = options.readOwnOnly ?? [];
  return createServiceFactory({
    service: coreServices.permissions,
    deps: {},
    factory: () => ({
      async authorize(requests: any[], { credentials }: any) {
        return requests.map(r => ({
          result:
            r.permission.name !== devzeroAdminPermission.name ||
            admins.includes(credentials.principal.userEntityRef)
              ? AuthorizeResult.ALLOW
              : AuthorizeResult.DENY,
        }));
      },
      async authorizeConditional(requests: any[], { credentials }: any) {
        const user = credentials.principal.userEntityRef;
        const claims = [user];
        return requests.map(r => {
          if (r.permission.name === devzeroFindingTriagePermission.name)
            return createDevzeroFindingConditionalDecision(
              r.permission,
              devzeroFindingConditions.isFindingOwner({ claims }),
            );
          if (
            r.permission.name === devzeroFindingCommentPermission.name ||
            (r.permission.name === devzeroFindingReadPermission.name &&
              readOwnOnly.includes(user))
          )
            return createDevzeroFindingConditionalDecision(r.permission, {
              anyOf: [
                devzeroFindingConditions.isFindingOwner({ claims }),
                devzeroFindingConditions.isFindingReporter({ claims }),
              ],
            });
          return { result: AuthorizeResult.ALLOW };
        });
      },
    }),
  });
}

/** Backstage notifications that go nowhere, or into `sent` when given. */
export function notificationsFactory(sent?: unknown[]) {
  return createServiceFactory({
    service: notificationService,
    deps: {},
    factory: () => ({
      send: async (options: unknown) => {
        sent?.push(options);
      },
    }),
  });
}

/** A finding as the form files it, against card-authoriser. */
export const newFindingBody = {
  entityRef: 'component:default/card-authoriser',
  title: 'The local set-up guide misses the HSM simulator',
  scenario: 'I tried to run card-authoriser locally and could not start it.',
  journeyStep: 'set-up',
  category: 'documentation',
  severity: 'blocked-me',
  minutesLost: 45,
};
