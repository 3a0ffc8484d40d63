/**
 * survey: an anonymous self-assessment of how well engineers know the
 * organisation's technologies.
 *
 * @packageDocumentation
 */
export * from './model';
export * from './api';
export * from './permissions';
