export {
  cachePermissionDecisions,
  DEFAULT_DECISION_CACHE_SECONDS,
} from './cachePermissionDecisions';
export type { PermissionDecisionCacheOptions } from './cachePermissionDecisions';
export { permissionsFromConfig } from './permissionsFromConfig';
