import type {
  PermissionsService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import {
  cachePermissionDecisions,
  DEFAULT_DECISION_CACHE_SECONDS,
} from './cachePermissionDecisions';

/**
 * The permissions service every Fit Systems backend uses: decisions kept for
 * `fitsys.permissions.decisionCacheSeconds` (default 5; 0 asks every time).
 */
export function permissionsFromConfig(
  permissions: PermissionsService,
  config: RootConfigService,
): PermissionsService {
  const ttlSeconds =
    config.getOptionalNumber('fitsys.permissions.decisionCacheSeconds') ??
    DEFAULT_DECISION_CACHE_SECONDS;
  if (!(ttlSeconds >= 0 && ttlSeconds <= 300))
    throw new Error(
      `fitsys.permissions.decisionCacheSeconds must be between 0 and 300, not ${ttlSeconds}`,
    );
  return cachePermissionDecisions(permissions, { ttlSeconds });
}
