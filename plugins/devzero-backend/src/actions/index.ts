import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { FindingService } from '../service/FindingService';
import { createFileFindingAction } from './createFileFindingAction';
import { createGetFindingAction } from './createGetFindingAction';
import { createListFindingsAction } from './createListFindingsAction';
import { createTriageFindingAction } from './createTriageFindingAction';

/**
 * Registers what automation and agents do with findings: list, read, file
 * and triage, with the same permissions and validation as the HTTP API.
 */
export function registerActions(
  actions: ActionsRegistryService,
  service: FindingService,
) {
  createListFindingsAction({ actions, service });
  createGetFindingAction({ actions, service });
  createFileFindingAction({ actions, service });
  createTriageFindingAction({ actions, service });
}
