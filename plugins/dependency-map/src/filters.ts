import { Entity } from '@backstage/catalog-model';

const KINDS = new Set(['component', 'resource', 'system', 'api']);

/** Whether the dependency map analyses entities of this one's kind. */
export const isInDependencyMap = (entity: Entity) =>
  KINDS.has(entity.kind.toLocaleLowerCase('en-US'));
