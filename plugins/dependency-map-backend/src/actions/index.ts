import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { DependencyMapService } from '../service/DependencyMapService';
import { createGetBlastRadiusAction } from './createGetBlastRadiusAction';
import { createGetJourneySpofsAction } from './createGetJourneySpofsAction';
import { createListHotSpotsAction } from './createListHotSpotsAction';
import { createWhatIfAction } from './createWhatIfAction';

/**
 * Registers what an agent would ask the dependency map: hot spots, one
 * blast radius, a journey's single points of failure, and a what-if. All
 * are read-only, and each answers the caller from what the catalog shows
 * them.
 */
export function registerActions(
  actions: ActionsRegistryService,
  service: DependencyMapService,
) {
  createListHotSpotsAction({ actions, service });
  createGetBlastRadiusAction({ actions, service });
  createGetJourneySpofsAction({ actions, service });
  createWhatIfAction({ actions, service });
}
