import { Entity } from '@backstage/catalog-model';

/** Whether an entity is a BoundedContext. */
export const isBoundedContext = (entity: Entity) =>
  entity.kind.toLocaleLowerCase('en-US') === 'boundedcontext';

/** Whether an entity can belong to a bounded context (component, API, resource, system). */
export const hasBoundedContextSupport = (entity: Entity) =>
  ['component', 'api', 'resource', 'system'].includes(
    entity.kind.toLocaleLowerCase('en-US'),
  );
