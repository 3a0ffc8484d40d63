import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { DomainCatalogService } from '../service/DomainCatalogService';
import { createGetBoundedContextAction } from './createGetBoundedContextAction';
import { createGetContextMapAction } from './createGetContextMapAction';
import { createGetContextMapDriftAction } from './createGetContextMapDriftAction';
import { createSearchGlossaryAction } from './createSearchGlossaryAction';

/**
 * Registers what an agent would ask the domain catalog: the map, one
 * context, the glossary and the drift. All are read-only, and each answers
 * the caller from what the catalog shows them.
 */
export function registerActions(
  actions: ActionsRegistryService,
  service: DomainCatalogService,
) {
  createGetContextMapAction({ actions, service });
  createGetBoundedContextAction({ actions, service });
  createSearchGlossaryAction({ actions, service });
  createGetContextMapDriftAction({ actions, service });
}
