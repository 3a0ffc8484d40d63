import { mockServices } from '@backstage/backend-test-utils';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  AuthorizeResult,
  isResourcePermission,
} from '@backstage/plugin-permission-common';

/**
 * The permissions of a test backend whose catalog hides from the user
 * `outsider` (an entity ref) what `hiddenOwner` (a group ref) owns, through
 * the catalog's own rule: a conditional decision on catalog entities, which
 * the plugin applies to what it reads. Everything else is allowed. The
 * decisions reach the plugin as the permissions service gives them (the
 * mock auth cannot make the on-behalf-of tokens the permission backend wants
 * for conditional decisions).
 *
 * @public
 */
export function hidingOwnerPermissions(options: {
  hiddenOwner: string;
  outsider: string;
}) {
  return hidingOwnerPermissionsService(options).factory;
}

/** The permissions service of {@link hidingOwnerPermissions}, for a test that makes its own services. */
export function hidingOwnerPermissionsService(options: {
  hiddenOwner: string;
  outsider: string;
}) {
  return mockServices.permissions.mock({
    async authorizeConditional(requests, { credentials }) {
      const principal = credentials.principal as { userEntityRef?: string };
      return requests.map(({ permission }) =>
        isResourcePermission(permission, 'catalog-entity') &&
        principal.userEntityRef === options.outsider
          ? createCatalogConditionalDecision(permission, {
              not: catalogConditions.isEntityOwner({
                claims: [options.hiddenOwner],
              }),
            })
          : { result: AuthorizeResult.ALLOW },
      ) as any;
    },
  });
}
