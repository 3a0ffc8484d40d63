import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/** Developer Zero's page (the findings list), mounted at /devzero. */
export const rootRouteRef = createRouteRef({ id: 'devzero' });

/** One finding's page. */
export const findingRouteRef = createSubRouteRef({
  id: 'devzero/finding',
  parent: rootRouteRef,
  path: '/findings/:id',
});
