/**
 * Backend of the Fit Systems dependency map: shared-dependency hot spots,
 * correlation groups, blast radius, what-if, single points of failure of
 * journeys, honest availability, and actions for agents.
 *
 * @packageDocumentation
 */
export { dependencyMapPlugin as default } from './plugin';
