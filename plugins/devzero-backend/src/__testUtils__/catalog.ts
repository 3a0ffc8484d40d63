import { Entity } from '@backstage/catalog-model';

/** The card authoriser component, owned (and related as owned) by `owner`. */
export function cardAuthoriser(owner: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'card-authoriser', namespace: 'default' },
    spec: { owner },
    relations: [{ type: 'ownedBy', targetRef: owner }],
  };
}
