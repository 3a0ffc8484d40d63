export { createErrorHandler, statusOf } from './errors';
export type { ErrorHandlerOptions } from './errors';
export {
  MethodNotAllowedError,
  handleUnknownRoutes,
  methodsOf,
} from './unknownRoutes';
export { catalogSnapshotHeaders } from './snapshotHeaders';
