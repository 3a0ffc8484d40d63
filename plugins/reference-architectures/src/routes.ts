import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/** The library of reference architectures, mounted at /reference-architectures. */
export const rootRouteRef = createRouteRef({ id: 'reference-architectures' });

/** Decisions and overdue revisits across the library. */
export const decisionsRouteRef = createSubRouteRef({
  id: 'reference-architectures/decisions',
  parent: rootRouteRef,
  path: '/decisions',
});

/** Two versions side by side: ?left=<name>[@version]&right=<name>[@version]. */
export const compareRouteRef = createSubRouteRef({
  id: 'reference-architectures/compare',
  parent: rootRouteRef,
  path: '/compare',
});

/** One reference architecture (a series); ?version= picks a version. */
export const architectureRouteRef = createSubRouteRef({
  id: 'reference-architectures/architecture',
  parent: rootRouteRef,
  path: '/:name',
});
