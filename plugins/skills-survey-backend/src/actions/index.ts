import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { ResultsService } from '../service/ResultsService';
import { createGetTechnologySkillsAction } from './createGetTechnologySkillsAction';
import { createListSkillsGapsAction } from './createListSkillsGapsAction';

/**
 * Registers what agents ask of the skills survey: the gaps list and one
 * technology's published results, nothing a person could not see in the
 * results page.
 */
export function registerActions(
  actions: ActionsRegistryService,
  results: ResultsService,
) {
  createListSkillsGapsAction({ actions, results });
  createGetTechnologySkillsAction({ actions, results });
}
