/**
 * The ReferenceArchitecture kind of Fit Systems: types, JSON schema and
 * validation, conformance rules and their evaluation, version differences.
 *
 * @packageDocumentation
 */
export * from './model';
export * from './schema';
export * from './diff';
export * from './api';
export {
  validateReferenceArchitecture,
  formatProblems,
} from './validation/validate';
export type { FieldProblem } from './validation/validate';
export { mermaidProblem, MERMAID_DIAGRAM_TYPES } from './validation/diagram';
export { filterProblem } from './validation/validateRules';
export { isCalendarDate } from './validation/checker';
export { evaluateConformance } from './conformance/evaluate';
export type {
  ConformanceResult,
  Neighbour,
  Neighbourhood,
  RuleResult,
} from './conformance/evaluate';
export { neighbourhoodOf } from './conformance/neighbourhood';
export { describeCheck, fixFor } from './conformance/describe';
