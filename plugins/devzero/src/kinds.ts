/**
 * Kinds a newcomer uses and finds friction in: what the filing dialog offers
 * and where the entity card and tab appear. BoundedContext is the domain
 * catalog's kind: its glossary and context map are read by newcomers too.
 */
export const FINDING_KINDS = [
  'Component',
  'API',
  'System',
  'Resource',
  'Template',
  'Domain',
  'BoundedContext',
];

/** The same kinds as an entity filter of the new frontend system. */
export const FINDING_KINDS_FILTER = `kind:${FINDING_KINDS.map(k =>
  k.toLocaleLowerCase('en-US'),
).join(',')}`;
