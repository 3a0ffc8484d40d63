/**
 * Types, workflow and permissions of Fit Systems Developer Zero: usability
 * findings filed against catalog entities and triaged by their owners.
 *
 * @packageDocumentation
 */
export * from './model';
export * from './api';
export * from './permissions';
export * from './settings';
