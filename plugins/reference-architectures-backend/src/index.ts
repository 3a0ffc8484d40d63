/**
 * Backend of the Fit Systems reference architectures.
 *
 * @packageDocumentation
 */
export { referenceArchitecturesPlugin as default } from './plugin';
