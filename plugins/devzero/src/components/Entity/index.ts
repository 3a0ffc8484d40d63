export { EntityDevzeroCard } from './EntityDevzeroCard';
export { EntityDevzeroContent } from './EntityDevzeroContent';
export { useOpenFindingCounts } from './useOpenFindingCounts';
