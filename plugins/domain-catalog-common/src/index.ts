/**
 * Types, validation and context-map semantics of the Fit Systems domain
 * catalog (bounded contexts, context maps, ubiquitous language).
 *
 * @packageDocumentation
 */
export * from './model';
export * from './patterns';
export * from './validation';
export * from './api';
export * from './schema';
export * from './contextMapper/tokens';
export * from './contextMapper/parser';
export * from './contextMapper/toEntities';
export * from './contextMapper/fromMap';
export * from './diagrams';
export * from './canvasExport';
