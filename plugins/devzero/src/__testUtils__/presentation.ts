import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  defaultEntityPresentation,
  EntityRefPresentationSnapshot,
  EntityPresentationApi,
} from '@backstage/plugin-catalog-react';

/**
 * Names entities from the tests' catalog as the portal's presentation API
 * does: a user's display name, else the entity's title, else its name.
 */
export function catalogPresentation(entities: Entity[]): EntityPresentationApi {
  return {
    forEntity(entityOrRef) {
      const ref =
        typeof entityOrRef === 'string'
          ? entityOrRef
          : stringifyEntityRef(entityOrRef);
      const snapshot = defaultEntityPresentation(ref);
      const entity = entities.find(
        e => stringifyEntityRef(e) === ref.toLocaleLowerCase('en-US'),
      );
      const named: EntityRefPresentationSnapshot = entity
        ? {
            ...snapshot,
            primaryTitle:
              (entity.spec as any)?.profile?.displayName ??
              entity.metadata.title ??
              entity.metadata.name,
          }
        : snapshot;
      const promise = Promise.resolve(named);
      return {
        snapshot,
        promise,
        update$: {
          subscribe(observer: any) {
            let closed = false;
            promise.then(v => !closed && observer.next?.(v));
            return {
              get closed() {
                return closed;
              },
              unsubscribe() {
                closed = true;
              },
            };
          },
          [Symbol.observable]() {
            return this;
          },
        } as any,
      };
    },
  };
}
