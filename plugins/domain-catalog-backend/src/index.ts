/**
 * Backend of the Fit Systems domain catalog: the context map, drift between
 * the declared map and the catalog, the ubiquitous language, CML import and
 * export, and actions for agents.
 *
 * @packageDocumentation
 */
export { domainCatalogPlugin as default } from './plugin';
