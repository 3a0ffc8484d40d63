export { ReportFrictionAddon, quoteOf } from './ReportFrictionAddon';
export { ReportFrictionButton } from './ReportFrictionButton';
export { ReportFrictionDialog } from './ReportFrictionDialog';
export { ReportFrictionSidebarItem } from './ReportFrictionSidebarItem';
export type { ReportFrictionInitial } from './useFrictionForm';
export { MAX_IMAGE_BYTES } from './validate';
