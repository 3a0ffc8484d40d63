export { EntityPicker } from './EntityPicker';
export type { SpecialOption } from './EntityPicker';
export { labelOf, useEntityOption, useEntityOptions } from './useEntitySearch';
export type { EntityOption } from './useEntitySearch';
export { useSendOnce } from './useSendOnce';
export * from './labels';
