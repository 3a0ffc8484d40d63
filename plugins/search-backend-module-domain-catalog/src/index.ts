/**
 * Search module of the Fit Systems domain catalog: indexes the terms of the
 * ubiquitous language so Backstage search finds them.
 *
 * @packageDocumentation
 */
export { searchModuleDomainCatalogGlossary as default } from './module';
export { GlossaryCollatorFactory } from './GlossaryCollatorFactory';
export type { GlossaryTermDocument } from './GlossaryCollatorFactory';
