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

/** The status page component, owned (and related as owned) by `owner`. */
export function statusPage(owner: string): Entity {
  return {
    ...cardAuthoriser(owner),
    metadata: { name: 'status-page', namespace: 'default' },
  };
}

/** A user the catalog knows, such as an assignee. */
export function user(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: {},
  };
}
