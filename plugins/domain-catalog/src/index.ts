/**
 * Frontend of the Fit Systems domain catalog: context map, drift, ubiquitous
 * language, canvases and entity cards. This entry serves apps on the legacy
 * frontend system; `./alpha` serves the new one.
 *
 * @packageDocumentation
 */
export {
  domainCatalogPlugin,
  DomainCatalogPage,
  EntityBoundedContextCard,
  EntityDomainContextsCard,
  EntityBoundedContextOverviewCard,
  EntityBoundedContextContent,
} from './plugin';
export { domainCatalogApiRef } from './api/DomainCatalogApi';
export type {
  DomainCatalogApi,
  MapFilter,
  GlossaryQuery,
} from './api/DomainCatalogApi';
export { DomainCatalogClient } from './api/DomainCatalogClient';
export {
  rootRouteRef,
  contextRouteRef,
  glossaryRouteRef,
  driftRouteRef,
  importRouteRef,
} from './routes';
export { isBoundedContext, hasBoundedContextSupport } from './filters';
