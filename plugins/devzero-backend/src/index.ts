/**
 * Backend of Fit Systems Developer Zero: usability findings filed against
 * catalog entities, routed to their owners, triaged with SLAs and history.
 *
 * @packageDocumentation
 */
export { devzeroPlugin as default } from './plugin';
export {
  devzeroFindingConditions,
  createDevzeroFindingConditionalDecision,
  devzeroFindingRules,
} from './permissions';
