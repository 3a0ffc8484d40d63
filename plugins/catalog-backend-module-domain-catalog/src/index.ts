/**
 * Catalog module of the Fit Systems domain catalog: the BoundedContext kind.
 *
 * @packageDocumentation
 */
export { catalogModuleDomainCatalog as default } from './module';
export { BoundedContextProcessor } from './BoundedContextProcessor';
export { boundedContextModelLayer } from './boundedContextModel';
export { catalogContractModelLayer } from './catalogContractModel';
