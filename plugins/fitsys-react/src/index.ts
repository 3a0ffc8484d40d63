/**
 * What every Fit Systems frontend shares, so that the plugins read and
 * behave alike.
 *
 * @packageDocumentation
 */
export { messageOf } from './messageOf';
