import { attachmentsCases } from './attachments';
import { filingCases } from './filing';
import { queriesCases } from './queries';
import { RouteCases } from './types';
import { workflowCases } from './workflow';

export * from './types';

/** Every route with the mistakes one can make on it, in the API's order. */
export const routes: RouteCases = {
  ...filingCases,
  ...queriesCases,
  ...workflowCases,
  ...attachmentsCases,
};
