export { InsightsView } from './InsightsView';
export { useInsights, useInsightsFilter } from './useInsights';
