/**
 * What every Fit Systems frontend shares, so that the plugins read and
 * behave alike.
 *
 * @packageDocumentation
 */
export { messageOf } from './messageOf';
export { LoadErrorPanel, statusOf } from './LoadErrorPanel';
export type { LoadErrorPanelProps } from './LoadErrorPanel';
export { TypedSearchResultListItem } from './TypedSearchResultListItem';
export type { TypedSearchResultListItemProps } from './TypedSearchResultListItem';
export { ChartCard, NumbersTable } from './ChartCard';
export type { ChartCardProps, NumbersTableProps } from './ChartCard';
export { SidebarCount } from './SidebarCount';
