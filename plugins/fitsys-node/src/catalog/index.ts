export { catalogSnapshotServiceRef } from './catalogSnapshotServiceRef';
export type { CatalogSnapshotService } from './catalogSnapshotServiceRef';
export { createCatalogSnapshot } from './CatalogSnapshot';
export type { CatalogSnapshot, CatalogSnapshotStatus } from './CatalogSnapshot';
export {
  FIELDS_FOR_PERMISSIONS,
  SharedCatalogSnapshot,
} from './SharedCatalogSnapshot';
export type {
  CatalogNeeds,
  CatalogReader,
  SnapshotListener,
} from './SharedCatalogSnapshot';
export { CatalogVisibility } from './visibility';
export type { CatalogView, VisibleRefsReader } from './visibility';
export { ViewAnalyses } from './ViewAnalyses';
