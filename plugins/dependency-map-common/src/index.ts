/**
 * Types, annotation names and annotation parsing of the Fit Systems
 * dependency map, shared by its frontend and backend.
 *
 * @packageDocumentation
 */
export * from './annotations';
export * from './api';
export * from './cron';
