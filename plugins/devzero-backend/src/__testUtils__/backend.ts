import {
  BackendFeature,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  devzeroAdminPermission,
  devzeroFindingCommentPermission,
  devzeroFindingReadPermission,
  devzeroFindingTriagePermission,
} from '@internal/plugin-devzero-common';
import { pluginTestBackend } from '@internal/plugin-fitsys-node/testUtils';
import devzeroPlugin from '../index';
import {
  createDevzeroFindingConditionalDecision,
  devzeroFindingConditions,
} from '../permissions';

/** Where the plugin is mounted in a test backend. */
export const BASE = '/api/devzero';

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

/**
 * The plugin as route tests serve it: the policy of {@link permissionsFactory}
 * with its `admins` and `readOwnOnly`, notifications into `sent` when given,
 * and a catalog of `entities`.
 */
export function devzeroFeatures(options: {
  entities: Entity[];
  admins?: string[];
  readOwnOnly?: string[];
  sent?: unknown[];
}) {
  return [
    devzeroPlugin,
    permissionsFactory(options),
    notificationsFactory(options.sent),
    catalogServiceMock.factory({ entities: options.entities }),
  ];
}

/**
 * A test backend serving the plugin with {@link devzeroFeatures} and `more`
 * (a database, settings), started before the tests of the enclosing
 * `describe`; requests go to paths under `/api/devzero`.
 */
export function devzeroTestBackend(
  options: Parameters<typeof devzeroFeatures>[0] & {
    more?: () => BackendFeature[] | Promise<BackendFeature[]>;
  },
) {
  return pluginTestBackend({
    base: BASE,
    features: async () => [
      ...devzeroFeatures(options),
      ...((await options.more?.()) ?? []),
    ],
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
