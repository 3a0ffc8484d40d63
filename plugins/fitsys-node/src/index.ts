/**
 * The backbone every Fit Systems backend stands on.
 *
 * @packageDocumentation
 */
export * from './input';
export * from './http';
export * from './catalog';
export * from './load';
export * from './bench';
export * from './badInput';
export * from './permissions';
