/**
 * Search module of Fit Systems Developer Zero: indexes usability findings so
 * Backstage search finds them.
 *
 * @packageDocumentation
 */
export { searchModuleDevzeroFindings as default } from './module';
export { FindingCollatorFactory } from './FindingCollatorFactory';
export type { FindingDocument } from './FindingCollatorFactory';
