export * from './labels';
export { LifecycleChip, WarningChip } from './Chips';
export { QualityRatings } from './QualityRatings';
export { Violations } from './Violations';
export { DecisionsTable } from './DecisionsTable';
export { ScoreAndLevel } from './ScoreAndLevel';
export {
  ArchitectureIndexProvider,
  ArchitectureVersionLink,
} from './ArchitectureVersionLink';
