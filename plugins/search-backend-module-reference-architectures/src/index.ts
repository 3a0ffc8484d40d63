/**
 * Search module of the Fit Systems reference architectures.
 *
 * @packageDocumentation
 */
export { searchModuleReferenceArchitectures as default } from './module';
export {
  ArchitectureDecisionCollatorFactory,
  ReferenceArchitectureCollatorFactory,
} from './ReferenceArchitectureCollatorFactory';
export type {
  ArchitectureDecisionDocument,
  ReferenceArchitectureDocument,
} from './ReferenceArchitectureCollatorFactory';
