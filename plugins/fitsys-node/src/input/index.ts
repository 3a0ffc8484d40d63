export { parse, describeZodError } from './parse';
export type { InputSource } from './parse';
export { findUnstorableText, isUnstorableText } from './storableText';
export {
  MAX_REF_LENGTH,
  catalogRefSchema,
  parseCatalogRef,
  refOf,
  resolveRef,
  splitRef,
} from './refs';
export type { CatalogRefSchemaOptions, ParsedRef, RefDefaults } from './refs';
export { noQuery, pageQuery, queryBoolean, queryInteger } from './query';
