/**
 * Frontend of the Fit Systems reference architectures: the library, each
 * design's versions, adopters, conformance and decisions, a comparison of
 * two versions, and an entity card. This entry serves apps on the legacy
 * frontend system; `./alpha` serves the new one.
 *
 * @packageDocumentation
 */
export {
  referenceArchitecturesPlugin,
  ReferenceArchitecturesPage,
  EntityReferenceArchitectureCard,
} from './plugin';
export { referenceArchitecturesApiRef } from './api/ReferenceArchitecturesApi';
export type {
  ReferenceArchitecturesApi,
  LibraryQuery,
  AdoptersQuery,
  AdopterStatus,
  DecisionsQuery,
} from './api/ReferenceArchitecturesApi';
export { ReferenceArchitecturesClient } from './api/ReferenceArchitecturesClient';
export {
  rootRouteRef,
  architectureRouteRef,
  compareRouteRef,
  decisionsRouteRef,
} from './routes';
export { isReferenceArchitectureAdopter } from './filters';
