import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/** The dependency map's fleet page (the hot spots), mounted at /dependency-map. */
export const rootRouteRef = createRouteRef({ id: 'dependency-map' });

/** Blast radius of a node and what-if (`?node=` names the node). */
export const impactRouteRef = createSubRouteRef({
  id: 'dependency-map/impact',
  parent: rootRouteRef,
  path: '/impact',
});

/** The interactive graph around a node (`?node=` names it). */
export const graphRouteRef = createSubRouteRef({
  id: 'dependency-map/graph',
  parent: rootRouteRef,
  path: '/graph',
});
