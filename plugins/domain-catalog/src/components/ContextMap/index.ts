export { ContextMapView, AGGREGATE_ABOVE } from './ContextMapView';
export { ContextGraph } from './ContextGraph';
export type { GraphNode } from './ContextGraph';
export { EdgeTable } from './EdgeTable';
export { HierarchyView } from './HierarchyView';
export { MapFilters, Legend } from './MapFilters';
