import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { ReferenceArchitecturesService } from '../service/ReferenceArchitecturesService';
import { createCheckConformanceAction } from './createCheckConformanceAction';
import { createGetReferenceArchitectureAction } from './createGetReferenceArchitectureAction';
import { createListOverdueRevisitsAction } from './createListOverdueRevisitsAction';
import { createListReferenceArchitecturesAction } from './createListReferenceArchitecturesAction';

/**
 * Registers what an agent would ask of the reference architectures: list
 * and read them, check an entity's conformance, and list overdue revisits.
 * All are read-only, and each answers from what the catalog shows the caller.
 */
export function registerActions(
  actions: ActionsRegistryService,
  service: ReferenceArchitecturesService,
) {
  createListReferenceArchitecturesAction({ actions, service });
  createGetReferenceArchitectureAction({ actions, service });
  createCheckConformanceAction({ actions, service });
  createListOverdueRevisitsAction({ actions, service });
}
