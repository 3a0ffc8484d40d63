/**
 * Catalog module of the Fit Systems reference architectures.
 *
 * @packageDocumentation
 */
export { catalogModuleReferenceArchitectures as default } from './module';
export { ReferenceArchitectureProcessor } from './ReferenceArchitectureProcessor';
export { referenceArchitectureModelLayer } from './referenceArchitectureModel';
