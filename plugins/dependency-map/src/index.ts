/**
 * Frontend of the Fit Systems dependency map: hot spots, correlation
 * groups, journeys' single points of failure and honest availability,
 * blast radius and what-if, the dependency graph, a matrix and an entity
 * card. This entry serves apps on the legacy frontend system; `./alpha`
 * serves the new one.
 *
 * @packageDocumentation
 */
export {
  dependencyMapPlugin,
  DependencyMapPage,
  EntityDependencyMapCard,
} from './plugin';
export { dependencyMapApiRef } from './api/DependencyMapApi';
export type {
  DependencyMapApi,
  ExportedFile,
  GraphDirection,
  GraphQuery,
  SnapshotStatus,
  WhatIfRequest,
} from './api/DependencyMapApi';
export { DependencyMapClient } from './api/DependencyMapClient';
export { rootRouteRef, impactRouteRef, graphRouteRef } from './routes';
export { isInDependencyMap } from './filters';
