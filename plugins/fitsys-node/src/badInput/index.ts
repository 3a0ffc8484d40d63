export { badRequests, badRequestsByOperation, requestUrl } from './generate';
export type {
  BadRequest,
  BadRequestOptions,
  OperationBadRequests,
} from './generate';
export {
  DEFAULT_BAD_INPUT_SEED,
  backstageErrorHandler,
  checkBadInput,
  describeRequest,
  fetchSender,
  formatBadInputTable,
  judgeAnswer,
  runBadInput,
  unboundedFields,
} from './check';
export type {
  BadInputAnswer,
  BadInputSend,
  BadInputStats,
  CheckBadInputOptions,
} from './check';
