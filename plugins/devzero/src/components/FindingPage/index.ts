export { FindingRoute, FindingView } from './FindingPage';
export { TriagePanel } from './TriagePanel';
export { useFinding, useViewerRef } from './useFinding';
export { useTriage } from './useTriage';
