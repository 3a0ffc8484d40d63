/**
 * Frontend of Fit Systems Developer Zero: report friction against catalog
 * entities, triage it as an owner, and see where newcomers get stuck. This
 * entry serves apps on the legacy frontend system; `./alpha` serves the new
 * one.
 *
 * @packageDocumentation
 */
export {
  devzeroPlugin,
  DevzeroPage,
  EntityDevzeroCard,
  EntityDevzeroContent,
  DevzeroReportFrictionAddon,
} from './plugin';
export { devzeroApiRef } from './api/DevzeroApi';
export type {
  DevzeroApi,
  FindingListQuery,
  NewFindingInput,
  FindingDetails,
  TriageInput,
  InsightsFilter,
  Attachment,
} from './api/DevzeroApi';
export { DevzeroClient } from './api/DevzeroClient';
export { rootRouteRef, findingRouteRef } from './routes';
export {
  ReportFrictionButton,
  ReportFrictionSidebarItem,
} from './components/ReportFriction';
export { DevzeroSidebarItem } from './components/Nav';
